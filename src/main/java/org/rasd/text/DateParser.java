package org.rasd.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds date expressions in a token list and resolves them against the publication date.
 *
 * <p>Absolute: day + month (+ year): "3 تموز/يوليو 2018", "٣ يوليو", "15 يوليو الجاري", "الرابع من تموز",
 * "الحادي والعشرين من أيار"; numeric "2018/7/3", "3-7-2018", "3.7.2018"; month + year and month alone
 * (precision 3; a month name listed as ambiguous in {@code months.tsv} needs a year or "شهر" before it).
 * Month names (Levantine, Egyptian/Gulf, Maghrebi, Hijri) come from {@code months.tsv}; Hijri dates are
 * converted with {@link HijrahDate}. Without a year, the year is the one that puts the date on or before
 * the publication date (a date in the publication month keeps the publication year).
 *
 * <p>Relative (relative=true): اليوم، صباح/مساء اليوم، أمس/الأمس/البارحة، فجر/صباح/ظهر/عصر/مساء/ليل أمس،
 * أول أمس/أول من أمس/أمس الأول (−2)، الليلة الماضية (−1)، الليلة/ليلا (0)، غدا/يوم غد (+1)، weekday names with ال or after
 * يوم/ليلة… (the latest such day on or before publication; الماضي → strictly before; المقبل/القادم → after;
 * "أمس الجمعة" → −1; "ليل الجمعة السبت" → the second day, as ACLED codes overnight events), منذ/قبل N أيام/يومين/أسابيع/أشهر
 * (precision 1 up to 3 days, 2 for more days or weeks, 3 for months), اليومين الماضيين، الأيام الماضية،
 * الأسبوع الماضي، هذا الأسبوع (precision 2), الشهر الماضي/الجاري (precision 3, first of the month).
 * With {@code published == null}, mentions are still found but their date is null.
 */
public final class DateParser {
    private record Month(String[] words, int month, boolean hijri, boolean ambiguous) {
    }

    private static final Map<String, List<Month>> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    /** First words of every word-initial pattern; other words are skipped at once. */
    private static final java.util.Set<String> TRIGGERS = new java.util.HashSet<>();
    private static final java.util.Set<String> TIME_OF_DAY = java.util.Set.of("فجر", "صباح", "صبيحه", "ظهر",
            "ظهيره", "عصر", "مساء", "ليل", "ليله", "يوم", "نهار", "منتصف", "مطلع");

    /** Fixed phrases: الليل قبل الماضي (−2), اليومين الماضيين، الأيام الماضية، الأسبوع الماضي، هذا الأسبوع، الشهر الماضي … */
    private static final String[][] PHRASES = {
        {"الليل", "قبل", "الماضي", "2", "1"},
        {"الليله", "قبل", "الماضيه", "2", "1"},
        {"الليله", "قبل", "الماضي", "2", "1"},
        {"الليل", "الماضي", "1", "1"},
        {"اليومين", "الماضيين", "1", "2"},
        {"الايام", "القليله", "الماضيه", "2", "2"},
        {"الايام", "الماضيه", "2", "2"},
        {"الايام", "الاخيره", "2", "2"},
        {"الاسبوع", "الماضي", "7", "2"},
        {"الاسبوع", "المنصرم", "7", "2"},
        {"الاسبوع", "الجاري", "0", "2"},
        {"الاسبوع", "الحالي", "0", "2"},
        {"هذا", "الاسبوع", "0", "2"},
        {"نهايه", "الاسبوع", "0", "2"},
        {"الشهر", "الماضي", "M-1", "3"},
        {"الشهر", "المنصرم", "M-1", "3"},
        {"الشهر", "الجاري", "M0", "3"},
        {"الشهر", "الحالي", "M0", "3"},
        {"هذا", "الشهر", "M0", "3"},
    };

    static {
        for (String[] row : TextData.rows("months.tsv")) {
            String[] w = TextData.words(row[0]);
            Month m = new Month(w, Integer.parseInt(row[1]), row[2].equals("hijri"), row[4].equals("1"));
            MONTHS.computeIfAbsent(w[0], k -> new ArrayList<>()).add(m);
        }
        for (List<Month> l : MONTHS.values()) {
            l.sort((a, b) -> b.words.length - a.words.length);
        }
        TRIGGERS.addAll(MONTHS.keySet());
        TRIGGERS.addAll(TIME_OF_DAY);
        for (String w : new String[] {"امس", "الامس", "البارحه", "اليوم", "الليله", "ليلا", "اول", "منذ", "قبل", "غدا"}) {
            TRIGGERS.add(w);
        }
        for (String[] p : PHRASES) {
            TRIGGERS.add(p[0]);
        }
        String[][] wd = {{"الاثنين", "MONDAY"}, {"الثلاثاء", "TUESDAY"}, {"الاربعاء", "WEDNESDAY"},
            {"الخميس", "THURSDAY"}, {"الجمعه", "FRIDAY"}, {"السبت", "SATURDAY"}, {"الاحد", "SUNDAY"}};
        for (String[] d : wd) {
            WEEKDAYS.put(d[0], DayOfWeek.valueOf(d[1]));
            TRIGGERS.add(d[0]);
        }
    }

    private final List<Token> toks;
    private final String text;
    private final TokenWindow window;
    private final LocalDate pub;
    private final List<DateMention> out = new ArrayList<>();

    private DateParser(List<Token> toks, String text, LocalDate pub) {
        this.toks = toks;
        this.text = text;
        this.window = new TokenWindow(toks, text);
        this.pub = pub;
    }

    /** Date mentions of a document, in text order, not overlapping. */
    public static List<DateMention> parse(List<Token> tokens, String text, LocalDate published) {
        DateParser p = new DateParser(tokens, text, published);
        p.run();
        return p.out;
    }

    /** True when the token is (the first word of) a month name, possibly with proclitics. */
    public static boolean isMonthWord(Token t) {
        if (t == null || t.kind() != TokenKind.WORD) {
            return false;
        }
        for (String s : t.stems()) {
            if (MONTHS.containsKey(s)) {
                return true;
            }
        }
        return false;
    }

    /** Convenience: tokenizes {@code text} and parses its dates. */
    public static List<DateMention> parse(String text, LocalDate published) {
        return parse(Tokenizer.tokenize(text), text, published);
    }

    // ---------------------------------------------------------------- matching helpers

    private Token tok(int i) {
        return window.tok(i);
    }

    private boolean joined(int i) {
        return window.joined(i);
    }

    private boolean is(int i, String w) {
        return window.is(i, w);
    }

    private boolean has(int i, String w) {
        return window.has(i, w);
    }

    private boolean isAnyNorm(int i, String... ws) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD) {
            return false;
        }
        for (String w : ws) {
            if (t.norm().equals(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPunct(int i, char... cs) {
        Token t = tok(i);
        if (t == null || t.norm().length() != 1) {
            return false;
        }
        for (char c : cs) {
            if (t.norm().charAt(0) == c) {
                return true;
            }
        }
        return false;
    }

    private int intValue(int i, int maxDigits) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.NUMBER) {
            return -1;
        }
        String n = t.norm();
        if (n.length() > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < n.length(); k++) {
            int d = Character.digit(n.charAt(k), 10);
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private void emit(int i, int j, LocalDate d, int precision, boolean relative) {
        Token a = toks.get(i);
        Token b = toks.get(j - 1);
        out.add(new DateMention(a.start(), b.end(), pub == null ? null : d, precision, relative));
    }

    // ---------------------------------------------------------------- main loop

    private void run() {
        int i = 0;
        int n = toks.size();
        while (i < n) {
            int j = tryAt(i);
            i = j > i ? j : i + 1;
        }
    }

    private int tryAt(int i) {
        Token t = toks.get(i);
        if (t.kind() == TokenKind.NUMBER) {
            int j = numericDate(i);
            if (j > 0) {
                return j;
            }
            return dayMonth(i, i, false);
        }
        if (t.kind() != TokenKind.WORD || !isTrigger(t)) {
            return -1;
        }
        int j;
        if ((j = relativePhrase(i)) > 0) {
            return j;
        }
        if ((j = sinceAgo(i)) > 0) {
            return j;
        }
        if ((j = dayMonth(i, i, false)) > 0) {
            return j;
        }
        if ((j = monthOnly(i)) > 0) {
            return j;
        }
        return dayWords(i);
    }

    private static boolean isTrigger(Token t) {
        for (String s : t.stems()) {
            if (TRIGGERS.contains(s)) {
                return true;
            }
            if (s.startsWith("ال")) {
                NumberWords.Entry e = NumberWords.get(s.substring(2));
                if (e != null && (e.is("ordinal") || e.is("tens"))) {
                    return true; // الرابع من …، العشرين من …
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- absolute dates

    private static LocalDate gregorian(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate hijri(int y, int m, int d) {
        if (!HijrahChronology.INSTANCE.range(ChronoField.YEAR).isValidValue(y)) {
            return null; // HijrahDate.of fails with ArrayIndexOutOfBoundsException just past the range's end
        }
        try {
            return LocalDate.from(HijrahDate.of(y, m, d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private int numericDate(int i) {
        Token t = toks.get(i);
        String n = t.norm();
        // 3.7.2018 is one NUMBER token
        int dot1 = n.indexOf('.');
        if (dot1 > 0) {
            int dot2 = n.indexOf('.', dot1 + 1);
            if (dot2 > 0 && n.indexOf('.', dot2 + 1) < 0) {
                LocalDate d = dmy(n.substring(0, dot1), n.substring(dot1 + 1, dot2), n.substring(dot2 + 1));
                if (d != null) {
                    emit(i, i + 1, d, 1, false);
                    return i + 1;
                }
            }
            return -1;
        }
        if (isPunct(i + 1, '/', '-') && joined(i + 1) && intValue(i + 2, 4) >= 0 && joined(i + 2)
                && isPunct(i + 3, toks.get(i + 1).norm().charAt(0)) && joined(i + 3) && intValue(i + 4, 4) >= 0
                && joined(i + 4)) {
            LocalDate d = dmy(n, toks.get(i + 2).norm(), toks.get(i + 4).norm());
            if (d != null) {
                int end = i + 5;
                if (isAnyNorm(end, "ه", "م", "هجري", "هجريه", "ميلادي", "ميلاديه") && joined(end)) {
                    end++;
                }
                emit(i, end, d, 1, false);
                return end;
            }
        }
        return -1;
    }

    private static LocalDate dmy(String a, String b, String c) {
        if (a.isEmpty() || b.isEmpty() || c.isEmpty() || a.length() > 4 || b.length() > 2 || c.length() > 4) {
            return null;
        }
        for (String s : new String[] {a, b, c}) {
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                    return null;
                }
            }
        }
        int x = Integer.parseInt(a);
        int m = Integer.parseInt(b);
        int z = Integer.parseInt(c);
        if (a.length() == 4 && c.length() <= 2 && x >= 1900 && x <= 2100) {
            return gregorian(x, m, z);
        }
        if (c.length() == 4 && a.length() <= 2 && z >= 1900 && z <= 2100) {
            return gregorian(z, m, x);
        }
        if (c.length() == 4 && a.length() <= 2 && z >= 1300 && z <= 1600) {
            return hijri(z, m, x);
        }
        if (a.length() == 4 && c.length() <= 2 && x >= 1300 && x <= 1600) {
            return hijri(x, m, z);
        }
        return null;
    }

    /** A month name starting at token {@code i}: {month, hijri?1:0, ambiguous?1:0, endIndex}, or null. */
    private int[] month(int i) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD) {
            return null;
        }
        for (String s : t.stems()) {
            List<Month> ms = MONTHS.get(s);
            if (ms == null) {
                continue;
            }
            for (Month m : ms) {
                boolean ok = true;
                for (int k = 1; k < m.words.length && ok; k++) {
                    ok = is(i + k, m.words[k]) && joined(i + k);
                }
                if (ok) {
                    return new int[] {m.month, m.hijri ? 1 : 0, m.ambiguous ? 1 : 0, i + m.words.length};
                }
            }
        }
        return null;
    }

    /** Skips an alternative month name: "تموز/يوليو", "يوليو (تموز)", "تموز - يوليو". */
    private int skipAltMonth(int j) {
        if (isPunct(j, '/', '-', '(') && joined(j)) {
            int[] alt = month(j + 1);
            if (alt != null && joined(j + 1)) {
                int k = alt[3];
                if (toks.get(j).norm().equals("(") && isPunct(k, ')')) {
                    k++;
                }
                return k;
            }
        }
        return j;
    }

    /** A year at {@code j} (optionally after من العام / عام / سنة): {year, endIndex}, or null. */
    private int[] year(int j, boolean hijri) {
        int k = j;
        if (is(k, "من") && joined(k) && isAnyNorm(k + 1, "العام", "عام", "السنه", "سنه")) {
            k += 2;
        } else if (isAnyNorm(k, "العام", "عام", "لعام", "سنه", "السنه")) {
            k += 1;
        }
        if (!joined(k)) {
            return null;
        }
        if (pub != null && !hijri && k > j && (isAnyNorm(k - 1, "العام") || isAnyNorm(k - 1, "عام"))
                && isAnyNorm(k, "الماضي", "المنصرم", "الفائت", "الجاري", "الحالي")) {
            int yr = isAnyNorm(k, "الجاري", "الحالي") ? pub.getYear() : pub.getYear() - 1;
            return new int[] {yr, k + 1};
        }
        int y = intValue(k, 4);
        Token yt = tok(k);
        if (y < 0 || yt.norm().length() != 4) {
            return null;
        }
        boolean ok = hijri ? y >= 1300 && y <= 1600 : y >= 1900 && y <= 2100;
        if (!ok) {
            return null;
        }
        int end = k + 1;
        if (isAnyNorm(end, "م", "ه", "هجري", "هجريه", "ميلادي", "ميلاديه") && joined(end)) {
            end++;
        }
        return new int[] {y, end};
    }

    /** An ordinal day (الرابع، الحادي عشر، الحادي والعشرين، العشرين): {day, endIndex}, or null. */
    private int[] ordinalDay(int i) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD || !t.norm().startsWith("ال") && !t.proclitics().contains("ال")) {
            return null;
        }
        NumberWords.Entry e = NumberWords.lookup(t);
        if (e == null || e.value() == null) {
            return null;
        }
        if (e.is("tens") && (e.value() == 20 || e.value() == 30)) {
            return new int[] {e.value().intValue(), i + 1};
        }
        if (!e.is("ordinal")) {
            return null;
        }
        int v = e.value().intValue();
        if (isAnyNorm(i + 1, "عشر", "عشره") && joined(i + 1)) {
            return v <= 9 ? new int[] {v + 10, i + 2} : null;
        }
        Token n = tok(i + 1);
        if (n != null && joined(i + 1) && n.norm().startsWith("و")) {
            NumberWords.Entry tens = NumberWords.lookup(n);
            if (tens != null && tens.is("tens") && (tens.value() == 20 || tens.value() == 30) && v <= 9) {
                return new int[] {v + tens.value().intValue(), i + 2};
            }
        }
        return new int[] {v, i + 1};
    }

    /** Day + month (+ year) starting at {@code i}; the mention starts at {@code from}. */
    private int dayMonth(int from, int i, boolean relativeLead) {
        int day;
        int j;
        if (tok(i) != null && tok(i).kind() == TokenKind.NUMBER) {
            day = intValue(i, 2);
            j = i + 1;
        } else {
            int[] od = ordinalDay(i);
            if (od == null) {
                return -1;
            }
            day = od[0];
            j = od[1];
            if (!(is(j, "من") && joined(j))) {
                return -1; // "الرابع تموز" is unusual; require "الرابع من تموز"
            }
        }
        if (day < 1 || day > 31) {
            return -1;
        }
        if (is(j, "من") && joined(j)) {
            j++;
        }
        if (isAnyNorm(j, "شهر") && joined(j)) {
            j++;
        }
        if (!joined(j)) {
            return -1;
        }
        int[] m = month(j);
        if (m == null) {
            return -1;
        }
        boolean hijri = m[1] == 1;
        int k = skipAltMonth(m[3]);
        boolean current = false;
        boolean future = false;
        if (isAnyNorm(k, "الجاري", "الحالي", "الماضي", "المنصرم", "المقبل", "القادم") && joined(k)) {
            current = isAnyNorm(k, "الجاري", "الحالي");
            future = isAnyNorm(k, "المقبل", "القادم");
            k++;
        }
        if (!hijri && m[0] == 3 && (day == 8 || day == 14) && isBlocName(from - 1) || isPlaceName(from - 1)) {
            return -1; // قوى 14 آذار / فريق 8 آذار: Lebanese political blocs; مدينة 6 أكتوبر: a place
        }
        int[] y = current || future ? null : year(k, hijri);
        LocalDate d;
        if (y != null) {
            k = y[1];
            d = hijri ? hijri(y[0], m[0], day) : gregorian(y[0], m[0], day);
        } else {
            d = resolveNoYear(m[0], day, hijri);
            if (future && d != null && d.isBefore(pub)) {
                LocalDate next = hijri ? hijri(HijrahDate.from(d).get(ChronoField.YEAR) + 1, m[0], day)
                        : gregorian(d.getYear() + 1, m[0], day);
                d = next != null ? next : d;
            }
        }
        if (d == null && pub != null) {
            return -1;
        }
        emit(from, k, d, 1, relativeLead);
        return k;
    }

    private boolean isBlocName(int i) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD) {
            return false;
        }
        for (String s : t.stems()) {
            if (s.equals("قوي") || s.equals("فريق") || s.equals("تحالف") || s.equals("تيار") || s.equals("حركه")
                    || s.equals("كتله") || s.equals("معسكر") || s.equals("ثوره")) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlaceName(int i) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD || !joined(i + 1)) {
            return false;
        }
        for (String s : t.stems()) {
            switch (s) {
                case "مدينه", "جسر", "كوبري", "شارع", "ميدان", "بوابه", "حي", "جامعه", "مستشفي", "ساحه", "مدرسه":
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    private LocalDate resolveNoYear(int month, int day, boolean hijri) {
        if (pub == null) {
            return null;
        }
        if (hijri) {
            HijrahDate hp;
            try {
                hp = HijrahDate.from(pub);
            } catch (DateTimeException e) {
                return null; // publication outside the Hijri calendar's range (1300-1600 AH): not resolved
            }
            int hy = hp.get(ChronoField.YEAR);
            LocalDate d = hijri(hy, month, day);
            if (d != null && d.isAfter(pub) && hp.get(ChronoField.MONTH_OF_YEAR) != month) {
                d = hijri(hy - 1, month, day);
            }
            return d;
        }
        int y = pub.getYear();
        LocalDate d = gregorian(y, month, day);
        if (d == null && month == 2 && day == 29) {
            d = gregorian(y - 1, month, day);
        }
        if (d != null && d.isAfter(pub) && month != pub.getMonthValue()) {
            LocalDate prev = gregorian(y - 1, month, day);
            d = prev != null ? prev : d;
        }
        return d;
    }

    /** Month (+ year) without a day; precision 3, date = first of the month. */
    private int monthOnly(int i) {
        int[] m = month(i);
        if (m == null) {
            return -1;
        }
        boolean hijri = m[1] == 1;
        int k = skipAltMonth(m[3]);
        boolean current = false;
        boolean past = false;
        if (isAnyNorm(k, "الجاري", "الحالي", "الماضي", "المنصرم") && joined(k)) {
            current = isAnyNorm(k, "الجاري", "الحالي");
            past = !current;
            k++;
        }
        int[] y = current ? null : year(k, hijri);
        boolean afterShahr = i > 0 && joined(i) && isAnyNorm(i - 1, "شهر", "الشهر", "وشهر", "بشهر", "لشهر", "خلال");
        if (y == null && m[2] == 1 && !afterShahr) {
            return -1;
        }
        if (y == null && !current && !past && !afterShahr && !hasDatePreposition(i)) {
            return -1;
        }
        LocalDate d;
        int start = afterShahr && isAnyNorm(i - 1, "شهر", "الشهر", "وشهر", "بشهر", "لشهر") ? i - 1 : i;
        if (y != null) {
            k = y[1];
            d = hijri ? hijri(y[0], m[0], 1) : gregorian(y[0], m[0], 1);
        } else {
            d = resolveNoYear(m[0], 1, hijri);
        }
        if (d == null && pub != null) {
            return -1;
        }
        emit(start, k, d, 3, false);
        return k;
    }

    private boolean hasDatePreposition(int i) {
        Token t = toks.get(i);
        if (!t.proclitics().isEmpty() && t.proclitics().indexOf('ب') >= 0) {
            return true; // بتموز
        }
        return i > 0 && joined(i) && isAnyNorm(i - 1, "في", "منذ", "خلال", "حتي", "مطلع", "اوائل", "اواخر", "منتصف",
                "نهايه", "بدايه", "اواسط", "مطلع", "بدء", "قبل", "بعد", "وفي", "ومنذ", "شهري");
    }

    // ---------------------------------------------------------------- relative dates

    private int offsetDate(int i, int j, int days, int precision) {
        LocalDate d = pub == null ? null : minusDays(pub, days);
        if (d == null && pub != null) {
            return -1; // outside LocalDate's range: not resolved
        }
        emit(i, j, d, precision, true);
        return j;
    }

    /** {@code d - days}, or null past {@link LocalDate#MIN} / {@link LocalDate#MAX}. */
    private static LocalDate minusDays(LocalDate d, long days) {
        try {
            return d.minusDays(days);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** أمس / اليوم / الليلة / weekday with a time-of-day word before it, and the plain forms. */
    private int dayWords(int i) {
        int start = i;
        int k = i;
        if (TIME_OF_DAY.contains(stemNoConj(i)) && joined(i + 1)) {
            k = i + 1;
        }
        int r = dayWordAt(start, k);
        if (r < 0 && k != i) {
            r = dayWordAt(i, i);
        }
        return r;
    }

    /** Normalized form without a leading conjunction و/ف. */
    private String stemNoConj(int i) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD) {
            return "";
        }
        String p = t.proclitics();
        if ((p.equals("و") || p.equals("ف")) && t.stems().size() > 1) {
            return t.stems().get(1);
        }
        return t.norm();
    }

    private int dayWordAt(int start, int k) {
        Token t = tok(k);
        if (t == null || t.kind() != TokenKind.WORD) {
            return -1;
        }
        boolean prefixed = k > start;
        // أول أمس / أول من أمس
        if (has(k, "اول")) {
            if (is(k + 1, "امس") && joined(k + 1)) {
                return offsetDate(start, trailingNight(skipWeekday(k + 2)), 2, 1);
            }
            if (is(k + 1, "من") && is(k + 2, "امس") && joined(k + 1) && joined(k + 2)) {
                return offsetDate(start, trailingNight(skipWeekday(k + 3)), 2, 1);
            }
            return -1;
        }
        if (has(k, "امس") || has(k, "الامس") || has(k, "البارحه")) {
            int j = k + 1;
            if (is(j, "الاول") && joined(j)) {
                return offsetDate(start, trailingNight(j + 1), 2, 1);
            }
            j = skipWeekday(j); // أمس الجمعة
            return offsetDate(start, trailingNight(j), 1, 1);
        }
        if (has(k, "غدا") || is(k, "غد") || has(k, "الغد") && prefixed) {
            if (!prefixed && is(k, "غد")) {
                return -1;
            }
            return offsetDate(start, trailingNight(skipWeekday(k + 1)), -1, 1); // tomorrow
        }
        if (has(k, "اليوم")) {
            if (isAnyNorm(k + 1, "التالي", "الثاني", "الاول", "الذي", "السابق", "نفسه", "الاخير", "العالمي",
                    "الوطني", "الواحد", "الدولي", "المفتوح", "الموعود", "الثالث", "الرابع", "الخامس") && joined(k + 1)) {
                return -1;
            }
            String pro = t.proclitics();
            if (!prefixed && (pro.startsWith("ب") || pro.startsWith("لل") || is(start - 1, "في") && joined(start))) {
                return -1; // باليوم، لليوم، في اليوم: "per day", "in the day"
            }
            Token prev = tok(start - 1);
            if (!prefixed && prev != null && joined(start) && prev.kind() == TokenKind.WORD
                    && (prev.norm().equals("حتي") || prev.norm().equals("الي") || prev.norm().equals("عين"))) {
                return -1; // "حتى اليوم": until now; "عين اليوم": a newspaper
            }
            if (weekday(k + 1) != null && joined(k + 1)) {
                return offsetDate(start, k + 2, 0, 1); // اليوم الجمعة
            }
            return offsetDate(start, trailingNight(k + 1), 0, 1);
        }
        if (has(k, "الليله") && !prefixed) {
            if (isAnyNorm(k + 1, "الماضيه", "المنصرمه", "الفائته") && joined(k + 1)) {
                return offsetDate(start, k + 2, 1, 1);
            }
            if (weekday(k + 1) != null && joined(k + 1)) {
                return weekdayAt(start, k + 1, true);
            }
            return offsetDate(start, k + 1, 0, 1);
        }
        if (is(k, "ليلا") && !prefixed) {
            return offsetDate(start, k + 1, 0, 1);
        }
        if (weekday(k) != null) {
            if (!prefixed && !t.norm().startsWith("ال") && !t.proclitics().contains("ال")) {
                return -1;
            }
            String tod = stemNoConj(start);
            return weekdayAt(start, k, prefixed && (tod.equals("ليل") || tod.equals("ليله")));
        }
        if (prefixed && weekdayBare(k) != null) {
            String tod = stemNoConj(start);
            return weekdayAt(start, k, tod.equals("ليل") || tod.equals("ليله"));
        }
        return -1;
    }

    /** Extends a mention over a following ليلا / مساء / صباحا, or a weekday in brackets: "اليوم (الثلاثاء)". */
    private int trailingNight(int j) {
        if (isPunct(j, '(') && joined(j) && weekday(j + 1) != null && isPunct(j + 2, ')')) {
            j += 3;
        }
        if (isAnyNorm(j, "ليلا", "مساء", "صباحا", "ظهرا", "عصرا", "فجرا") && joined(j)) {
            return j + 1;
        }
        return j;
    }

    private int skipWeekday(int j) {
        return weekday(j) != null && joined(j) ? j + 1 : j;
    }

    private DayOfWeek weekday(int i) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD) {
            return null;
        }
        for (String s : t.stems()) {
            DayOfWeek d = WEEKDAYS.get(s);
            if (d != null) {
                if (d == DayOfWeek.SUNDAY && isAnyNorm(i + 1, "عشر", "عشره")) {
                    return null; // الأحد عشر: the eleven
                }
                return d;
            }
        }
        return null;
    }

    /** Weekday name without the article, after يوم / ليلة: "يوم أحد". */
    private DayOfWeek weekdayBare(int i) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD) {
            return null;
        }
        DayOfWeek d = WEEKDAYS.get("ال" + t.norm());
        if (d == DayOfWeek.SUNDAY || d == DayOfWeek.MONDAY) {
            return null; // "يوم أحد"/"اثنين" are rare; أحد/اثنين are far more often numbers
        }
        return d;
    }

    private int weekdayAt(int start, int k, boolean night) {
        DayOfWeek d = weekday(k);
        if (d == null) {
            d = weekdayBare(k);
        }
        int j = k + 1;
        // ليل الجمعة السبت / الجمعة - السبت / الجمعة إلى السبت
        int nxt = j;
        if (isPunct(nxt, '-', '/') && joined(nxt) || isAnyNorm(nxt, "الي", "علي") && joined(nxt)) {
            nxt++;
        }
        DayOfWeek d2 = joined(nxt) ? weekday(nxt) : null;
        if (d2 != null && d2 == d.plus(1)) {
            j = nxt + 1;
            d = d2; // the night of Friday to Saturday is coded on the Saturday, as ACLED and the gold do
        }
        // الأربعاء 22 يوليو: the absolute date wins
        if (tok(j) != null && joined(j)) {
            int save = out.size();
            int r = dayMonth(start, j, true);
            if (r > 0) {
                DateMention dm = out.remove(save);
                out.add(new DateMention(dm.start(), dm.end(), dm.date(), 1, false));
                return r;
            }
        }
        int mode = 0;
        if (isAnyNorm(j, "الماضي", "الماضيه", "المنصرم", "الفائت", "السابق") && joined(j)) {
            mode = -1;
            j++;
        } else if (isAnyNorm(j, "المقبل", "المقبله", "القادم", "القادمه") && joined(j)) {
            mode = 1;
            j++;
        }
        j = trailingNight(j);
        LocalDate date = null;
        if (pub != null) {
            int back = (pub.getDayOfWeek().getValue() - d.getValue() + 7) % 7;
            if (mode == -1 && back == 0) {
                back = 7;
            }
            date = minusDays(pub, back);
            if (mode == 1) {
                int fwd = (d.getValue() - pub.getDayOfWeek().getValue() + 7) % 7;
                date = minusDays(pub, -(fwd == 0 ? 7 : fwd));
            }
            if (date == null) {
                return -1;
            }
        }
        emit(start, j, date, 1, true);
        return j;
    }

    /** منذ / قبل N أيام … */
    private int sinceAgo(int i) {
        if (!(has(i, "منذ") || has(i, "قبل")) || !joined(i + 1)) {
            return -1;
        }
        int k = i + 1;
        long nVal = -1;
        if (tok(k) != null && tok(k).kind() == TokenKind.NUMBER) {
            nVal = intValue(k, 3);
            k++;
        } else {
            NumberWords.Entry e = NumberWords.lookup(tok(k));
            if (e != null && e.value() != null && (e.is("unit") || e.is("tens"))) {
                nVal = e.value();
                k++;
            }
        }
        if (nVal == 0 || k > i + 1 && !joined(k)) {
            return -1;
        }
        Token u = tok(k);
        if (u == null || u.kind() != TokenKind.WORD) {
            return -1;
        }
        String w = u.norm();
        long n = nVal;
        int days;
        int precision;
        switch (w) {
            case "ايام", "يوما", "يوم" -> {
                if (n < 0) {
                    n = w.equals("ايام") ? 3 : 1;
                    precision = 2;
                } else {
                    precision = n > 3 ? 2 : 1;
                }
                days = (int) n;
            }
            case "يومين" -> {
                if (nVal >= 0) {
                    return -1;
                }
                days = 2;
                precision = 1;
            }
            case "اسبوع", "اسبوعا", "اسابيع" -> {
                days = (int) (7 * (n < 0 ? 1 : n));
                precision = 2;
            }
            case "اسبوعين" -> {
                if (nVal >= 0) {
                    return -1;
                }
                days = 14;
                precision = 2;
            }
            case "شهر", "شهرا", "اشهر", "شهور" -> {
                days = (int) (30 * (n < 0 ? 1 : n));
                precision = 3;
            }
            case "شهرين" -> {
                if (nVal >= 0) {
                    return -1;
                }
                days = 60;
                precision = 3;
            }
            default -> {
                return -1;
            }
        }
        if (days > 3660) {
            return -1;
        }
        return offsetDate(i, k + 1, days, precision);
    }

    private int relativePhrase(int i) {
        for (String[] p : PHRASES) {
            int words = p.length - 2;
            if (!has(i, p[0])) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < words && ok; k++) {
                ok = is(i + k, p[k]) && joined(i + k);
            }
            if (!ok) {
                continue;
            }
            int precision = Integer.parseInt(p[p.length - 1]);
            String off = p[p.length - 2];
            LocalDate d = null;
            if (pub != null) {
                if (off.startsWith("M")) {
                    int months = Integer.parseInt(off.substring(1));
                    LocalDate first = pub.withDayOfMonth(1);
                    d = months < 0 && first.equals(LocalDate.MIN.withDayOfMonth(1)) ? null : first.plusMonths(months);
                } else {
                    d = minusDays(pub, Integer.parseInt(off));
                }
                if (d == null) {
                    return -1;
                }
            }
            emit(i, i + words, d, precision, true);
            return i + words;
        }
        return -1;
    }
}
