package org.rasd.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasd.text.ArabicNormalizer;

/**
 * Lookup keys for Arabic place names, on top of {@link ArabicNormalizer#normalize}: hamza carriers folded
 * (ؤ→و, ئ→ي, lone ء dropped), punctuation and hyphens to spaces, and the article ال dropped from every word
 * ("خور المكسر" and "خور مكسر" share the key "خور مكسر"). Also generates the clitic-stripped readings of a
 * single word (وبالطيبة → الطيبه, طيبه …).
 */
public final class NameKeys {
    private NameKeys() {
    }

    /** Normalized words of {@code s} with hamza folded, no ال dropping. */
    public static List<String> words(String s) {
        String n = ArabicNormalizer.normalize(s);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '\u0624' -> sb.append('\u0648');
                case '\u0626' -> sb.append('\u064A');
                case '\u0621' -> { }
                case '-', '\u2013', '\u2014', '_', '/', '(', ')', '"', '\'', '«', '»', '.', '،', ',' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : sb.toString().trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Folded single word (no ال dropping). */
    public static String fold(String word) {
        List<String> w = words(word);
        return String.join(" ", w);
    }

    /** A word without its article: "الطيبه" → "طيبه" (kept when too short). */
    public static String dropAl(String w) {
        if (w.length() > 4 && w.startsWith("ال")) {
            return w.substring(2);
        }
        return w;
    }

    /** The lookup key of a (possibly multi-word) name: folded words with ال dropped, space-joined. */
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

    private static final String[] CONJ = {"و", "ف"};
    private static final String[] PREP = {"ب", "ل", "ك"};

    /**
     * Readings of one folded word with proclitics stripped, most specific first, each with the stripped
     * prefix: "وببلده" → [(وببلده,""), (ببلده,"و"), (بلده,"وب")]. "لل" becomes ال ("للطيبه" → "الطيبه").
     */
    public static List<String[]> readings(String folded) {
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> out = new ArrayList<>();
        add(out, seen, folded, "");
        for (String c : new String[] {"", CONJ[0], CONJ[1]}) {
            if (!c.isEmpty() && !(folded.startsWith(c) && folded.length() - c.length() >= 2)) {
                continue;
            }
            String a = folded.substring(c.length());
            add(out, seen, a, c);
            for (String p : PREP) {
                if (a.startsWith(p) && a.length() - p.length() >= 2) {
                    String b = a.substring(p.length());
                    if (p.equals("ل") && b.startsWith("ل")) {
                        add(out, seen, "ا" + b, c + p);
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
