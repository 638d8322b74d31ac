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
import java.util.Set;

/**
 * Finds date expressions in a token list and resolves them against the publication date. The words it
 * looks for are data: {@code months.tsv}, {@code weekdays.tsv}, {@code date-phrases.tsv} and
 * {@code date-words.tsv} (each word with its role, named below in brackets); examples are in
 * {@code DateParserTest}.
 *
 * <p>Absolute: day + month (+ year), the day in digits or as an ordinal before [of]; numeric
 * "2018/7/3", "3-7-2018", "3.7.2018" (+ [era_mark]); month + year and month alone (precision 3; a month
 * name listed as ambiguous in {@code months.tsv} needs a year or a [month_noun] before it). Month names
 * (Levantine, Egyptian/Gulf, Maghrebi, Hijri) come from {@code months.tsv}; Hijri dates are converted
 * with {@link HijrahDate}. Without a year, the year is the one that puts the date on or before the
 * publication date (a date in the publication month keeps the publication year). A date that cannot be
 * resolved (e.g. a Hijri month when the publication date is outside the Hijri calendar's range) is not
 * emitted.
 *
 * <p>Relative (relative=true): [today], [time_of_day] + [today]/[yesterday], [yesterday] (-1), [first]
 * [yesterday] and [yesterday] [the_first] (-2), [tonight] [night_past] (-1), [tonight]/[at_night] (0),
 * [tomorrow] (+1), weekday names with the article or after a [time_of_day] word (the latest such day on
 * or before publication; [weekday_past] strictly before; [weekday_future] after; [yesterday] + weekday
 * is -1; [night] + two weekdays is the second day, as ACLED codes overnight events), [since_ago] N
 * [days]/[weeks]/[months] (precision 1 up to 3 days, 2 for more days or weeks, 3 for months), and the
 * fixed phrases of {@code date-phrases.tsv}. With {@code published == null}, mentions are still found
 * but their date is null.
 */
public final class DateParser {
    private record Month(String[] words, int month, boolean hijri, boolean ambiguous) {
    }

    private static final Map<String, List<Month>> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    /** First words of every word-initial pattern; other words are skipped at once. */
    private static final Set<String> TRIGGERS = new java.util.HashSet<>();
    /** A fixed relative phrase: offset in days before publication, or "Mn" (first of the month + n months). */
    private record Phrase(String[] words, String offset, int precision) {
    }

    /** Fixed phrases of {@code date-phrases.tsv}, in file order (the first that matches wins). */
    private static final List<Phrase> PHRASES = new ArrayList<>();

    /** The roles of {@code date-words.tsv}. */
    static final WordClasses WORDS = TextData.classes("date-words.tsv");
    private static final Set<String> TIME_OF_DAY = WORDS.set("time_of_day");
    private static final Set<String> FIRST = WORDS.set("first");
    private static final Set<String> YESTERDAY = WORDS.set("yesterday");
    private static final String YESTERDAY_AFTER_FIRST = WORDS.one("yesterday_after_first");
    private static final String THE_FIRST = WORDS.one("the_first");
    private static final Set<String> TOMORROW = WORDS.set("tomorrow");
    private static final String TOMORROW_NOUN = WORDS.one("tomorrow_noun");
    private static final Set<String> TOMORROW_THE = WORDS.set("tomorrow_the");
    private static final Set<String> TODAY = WORDS.set("today");
    private static final Set<String> TONIGHT = WORDS.set("tonight");
    private static final Set<String> AT_NIGHT = WORDS.set("at_night");
    private static final Set<String> NIGHT = WORDS.set("night");
    private static final Set<String> TIME_ADVERB = WORDS.set("time_adverb");
    private static final Set<String> NOT_TODAY_AFTER = WORDS.set("not_today_after");
    private static final List<String> NOT_TODAY_PROCLITIC = WORDS.list("not_today_proclitic");
    private static final String IN = WORDS.one("in");
    private static final Set<String> UNTIL_BEFORE = WORDS.set("until_before");
    private static final Set<String> NIGHT_PAST = WORDS.set("night_past");
    private static final Set<String> CURRENT = WORDS.set("current");
    private static final Set<String> MONTH_PAST = WORDS.set("month_past");
    private static final Set<String> MONTH_FUTURE = WORDS.set("month_future");
    private static final Set<String> YEAR_PAST = WORDS.set("year_past");
    private static final Set<String> WEEKDAY_PAST = WORDS.set("weekday_past");
    private static final Set<String> WEEKDAY_FUTURE = WORDS.set("weekday_future");
    private static final Set<String> WEEKDAY_TO = WORDS.set("weekday_to");
    private static final Set<String> TEN = WORDS.set("ten");
    private static final String OF = WORDS.one("of");
    private static final Set<String> YEAR_NOUN = WORDS.set("year_noun");
    private static final Set<String> YEAR_NOUN_LAM = WORDS.set("year_noun_lam");
    private static final Set<String> YEAR_NOUN_RELATIVE = WORDS.set("year_noun_relative");
    private static final Set<String> ERA_MARK = WORDS.set("era_mark");
    private static final Set<String> MONTH_NOUN = WORDS.set("month_noun");
    private static final Set<String> MONTH_LEAD = WORDS.set("month_lead");
    private static final String MONTH_NOUN_BARE = WORDS.one("month_noun_bare");
    private static final Set<String> DATE_PREPOSITION = WORDS.set("date_preposition");
    private static final List<String> DATE_PROCLITIC = WORDS.list("date_proclitic");
    private static final Set<String> BLOC_HEAD = WORDS.set("bloc_head");
    private static final Set<String> PLACE_HEAD = WORDS.set("place_head");
    private static final Set<String> SINCE_AGO = WORDS.set("since_ago");
    /** About, nearly: a word between «قبل/منذ» and the count («قبل حوالي ثلاثة أشهر»). */
    private static final Set<String> AGO_ABOUT = WORDS.set("ago_about");
    /** «قبل» (ago): an approximator may follow it, not «منذ» («تتعرض منذ نحو شهر لهجوم»: for about a month). */
    private static final Set<String> AGO = WORDS.set("ago");
    private static final Set<String> DAYS = WORDS.set("days");
    private static final Set<String> DAYS_PLURAL = WORDS.set("days_plural");
    private static final Set<String> TWO_DAYS = WORDS.set("two_days");
    private static final Set<String> WEEKS = WORDS.set("weeks");
    private static final Set<String> TWO_WEEKS = WORDS.set("two_weeks");
    private static final Set<String> MONTHS_UNIT = WORDS.set("months");
    private static final Set<String> TWO_MONTHS = WORDS.set("two_months");

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
        TRIGGERS.addAll(WORDS.list("day_trigger"));
        for (TextData.Row row : TextData.table("date-phrases.tsv")) {
            String off = row.cell(1);
            if (!off.matches("M?-?\\d+")) {
                throw new IllegalStateException(row.where() + ": offset must be days or Mn, not " + off);
            }
            PHRASES.add(new Phrase(TextData.words(row.cell(0)), off, Integer.parseInt(row.cell(2))));
            TRIGGERS.add(PHRASES.get(PHRASES.size() - 1).words[0]);
        }
        for (TextData.Row row : TextData.table("weekdays.tsv")) {
            String w = ArabicNormalizer.normalize(row.cell(0));
            WEEKDAYS.put(w, DayOfWeek.valueOf(row.cell(1)));
            TRIGGERS.add(w);
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

    /** Token {@code i} is one of {@code ws} exactly (normalized). */
    private boolean isAnyNorm(int i, Set<String> ws) {
        Token t = tok(i);
        return t != null && t.kind() == TokenKind.WORD && ws.contains(t.norm());
    }

    /** Token {@code i} is one of {@code ws}, possibly with proclitics. */
    private boolean hasAny(int i, Set<String> ws) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD) {
            return false;
        }
        for (String s : t.stems()) {
            if (ws.contains(s)) {
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
            if (s.startsWith(Affixes.ARTICLE)) {
                NumberWords.Entry e = NumberWords.get(s.substring(Affixes.ARTICLE.length()));
                if (e != null && (e.is("ordinal") || e.is("tens"))) {
                    return true; // ordinal or tens with the article, before "of" + month
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
                if (isAnyNorm(end, ERA_MARK) && joined(end)) {
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

    /** Skips an alternative month name after "/", "-" or in brackets (Levantine and Egyptian names together). */
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

    /** A year at {@code j} (optionally after [of] [year_noun] or [year_noun]): {year, endIndex}, or null. */
    private int[] year(int j, boolean hijri) {
        int k = j;
        if (is(k, OF) && joined(k) && isAnyNorm(k + 1, YEAR_NOUN)) {
            k += 2;
        } else if (isAnyNorm(k, YEAR_NOUN) || isAnyNorm(k, YEAR_NOUN_LAM)) {
            k += 1;
        }
        if (!joined(k)) {
            return null;
        }
        if (pub != null && !hijri && k > j && isAnyNorm(k - 1, YEAR_NOUN_RELATIVE)
                && (isAnyNorm(k, YEAR_PAST) || isAnyNorm(k, CURRENT))) {
            int yr = isAnyNorm(k, CURRENT) ? pub.getYear() : pub.getYear() - 1;
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
        if (isAnyNorm(end, ERA_MARK) && joined(end)) {
            end++;
        }
        return new int[] {y, end};
    }

    /** An ordinal day with the article (4th, 11th as ordinal + [ten], 21st as ordinal + and-tens, 20th): {day, endIndex}, or null. */
    private int[] ordinalDay(int i) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD || !t.norm().startsWith(Affixes.ARTICLE)
                && !t.proclitics().contains(Affixes.ARTICLE)) {
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
        if (isAnyNorm(i + 1, TEN) && joined(i + 1)) {
            return v <= 9 ? new int[] {v + 10, i + 2} : null;
        }
        Token n = tok(i + 1);
        if (n != null && joined(i + 1) && n.norm().startsWith(Affixes.AND)) {
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
            if (!(is(j, OF) && joined(j))) {
                return -1; // an ordinal right before the month is unusual; require ordinal + "of" + month
            }
        }
        if (day < 1 || day > 31) {
            return -1;
        }
        if (is(j, OF) && joined(j)) {
            j++;
        }
        if (is(j, MONTH_NOUN_BARE) && joined(j)) {
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
        if ((isAnyNorm(k, CURRENT) || isAnyNorm(k, MONTH_PAST) || isAnyNorm(k, MONTH_FUTURE)) && joined(k)) {
            current = isAnyNorm(k, CURRENT);
            future = isAnyNorm(k, MONTH_FUTURE);
            k++;
        }
        if (!hijri && m[0] == 3 && (day == 8 || day == 14) && isBlocName(from - 1) || isPlaceName(from - 1)) {
            return -1; // "forces of 14 March", "camp of 8 March": Lebanese blocs; "city of 6 October": a place
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
            if (BLOC_HEAD.contains(s)) {
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
            if (PLACE_HEAD.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, List<String> prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
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
        if ((isAnyNorm(k, CURRENT) || isAnyNorm(k, MONTH_PAST)) && joined(k)) {
            current = isAnyNorm(k, CURRENT);
            past = !current;
            k++;
        }
        int[] y = current ? null : year(k, hijri);
        boolean afterShahr = i > 0 && joined(i) && (isAnyNorm(i - 1, MONTH_NOUN) || isAnyNorm(i - 1, MONTH_LEAD));
        if (y == null && m[2] == 1 && !afterShahr) {
            return -1;
        }
        if (y == null && !current && !past && !afterShahr && !hasDatePreposition(i)) {
            return -1;
        }
        LocalDate d;
        int start = afterShahr && isAnyNorm(i - 1, MONTH_NOUN) ? i - 1 : i;
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
        for (String p : DATE_PROCLITIC) {
            if (t.proclitics().contains(p)) {
                return true; // "in July" as a proclitic on the month name
            }
        }
        return i > 0 && joined(i) && isAnyNorm(i - 1, DATE_PREPOSITION);
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

    /** [yesterday] / [today] / [tonight] / weekday with a [time_of_day] word before it, and the plain forms. */
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

    /** Normalized form without a leading conjunction proclitic. */
    private String stemNoConj(int i) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD) {
            return "";
        }
        String p = t.proclitics();
        if (Affixes.isConjunction(p) && t.stems().size() > 1) {
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
        // [first] [yesterday] / [first] [of] [yesterday]: the day before yesterday
        if (hasAny(k, FIRST)) {
            if (is(k + 1, YESTERDAY_AFTER_FIRST) && joined(k + 1)) {
                return offsetDate(start, trailingNight(skipWeekday(k + 2)), 2, 1);
            }
            if (is(k + 1, OF) && is(k + 2, YESTERDAY_AFTER_FIRST) && joined(k + 1) && joined(k + 2)) {
                return offsetDate(start, trailingNight(skipWeekday(k + 3)), 2, 1);
            }
            return -1;
        }
        if (hasAny(k, YESTERDAY)) {
            int j = k + 1;
            if (is(j, THE_FIRST) && joined(j)) {
                return offsetDate(start, trailingNight(j + 1), 2, 1);
            }
            DayOfWeek named = namedWeekday(j);
            if (named != null) { // yesterday + weekday name, bare or in brackets
                return namedDay(start, trailingNight(afterNamedWeekday(j)), named, 1);
            }
            return offsetDate(start, trailingNight(j), 1, 1);
        }
        if (hasAny(k, TOMORROW) || is(k, TOMORROW_NOUN) || hasAny(k, TOMORROW_THE) && prefixed) {
            if (!prefixed && is(k, TOMORROW_NOUN)) {
                return -1;
            }
            return offsetDate(start, trailingNight(skipWeekday(k + 1)), -1, 1); // tomorrow
        }
        if (hasAny(k, TODAY)) {
            if (isAnyNorm(k + 1, NOT_TODAY_AFTER) && joined(k + 1)) {
                return -1; // "the next day", "national day" ...
            }
            String pro = t.proclitics();
            if (!prefixed && (startsWithAny(pro, NOT_TODAY_PROCLITIC) || is(start - 1, IN) && joined(start))) {
                return -1; // "per day", "for the day", "in the day"
            }
            Token prev = tok(start - 1);
            if (!prefixed && prev != null && joined(start) && prev.kind() == TokenKind.WORD
                    && UNTIL_BEFORE.contains(prev.norm())) {
                return -1; // "until today": until now; a newspaper name
            }
            DayOfWeek named = namedWeekday(k + 1);
            if (named != null) { // today + weekday name, bare or in brackets: "today (Friday)"
                return namedDay(start, trailingNight(afterNamedWeekday(k + 1)), named, 0);
            }
            return offsetDate(start, trailingNight(k + 1), 0, 1);
        }
        if (hasAny(k, TONIGHT) && !prefixed) {
            if (isAnyNorm(k + 1, NIGHT_PAST) && joined(k + 1)) {
                return offsetDate(start, k + 2, 1, 1);
            }
            if (weekday(k + 1) != null && joined(k + 1)) {
                return weekdayAt(start, k + 1, true);
            }
            return offsetDate(start, k + 1, 0, 1);
        }
        if (isAnyNorm(k, AT_NIGHT) && !prefixed) {
            return offsetDate(start, k + 1, 0, 1);
        }
        if (weekday(k) != null) {
            if (!prefixed && !t.norm().startsWith(Affixes.ARTICLE) && !t.proclitics().contains(Affixes.ARTICLE)) {
                return -1;
            }
            String tod = stemNoConj(start);
            return weekdayAt(start, k, prefixed && NIGHT.contains(tod));
        }
        if (prefixed && weekdayBare(k) != null) {
            String tod = stemNoConj(start);
            return weekdayAt(start, k, NIGHT.contains(tod));
        }
        return -1;
    }

    /** The weekday named right after a day word at {@code j}, bare ("today Friday") or in brackets ("today (Friday)"), or null. */
    private DayOfWeek namedWeekday(int j) {
        if (isPunct(j, '(') && joined(j) && weekday(j + 1) != null && isPunct(j + 2, ')')) {
            return weekday(j + 1);
        }
        return weekday(j) != null && joined(j) ? weekday(j) : null;
    }

    /** The token after the weekday that {@link #namedWeekday} found at {@code j}. */
    private int afterNamedWeekday(int j) {
        return isPunct(j, '(') ? j + 3 : j + 1;
    }

    /**
     * "today" / "yesterday" ({@code nominal} days before publication) with a weekday name: the weekday wins (stories
     * republished a day later keep "today (Friday)"), on the latest such day on or before publication; precision 1 when
     * both agree, 2 when they do not. When "yesterday" names the publication day's own weekday, "yesterday" stands.
     */
    private int namedDay(int start, int j, DayOfWeek d, int nominal) {
        if (pub == null) {
            emit(start, j, null, 1, true);
            return j;
        }
        int back = (pub.getDayOfWeek().getValue() - d.getValue() + 7) % 7;
        if (back == nominal) {
            return offsetDate(start, j, nominal, 1);
        }
        if (back == 0) {
            return offsetDate(start, j, nominal, 2);
        }
        return offsetDate(start, j, back, 2);
    }

    /** Extends a mention over a following [time_adverb], or a weekday in brackets: "today (Tuesday)". */
    private int trailingNight(int j) {
        if (isPunct(j, '(') && joined(j) && weekday(j + 1) != null && isPunct(j + 2, ')')) {
            j += 3;
        }
        if (isAnyNorm(j, TIME_ADVERB) && joined(j)) {
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
                if (d == DayOfWeek.SUNDAY && isAnyNorm(i + 1, TEN)) {
                    return null; // Sunday + ten: "eleven"
                }
                return d;
            }
        }
        return null;
    }

    /** Weekday name without the article, after a [time_of_day] word ("day", "night"). */
    private DayOfWeek weekdayBare(int i) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD) {
            return null;
        }
        DayOfWeek d = WEEKDAYS.get(Affixes.ARTICLE + t.norm());
        if (d == DayOfWeek.SUNDAY || d == DayOfWeek.MONDAY) {
            return null; // bare Sunday/Monday are rare; the same words are far more often "one"/"two"
        }
        return d;
    }

    private int weekdayAt(int start, int k, boolean night) {
        DayOfWeek d = weekday(k);
        if (d == null) {
            d = weekdayBare(k);
        }
        int j = k + 1;
        // night of Friday Saturday / Friday - Saturday / Friday to Saturday
        int nxt = j;
        if (isPunct(nxt, '-', '/') && joined(nxt) || isAnyNorm(nxt, WEEKDAY_TO) && joined(nxt)) {
            nxt++;
        }
        DayOfWeek d2 = joined(nxt) ? weekday(nxt) : null;
        if (d2 != null && d2 == d.plus(1)) {
            j = nxt + 1;
            d = d2; // the night of Friday to Saturday is coded on the Saturday, as ACLED and the gold do
        }
        // weekday + day + month: the absolute date wins
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
        if (isAnyNorm(j, WEEKDAY_PAST) && joined(j)) {
            mode = -1;
            j++;
        } else if (isAnyNorm(j, WEEKDAY_FUTURE) && joined(j)) {
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

    /** [since_ago] N [days] / [weeks] / [months] ([ago] [ago_about] N ...), or a dual of those units without a number. */
    private int sinceAgo(int i) {
        if (!hasAny(i, SINCE_AGO) || !joined(i + 1)) {
            return -1;
        }
        int k = i + 1;
        if (hasAny(i, AGO) && hasAny(k, AGO_ABOUT) && joined(k + 1)) {
            k++; // «قبل حوالي ثلاثة أشهر»: about three months ago
        }
        int first = k;
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
        if (nVal == 0 || k > first && !joined(k)) {
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
        if (DAYS.contains(w)) {
            if (n < 0) {
                n = DAYS_PLURAL.contains(w) ? 3 : 1;
                precision = 2;
            } else {
                precision = n > 3 ? 2 : 1;
            }
            days = (int) n;
        } else if (TWO_DAYS.contains(w)) {
            if (nVal >= 0) {
                return -1;
            }
            days = 2;
            precision = 1;
        } else if (WEEKS.contains(w)) {
            days = (int) (7 * (n < 0 ? 1 : n));
            precision = 2;
        } else if (TWO_WEEKS.contains(w)) {
            if (nVal >= 0) {
                return -1;
            }
            days = 14;
            precision = 2;
        } else if (MONTHS_UNIT.contains(w)) {
            days = (int) (30 * (n < 0 ? 1 : n));
            precision = 3;
        } else if (TWO_MONTHS.contains(w)) {
            if (nVal >= 0) {
                return -1;
            }
            days = 60;
            precision = 3;
        } else {
            return -1;
        }
        if (days > 3660) {
            return -1;
        }
        return offsetDate(i, k + 1, days, precision);
    }

    private int relativePhrase(int i) {
        for (Phrase p : PHRASES) {
            int words = p.words.length;
            if (!has(i, p.words[0])) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < words && ok; k++) {
                ok = is(i + k, p.words[k]) && joined(i + k);
            }
            if (!ok) {
                continue;
            }
            int precision = p.precision;
            String off = p.offset;
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
