package org.rasd.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds counts in a token list: digits in any script with thousands separators ("1,200", Eastern Arabic
 * digits, digits + a multiplier word, "1.5" + million), Arabic number words from {@code number-words.tsv}
 * including compounds (unit + and + tens, hundreds + and + tens, one + ten, hundred + thousand) with
 * proclitics, duals of count nouns from {@code dual-nouns.tsv} (2, noun = singular), and vague quantities
 * (DOZENS, HUNDREDS, THOUSANDS, SEVERAL from the table or [several_head] + [of]; value null). The words
 * it looks for around numbers are data ({@code number-context.tsv}, roles in brackets below; affixes in
 * {@code affixes.tsv}); examples are in {@code NumberParserTest}.
 *
 * <p>Qualifiers from {@code qualifiers.tsv} (about, more than, no fewer than ...) are kept; a leading one
 * is part of the mention's span, a trailing one (at least, approximately: right after the number or after
 * its noun) extends the span's end. The counted noun is the next word (after an optional [of]), normalized
 * and without proclitics, not a [not_noun], with the accusative alef of a tamyiz removed after 11-99.
 *
 * <p>Not counts, so skipped: ordinals, numbers inside date mentions, years after a [year_context] word or
 * before a [year_mark], percentages ([percent_sign], [percent_in] [percent_hundred], [percent_word]),
 * decimals without a multiplier, and the article + "one" (Sunday).
 */
public final class NumberParser {
    private record Qual(String[] words, Qualifier q) {
    }

    private static final List<Qual> BEFORE = new ArrayList<>();
    private static final List<Qual> AFTER = new ArrayList<>();
    private static final Map<String, String> DUAL = new HashMap<>();
    /** The roles of {@code number-context.tsv}. */
    static final WordClasses WORDS = TextData.classes("number-context.tsv");
    /** Function words that follow a number but are not its counted noun. */
    private static final Set<String> NOT_NOUN = WORDS.set("not_noun");
    private static final Set<String> YEAR_CONTEXT = WORDS.set("year_context");
    private static final Set<String> YEAR_MARK = WORDS.set("year_mark");
    private static final Set<String> SEVERAL_HEAD = WORDS.set("several_head");
    private static final String LARGE_COUNT_HEAD = WORDS.one("large_count_head");
    private static final String LARGE = WORDS.one("large");
    private static final String OF = WORDS.one("of");
    private static final String PERCENT_SIGNS = String.join("", WORDS.list("percent_sign"));
    private static final String PERCENT_IN = WORDS.one("percent_in");
    private static final Set<String> PERCENT_HUNDRED = WORDS.set("percent_hundred");
    private static final Set<String> PERCENT_WORD = WORDS.set("percent_word");
    private static final String HUNDRED_IN = WORDS.one("hundred_in");
    private static final String HUNDRED_PROCLITIC = WORDS.one("hundred_proclitic");
    private static final Set<String> TEN = WORDS.set("ten");
    private static final Set<String> TEEN_TWO = WORDS.set("teen_two");

    static {
        for (String[] row : TextData.rows("qualifiers.tsv")) {
            Qual q = new Qual(TextData.words(row[0]), Qualifier.valueOf(row[1]));
            (row[2].equals("after") ? AFTER : BEFORE).add(q);
        }
        Comparator<Qual> longest = Comparator.comparingInt(q -> -q.words.length);
        BEFORE.sort(longest);
        AFTER.sort(longest);
        for (String[] row : TextData.rows("dual-nouns.tsv")) {
            DUAL.put(ArabicNormalizer.normalize(row[0]), row[1]);
        }
    }

    private final List<Token> toks;
    private final String text;
    private final TokenWindow window;
    private final boolean[] inDate;
    private final List<NumberMention> out = new ArrayList<>();

    private NumberParser(List<Token> toks, String text, List<DateMention> dates) {
        this.toks = toks;
        this.text = text;
        this.window = new TokenWindow(toks, text);
        this.inDate = new boolean[toks.size()];
        int d = 0;
        for (int i = 0; i < toks.size() && d < dates.size(); i++) {
            Token t = toks.get(i);
            while (d < dates.size() && dates.get(d).end() <= t.start()) {
                d++;
            }
            if (d < dates.size() && dates.get(d).start() < t.end() && t.start() < dates.get(d).end()) {
                inDate[i] = true;
            }
        }
    }

    /** Number mentions in text order; {@code dates} (sorted) mark tokens that are not counts. */
    public static List<NumberMention> parse(List<Token> tokens, String text, List<DateMention> dates) {
        NumberParser p = new NumberParser(tokens, text, dates);
        p.run();
        return p.out;
    }

    /** Convenience: tokenizes {@code text}, finds its dates (without a publication date) and its numbers. */
    public static List<NumberMention> parse(String text) {
        List<Token> toks = Tokenizer.tokenize(text);
        return parse(toks, text, DateParser.parse(toks, text, null));
    }

    // ---------------------------------------------------------------- helpers

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

    private boolean isAny(int i, Set<String> ws) {
        Token t = tok(i);
        return t != null && t.kind() == TokenKind.WORD && ws.contains(t.norm());
    }

    private boolean hasAny(int i, Set<String> ws) {
        for (String w : ws) {
            if (has(i, w)) {
                return true;
            }
        }
        return false;
    }

    private NumberWords.Entry entry(int i) {
        Token t = tok(i);
        if (t == null || t.kind() != TokenKind.WORD || inDate[i]) {
            return null;
        }
        return NumberWords.lookup(t);
    }

    // ---------------------------------------------------------------- main loop

    private void run() {
        int i = 0;
        int n = toks.size();
        while (i < n) {
            int j = inDate[i] ? -1 : tryAt(i);
            i = j > i ? j : i + 1;
        }
    }

    private int tryAt(int i) {
        Token t = toks.get(i);
        if (t.kind() == TokenKind.NUMBER) {
            return digits(i);
        }
        if (t.kind() != TokenKind.WORD) {
            return -1;
        }
        NumberWords.Entry e = entry(i);
        if (e != null) {
            return words(i, e);
        }
        if (hasAny(i, SEVERAL_HEAD) && is(i + 1, OF) && joined(i + 1)) {
            return emit(i, i + 2, null, Qualifier.SEVERAL, i + 2);
        }
        if (has(i, LARGE_COUNT_HEAD) && is(i + 1, LARGE) && is(i + 2, OF) && joined(i + 1) && joined(i + 2)) {
            return emit(i, i + 3, null, Qualifier.SEVERAL, i + 3);
        }
        return dual(i);
    }

    private int digits(int i) {
        Token t = toks.get(i);
        String n = t.norm();
        int end = i + 1;
        Long value;
        int dot = n.indexOf('.');
        String intPart = n.replace(",", "");
        NumberWords.Entry mult = joined(i + 1) ? entry(i + 1) : null;
        long multiplier = 1;
        if (mult != null && (mult.is("thousand") || mult.is("million") || mult.is("billion"))) {
            multiplier = mult.value();
        } else if (mult != null && mult.is("thousands")) {
            multiplier = 1000;
        } else if (mult != null && mult.is("millions")) {
            multiplier = 1_000_000;
        } else if (mult != null && mult.is("billions")) {
            multiplier = 1_000_000_000L;
        } else {
            mult = null;
        }
        if (mult != null) {
            end = i + 2;
        }
        try {
            if (dot >= 0) {
                if (mult == null || intPart.indexOf('.') != intPart.lastIndexOf('.')) {
                    return i + 1; // a decimal without a multiplier is not a count
                }
                value = Math.round(Double.parseDouble(toAscii(intPart)) * multiplier);
            } else {
                String a = toAscii(intPart);
                if (a.length() > 15) {
                    return i + 1;
                }
                value = Long.parseLong(a) * multiplier;
            }
        } catch (NumberFormatException ex) {
            return i + 1;
        }
        // years, clock times, model numbers (F-16) and percentages are not counts
        if (n.length() == 4 && mult == null && (value >= 1900 && value <= 2099 && isYearContext(i)
                || value >= 1300 && value <= 1600 && afterYearWord(i))) {
            return i + 1;
        }
        if (n.length() == 4 && mult == null && joined(i + 1)
                && isAny(i + 1, YEAR_MARK)) {
            return i + 2;
        }
        if (isClock(i)) {
            return skipClock(i);
        }
        if (t.start() >= 2 && text.charAt(t.start() - 1) == '-' && Character.isLetter(text.charAt(t.start() - 2))) {
            return i + 1;
        }
        if (isPercent(end)) {
            return end;
        }
        if (t.start() > 0 && PERCENT_SIGNS.indexOf(text.charAt(t.start() - 1)) >= 0) {
            return i + 1; // %47 (percent sign first in RTL text)
        }
        if (mult == null && dot < 0 && n.indexOf(',') < 0 && (n.length() >= 8 || n.length() > 1 && n.charAt(0) == '0')) {
            return i + 1; // phone numbers, codes
        }
        if (isDigitRange(t)) {
            return i + 1; // scores and ranges: 7-6, 15-35
        }
        if (isListNumber(i)) {
            return i + 1;
        }
        if (mult == null && joined(i + 1) && DateParser.isMonthWord(tok(i + 1))) {
            return i + 1; // a day of a month that is not a date (a bloc named after 14 March)
        }
        return emit(i, end, value, Qualifier.EXACT, end);
    }

    private boolean isDigitRange(Token t) {
        int s = t.start();
        int e = t.end();
        boolean before = s >= 2 && isDash(text.charAt(s - 1)) && Character.isDigit(text.charAt(s - 2));
        boolean after = e + 1 < text.length() && isDash(text.charAt(e)) && Character.isDigit(text.charAt(e + 1));
        return before || after;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    /** "3- ...", "2) ..." at the start of a line: list numbering. */
    private boolean isListNumber(int i) {
        Token t = toks.get(i);
        int k = t.start() - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        if (k >= 0 && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
            return false;
        }
        Token nx = tok(i + 1);
        return nx != null && nx.start() == t.end() && (nx.norm().equals("-") || nx.norm().equals(")")
                || nx.norm().equals(".") || nx.norm().equals("/"));
    }

    private static String toAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            int d = Character.digit(c, 10);
            sb.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return sb.toString();
    }

    /** A 4-digit number 1900–2099 is a year after a [year_context] word or when no word follows it. */
    private boolean isYearContext(int i) {
        if (afterYearWord(i)) {
            return true;
        }
        Token nx = tok(i + 1);
        return nx == null || !joined(i + 1) || nx.kind() != TokenKind.WORD;
    }

    private boolean afterYearWord(int i) {
        Token p = tok(i - 1);
        if (p != null && joined(i) && p.kind() == TokenKind.WORD) {
            for (String s : p.stems()) {
                if (YEAR_CONTEXT.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 04:00 — a clock time. */
    private boolean isClock(int i) {
        Token t = toks.get(i);
        boolean after = i + 2 < toks.size() && toks.get(i + 1).norm().equals(":")
                && toks.get(i + 1).start() == t.end() && toks.get(i + 2).kind() == TokenKind.NUMBER
                && toks.get(i + 2).start() == toks.get(i + 1).end();
        boolean before = i >= 2 && toks.get(i - 1).norm().equals(":") && toks.get(i - 1).end() == t.start()
                && toks.get(i - 2).kind() == TokenKind.NUMBER && toks.get(i - 2).end() == toks.get(i - 1).start();
        return after || before;
    }

    private int skipClock(int i) {
        int j = i + 1;
        while (j + 1 < toks.size() && toks.get(j).norm().equals(":") && toks.get(j + 1).kind() == TokenKind.NUMBER
                && toks.get(j).start() == toks.get(j - 1).end()) {
            j += 2;
        }
        return j;
    }

    private boolean isPercent(int j) {
        Token t = tok(j);
        if (t == null || !joined(j)) {
            return false;
        }
        String n = t.norm();
        if (n.length() == 1 && PERCENT_SIGNS.indexOf(n.charAt(0)) >= 0) {
            return true;
        }
        if (n.equals(PERCENT_IN) && isAny(j + 1, PERCENT_HUNDRED) && joined(j + 1)) {
            return true;
        }
        return PERCENT_WORD.contains(n);
    }

    /** Number words at {@code i} (entry {@code e}). */
    private int words(int i, NumberWords.Entry e) {
        Token t = toks.get(i);
        String pro = t.proclitics();
        switch (e.kind()) {
            case "ordinal":
                return -1;
            case "DOZENS", "HUNDREDS", "THOUSANDS", "SEVERAL": {
                int end = i + 1;
                // hundreds of thousands, tens of thousands
                if (joined(i + 1) && entry(i + 1) != null && entry(i + 1).is("thousands")) {
                    end = i + 2;
                }
                return emit(i, end, null, Qualifier.valueOf(e.kind()), end);
            }
            case "thousands":
                return emit(i, i + 1, null, Qualifier.THOUSANDS, i + 1);
            case "millions", "billions":
                return -1;
            case "one_of":
                if (pro.contains(Affixes.ARTICLE) && !(joined(i + 1) && isAny(i + 1, TEN))) {
                    return -1; // the article + "one": Sunday (but + ten: the eleven)
                }
                break;
            case "tens":
                if (pro.startsWith(Affixes.AND) && i > 0 && joined(i) && entry(i - 1) != null && entry(i - 1).is("ordinal")) {
                    return i + 1; // ordinal + and + tens: an ordinal
                }
                break;
            case "hundred":
                if (pro.contains(Affixes.ARTICLE) && (is(i - 1, HUNDRED_IN) || pro.startsWith(HUNDRED_PROCLITIC))) {
                    return i + 1; // "in the hundred": percent
                }
                break;
            default:
                break;
        }
        if (TEEN_TWO.contains(t.norm()) || TEEN_TWO.contains(t.stem())) {
            if (!(joined(i + 1) && isAny(i + 1, TEN))) {
                return -1; // [teen_two] only before ten (the same letters also spell "he praised")
            }
        }
        long total = 0;
        long current = 0;
        long lastPart = 0;
        int j = i;
        while (j < toks.size()) {
            NumberWords.Entry x = j == i ? e : (joined(j) ? entry(j) : null);
            if (x == null || x.is("ordinal") || x.value() == null && !isPluralMultiplier(x)) {
                break;
            }
            boolean wa = j > i && toks.get(j).proclitics().startsWith(Affixes.AND);
            if (j > i && !wa && toks.get(j).proclitics().length() > 0) {
                break;
            }
            String k = x.kind();
            long v = x.value() == null ? 0 : x.value();
            if (j > i && !wa) {
                // juxtaposed: teens, multipliers
                if (k.equals("unit") && v == 10 && current >= 1 && current <= 9 && lastPart == current) {
                    current += 10;
                    lastPart = current;
                } else if (k.equals("hundred") && current >= 1 && current <= 9) {
                    current *= 100;
                    lastPart = current;
                } else if (k.equals("thousand") && current >= 1 || k.equals("thousands") && current >= 3 && current <= 10) {
                    total += current * 1000;
                    current = 0;
                    lastPart = 1000;
                } else if ((k.equals("million") || k.equals("millions")) && (current >= 1 || total >= 1)) {
                    total = (total + current) * 1_000_000;
                    current = 0;
                    lastPart = 1_000_000;
                } else if ((k.equals("billion") || k.equals("billions")) && (current >= 1 || total >= 1)) {
                    total = (total + current) * 1_000_000_000L;
                    current = 0;
                    lastPart = 1_000_000_000L;
                } else {
                    break;
                }
            } else if (j > i) {
                // and + number: units before tens (5 and 20), smaller parts after larger (300 and 50)
                boolean additive = k.equals("unit") || k.equals("tens") || k.equals("hundreds") || k.equals("hundred")
                        || k.equals("thousand") || k.equals("thousands_fixed") || k.equals("one_of");
                boolean unitThenTens = lastPart >= 1 && lastPart <= 9 && k.equals("tens");
                boolean smallerPart = lastPart >= 100 && v < magnitude(lastPart);
                if (!additive || !(unitThenTens || smallerPart)) {
                    break;
                }
                current += v;
                lastPart = v;
            } else {
                if (isPluralMultiplier(x)) {
                    break;
                }
                current = v;
                lastPart = v;
            }
            j++;
        }
        if (j == i) {
            return -1;
        }
        if (isPercent(j)) {
            return j;
        }
        return emit(i, j, total + current, Qualifier.EXACT, j);
    }

    private static boolean isPluralMultiplier(NumberWords.Entry x) {
        return x.is("thousands") || x.is("millions") || x.is("billions");
    }

    private static long magnitude(long v) {
        long m = 1;
        while (m * 10 <= v) {
            m *= 10;
        }
        return m;
    }

    /** A dual count noun (two killed, two soldiers, two cars) → 2. */
    private int dual(int i) {
        Token t = toks.get(i);
        String singular = dualSingular(t);
        if (singular == null) {
            return -1;
        }
        Token prev = tok(i - 1);
        if (t.proclitics().endsWith(Affixes.ARTICLE) && prev != null && joined(i) && prev.kind() == TokenKind.WORD
                && (prev.norm().endsWith(Affixes.DUAL_OBLIQUE) || prev.norm().endsWith(Affixes.DUAL_NOMINATIVE))) {
            return -1; // "the two brotherly countries": an adjective agreeing with a dual
        }
        int end = i + 1;
        NumberWords.Entry two = joined(i + 1) ? entry(i + 1) : null;
        if (two != null && two.is("unit") && two.value() == 2) {
            end = i + 2; // dual noun + "two"
        }
        return emitWithNoun(i, end, 2L, Qualifier.EXACT, singular);
    }

    static String dualSingular(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return null;
        }
        for (String s : t.stems()) {
            if (s.length() < 5) {
                continue;
            }
            boolean an = s.endsWith(Affixes.DUAL_NOMINATIVE);
            boolean yn = s.endsWith(Affixes.DUAL_OBLIQUE);
            if (!an && !yn) {
                continue;
            }
            String base = s.substring(0, s.length() - 2);
            String forms = DUAL.get(base);
            if (forms != null && (an || forms.equals("both"))) {
                return base;
            }
            if (base.endsWith(Affixes.FEMININE_T)) {
                String fem = base.substring(0, base.length() - Affixes.FEMININE_T.length()) + Affixes.HEH;
                forms = DUAL.get(fem);
                if (forms != null && (an || forms.equals("both"))) {
                    return fem;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- mentions

    private int emit(int i, int end, Long value, Qualifier q, int nounAt) {
        int k = nounAt;
        if (is(k, OF) && joined(k)) {
            k++;
        }
        String noun = null;
        Token nt = tok(k);
        if (nt != null && joined(k) && nt.kind() == TokenKind.WORD && !inDate[k] && entry(k) == null
                && !NOT_NOUN.contains(nt.norm()) && !(nt.stems().size() > 1 && NOT_NOUN.contains(nt.stems().get(1)))
                && !startsAfterQualifier(k)) {
            noun = nounForm(nt, value);
        }
        int r = emitWithNoun(i, end, value, q, noun);
        return r;
    }

    private boolean startsAfterQualifier(int k) {
        for (Qual a : AFTER) {
            if (is(k, a.words[0])) {
                return true;
            }
        }
        return false;
    }

    /** The counted noun: without proclitics or tamyiz alef. */
    static String nounForm(Token t, Long value) {
        List<String> st = t.stems();
        String s = t.norm();
        String pro = t.proclitics();
        if (pro.endsWith(Affixes.ARTICLE) || pro.endsWith(Affixes.LAM_ARTICLE)) {
            // only the article is stripped: after a number a bare preposition letter is far more often a root letter
            s = st.get(st.size() - 1);
            if (!t.enclitic().isEmpty() && st.size() >= 2) {
                s = st.get(st.size() - 2);
            }
        }
        if (s.length() < 2) {
            return null;
        }
        if (value != null && value >= 11 && value % 100 >= 11 && value % 100 <= 99 && s.length() >= 4 && s.endsWith(Affixes.TAMYIZ_ALEF)) {
            s = s.substring(0, s.length() - Affixes.TAMYIZ_ALEF.length());
        }
        return s;
    }

    private int emitWithNoun(int i, int end, Long value, Qualifier q, String noun) {
        int start = toks.get(i).start();
        int stop = toks.get(end - 1).end();
        Qualifier qual = q;
        // a leading qualifier
        for (Qual b : BEFORE) {
            int k = b.words.length;
            if (i - k < 0) {
                continue;
            }
            boolean ok = has(i - k, b.words[0]) && joined(i - k + 1);
            for (int m = 1; m < k && ok; m++) {
                ok = is(i - k + m, b.words[m]) && joined(i - k + m);
            }
            if (ok && (q == Qualifier.EXACT)) {
                qual = b.q;
                start = toks.get(i - k).start();
                break;
            }
        }
        // a trailing qualifier, right after the number or after its noun
        if (qual == Qualifier.EXACT) {
            for (int at = end; at <= end + 1 && qual == Qualifier.EXACT; at++) {
                if (at > end && (noun == null || !joined(at))) {
                    break;
                }
                for (Qual a : AFTER) {
                    boolean ok = joined(at) || at == end && joined(at);
                    for (int m = 0; m < a.words.length && ok; m++) {
                        ok = is(at + m, a.words[m]) && joined(at + m);
                    }
                    if (ok) {
                        qual = a.q;
                        stop = toks.get(at + a.words.length - 1).end();
                        break;
                    }
                }
            }
        }
        out.add(new NumberMention(start, stop, value, qual, noun));
        return end;
    }
}
