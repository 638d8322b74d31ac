package org.rasd.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasd.text.Affixes;
import org.rasd.text.ArabicNormalizer;

/**
 * Lookup keys for Arabic place names, on top of {@link ArabicNormalizer#normalize}: hamza carriers folded
 * (waw with hamza to waw, yeh with hamza to yeh, a lone hamza dropped), punctuation and hyphens to spaces, and
 * the article dropped from every word (Khor al-Maksar and Khor Maksar share a key). Also generates the
 * clitic-stripped readings of a single word ("and in al-Tayba" gives al-Tayba, Tayba …). The article and the
 * proclitics are those of {@link Affixes}.
 */
public final class NameKeys {
    private NameKeys() {
    }

    /** Normalized words of {@code s} with hamza folded, the article kept. */
    public static List<String> words(String s) {
        String n = ArabicNormalizer.normalize(s);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '\u0624' -> sb.append('\u0648');
                case '\u0626' -> sb.append('\u064A');
                case '\u0621' -> { }
                case '-', '\u2013', '\u2014', '_', '/', '(', ')', '"', '\'', '\u00AB', '\u00BB', '.', '\u060C', ','
                        -> sb.append(' '); // guillemets, the Arabic comma
                default -> sb.append(c);
            }
        }
        // sb.toString().trim().split("\\s+") without the pattern: trim's bounds (chars up to U+0020), then runs of
        // the regular expression's whitespace (space, \t, \n, \u000B, \f, \r) between words
        List<String> out = new ArrayList<>();
        int from = 0;
        int to = sb.length();
        while (from < to && sb.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && sb.charAt(to - 1) <= ' ') {
            to--;
        }
        int w = from;
        for (int i = from; i <= to; i++) {
            if (i == to || isRegexSpace(sb.charAt(i))) {
                if (i > w) {
                    out.add(sb.substring(w, i));
                }
                w = i + 1;
            }
        }
        return out;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Folded single word (the article kept). */
    public static String fold(String word) {
        String n = ArabicNormalizer.normalize(word);
        if (plain(n)) {
            return n; // one word that folding leaves as it is (the common case): words(word) would be [n]
        }
        return String.join(" ", words(word));
    }

    /** Whether {@link #words} keeps {@code n} whole: no char it folds, drops or splits on, none up to U+0020. */
    private static boolean plain(String n) {
        for (int i = 0; i < n.length(); i++) {
            switch (n.charAt(i)) {
                case '\u0624', '\u0626', '\u0621', '-', '\u2013', '\u2014', '_', '/', '(', ')', '"', '\'', '\u00AB', '\u00BB', '.',
                        '\u060C', ',' -> {
                    return false;
                }
                default -> {
                    if (n.charAt(i) <= ' ') {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A word without its article: al-Tayba gives Tayba (kept when too short). */
    public static String dropAl(String w) {
        if (w.length() > 4 && w.startsWith(Affixes.ARTICLE)) {
            return w.substring(Affixes.ARTICLE.length());
        }
        return w;
    }

    /** The lookup key of a (possibly multi-word) name: folded words with the article dropped, space-joined. */
    public static String key(String name) {
        List<String> ws = words(name);
        StringBuilder sb = new StringBuilder();
        for (String w : ws) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(dropAl(w));
        }
        return sb.toString();
    }

    /** Key of words already folded. */
    public static String keyOfFolded(List<String> folded) {
        StringBuilder sb = new StringBuilder();
        for (String w : folded) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(dropAl(w));
        }
        return sb.toString();
    }

    private static final String[] CONJ = letters(Affixes.CONJUNCTION_LETTERS);
    private static final String[] PREP = letters(Affixes.PREPOSITION_LETTERS);
    /** The preposition li-, which before the article contracts (li + al- is written lil-). */
    private static final String LI = Affixes.LAM_ARTICLE.substring(0, 1);

    private static String[] letters(String s) {
        String[] out = new String[s.length()];
        for (int i = 0; i < s.length(); i++) {
            out[i] = String.valueOf(s.charAt(i));
        }
        return out;
    }

    /**
     * Readings of one folded word with proclitics stripped, most specific first, each with the stripped
     * prefix: wa-bi-balda gives [(wa-bi-balda, ""), (bi-balda, wa), (balda, wa-bi)]. lil- becomes al- (lil-Tayba
     * gives al-Tayba).
     */
    public static List<String[]> readings(String folded) {
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> out = new ArrayList<>();
        add(out, seen, folded, "");
        String[] conj = new String[CONJ.length + 1];
        conj[0] = "";
        System.arraycopy(CONJ, 0, conj, 1, CONJ.length);
        for (String c : conj) {
            if (!c.isEmpty() && !(folded.startsWith(c) && folded.length() - c.length() >= 2)) {
                continue;
            }
            String a = folded.substring(c.length());
            add(out, seen, a, c);
            for (String p : PREP) {
                if (a.startsWith(p) && a.length() - p.length() >= 2) {
                    String b = a.substring(p.length());
                    if (p.equals(LI) && b.startsWith(LI)) {
                        add(out, seen, Affixes.ARTICLE.substring(0, 1) + b, c + p);
                    }
                    add(out, seen, b, c + p);
                }
            }
        }
        return out;
    }

    private static void add(List<String[]> out, Set<String> seen, String form, String prefix) {
        if (form.length() >= 2 && seen.add(form)) {
            out.add(new String[] {form, prefix});
        }
    }
}
