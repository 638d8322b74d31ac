package org.rasd.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Arabic ↔ Latin skeletons (translit.tsv), to match an Arabic mention with a place known only by its Latin name
 * (Maroua for مروة, Khouribga for خريبقة). Both scripts are mapped to a pattern of consonant classes (B T K H X D R Z
 * S F L M N) and vowels (V); the <em>skeleton</em> (the consonants, repeats collapsed) is the index key, and
 * {@link #compatible} then checks the vowels: Arabic writes long vowels and leaves short ones out, so a vowel the
 * Arabic writes between two consonants must be in the Latin name, while the Latin name may have more; a word-initial
 * and a word-final vowel must agree (a final e after a consonant may be silent, as in Taounate / تاونات).
 */
public final class Transliteration {
    private static final Map<Character, Character> ARABIC = new HashMap<>();
    /** Arabic sequences of two or more letters read as one class (تش: English ch), by their first letter, longest first. */
    private static final Map<Character, List<String[]>> ARABIC_SEQ = new HashMap<>();
    /** Latin sequences by their first letter, longest first. */
    private static final Map<Character, List<String[]>> LATIN = new HashMap<>();
    /** Spellings of one country's names (script la@TR: the Turkish c is a j), by country, then as LATIN. */
    private static final Map<String, Map<Character, List<String[]>>> NATIONAL = new HashMap<>();
    private static final char VOWEL = 'V';
    private static final char E = 'E';
    private static final char HEH = '\u0647';

    static {
        for (String[] r : PlaceLexicon.rows("translit.tsv")) {
            String from = r[1].trim();
            String cls = r[2].trim();
            String script = r[0].trim();
            if (script.equals("ar") && from.length() > 1) {
                ARABIC_SEQ.computeIfAbsent(from.charAt(0), k -> new ArrayList<>()).add(new String[] {from, cls});
            } else if (script.equals("ar")) {
                ARABIC.put(from.charAt(0), cls.equals("-") ? '-' : cls.charAt(0));
            } else {
                Map<Character, List<String[]>> into = script.startsWith("la@")
                        ? NATIONAL.computeIfAbsent(script.substring(3), k -> new HashMap<>()) : LATIN;
                into.computeIfAbsent(from.charAt(0), k -> new ArrayList<>()).add(new String[] {from, cls.equals("-") ? "" : cls});
            }
        }
        for (List<String[]> l : LATIN.values()) {
            l.sort((a, b) -> b[0].length() - a[0].length());
        }
        for (List<String[]> l : ARABIC_SEQ.values()) {
            l.sort((a, b) -> b[0].length() - a[0].length());
        }
        for (Map<Character, List<String[]>> m : NATIONAL.values()) {
            for (List<String[]> l : m.values()) {
                l.sort((a, b) -> b[0].length() - a[0].length());
            }
        }
    }

    /** Countries whose places are matched through Latin names (translit-countries.tsv by region, then by country). */
    private static final java.util.Set<String> TRANSLITERATED = new java.util.HashSet<>();

    static {
        Map<String, Boolean> byKey = new HashMap<>();
        for (String[] r : PlaceLexicon.rows("translit-countries.tsv")) {
            byKey.put(r[0].trim(), r[1].trim().equals("1"));
        }
        for (String[] r : PlaceLexicon.countries()) {
            String iso = r[0].trim();
            Boolean own = byKey.get(iso);
            boolean yes = own != null ? own : byKey.getOrDefault(PlaceLexicon.col(r, 6), false);
            if (yes) {
                TRANSLITERATED.add(iso);
            }
        }
    }

    private Transliteration() {
    }

    /** Whether places of this country may be matched through their Latin names. */
    public static boolean transliterated(String iso2) {
        return TRANSLITERATED.contains(iso2);
    }

    /**
     * The pattern of one folded Arabic word (article and clitics already off), or null when a letter has no class.
     * A word-final heh (the folded teh marbuta) is a vowel. A sequence of translit.tsv (تش, English ch) is one class.
     * A consonant letter written twice is two consonants (بشكك, Bishkek: the Arabic writes no shadda as a second
     * letter, so a short vowel lies between), while a Latin double letter is one (Marrakesh, مراكش).
     */
    public static String arabicPattern(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        int i = 0;
        char prev = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            String seqCls = null;
            int len = 1;
            for (String[] seq : ARABIC_SEQ.getOrDefault(c, List.of())) {
                if (folded.startsWith(seq[0], i) && !(c == HEH && i + seq[0].length() == folded.length())) {
                    seqCls = seq[1];
                    len = seq[0].length();
                    break;
                }
            }
            if (seqCls != null) {
                for (int k = 0; k < seqCls.length(); k++) {
                    append(sb, seqCls.charAt(k));
                }
                prev = 0;
                i += len;
                continue;
            }
            // boxed on both sides: with a bare char the conditional would unbox a missing class and throw
            Character cls = c == HEH && i == folded.length() - 1 ? Character.valueOf(VOWEL) : ARABIC.get(c);
            if (cls == null) {
                return null;
            }
            if (cls != '-') {
                if (c == prev && !isVowel(cls)) {
                    sb.append(cls); // a letter written twice: two consonants
                } else {
                    append(sb, cls);
                }
            }
            prev = c;
            i++;
        }
        return sb.toString();
    }

    /**
     * The pattern of a Latin name of one word, or null for a name of several words (Al Mukalla, El-Jadida: names
     * with an article are Arabic names) or with a letter that has no class.
     */
    public static String latinPattern(String name) {
        return latinPattern(name, null);
    }

    /** {@link #latinPattern(String)} with the spellings of the name's country ({@code la@CC} rows) first. */
    public static String latinPattern(String name, String country) {
        Map<Character, List<String[]>> national = country == null ? Map.of() : NATIONAL.getOrDefault(country, Map.of());
        if (name == null) {
            return null;
        }
        String s = name.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.indexOf(' ') >= 0 || s.indexOf('-') >= 0) {
            return null;
        }
        String w = s;
        StringBuilder sb = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            String cls = null;
            int len = 1;
            for (List<String[]> seqs : List.of(national.getOrDefault(c, List.of()), LATIN.getOrDefault(c, List.of()))) {
                for (String[] seq : seqs) {
                    if (cls == null && w.startsWith(seq[0], i)) {
                        cls = seq[1];
                        len = seq[0].length();
                    }
                }
            }
            if (cls == null) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                if (base.length() == 1 && base.charAt(0) != c) {
                    w = w.substring(0, i) + base + w.substring(i + 1); // é → e, then read again
                    continue;
                }
                return null;
            }
            for (int k = 0; k < cls.length(); k++) {
                append(sb, cls.charAt(k));
            }
            i += len;
        }
        // a final h after a vowel is not written in Arabic (Sa'dah / صعدة)
        int n = sb.length();
        if (n >= 2 && sb.charAt(n - 1) == 'H' && isVowel(sb.charAt(n - 2))) {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }

    private static boolean isVowel(char c) {
        return c == VOWEL || c == E;
    }

    /** Appends a class: repeated consonants and runs of vowels collapse (ss, ou; a vowel run ending in e stays e). */
    private static void append(StringBuilder sb, char cls) {
        int n = sb.length();
        if (n > 0) {
            char last = sb.charAt(n - 1);
            if (last == cls) {
                return;
            }
            if (isVowel(last) && isVowel(cls)) {
                sb.setCharAt(n - 1, cls == E ? (last == VOWEL ? VOWEL : E) : VOWEL);
                return;
            }
        }
        sb.append(cls);
    }

    /** The consonant classes of a pattern (the index key; Papua gives BB); null for null. */
    public static String skeleton(String pattern) {
        if (pattern == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (!isVowel(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether an Arabic and a Latin pattern of the same skeleton can spell one name: a vowel the Arabic writes between
     * two consonants is in the Latin; a word-initial vowel is in both or neither; so is a word-final one, except that
     * a Latin final e after a consonant may be silent.
     */
    public static boolean compatible(String arabic, String latin) {
        if (arabic == null || latin == null) {
            return false;
        }
        // one walk over both patterns, consonant by consonant (no skeleton strings, no gap arrays): the same answer as
        // comparing skeleton(arabic) with skeleton(latin), then gaps(arabic) with gaps(latin) as the rules above say
        int na = arabic.length();
        int nl = latin.length();
        boolean silentE = nl >= 2 && latin.charAt(nl - 1) == E && !isVowel(latin.charAt(nl - 2));
        int i = 0;
        int j = 0;
        for (int k = 0;; k++) {
            boolean va = false;
            while (i < na && isVowel(arabic.charAt(i))) {
                va = true;
                i++;
            }
            boolean vl = false;
            while (j < nl && isVowel(latin.charAt(j))) {
                vl = true;
                j++;
            }
            boolean endA = i == na;
            if (endA != (j == nl)) {
                return false; // skeletons of different lengths
            }
            if (k == 0 && va != vl) {
                return false; // a word-initial vowel in one only
            }
            if (endA) {
                // the gap after the last consonant: the Latin may add a silent final e only
                return va ? vl : !vl || silentE;
            }
            if (arabic.charAt(i) != latin.charAt(j)) {
                return false;
            }
            if (k > 0 && va && !vl) {
                return false; // a vowel the Arabic writes between two consonants, missing in the Latin
            }
            i++;
            j++;
        }
    }
}
