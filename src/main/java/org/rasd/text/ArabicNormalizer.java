package org.rasd.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Arabic orthographic normalization for matching, with a map back to original offsets.
 *
 * <p>The rules follow Lucene's {@code org.apache.lucene.analysis.ar.ArabicNormalizer} (alef forms, teh
 * marbuta, alef maksura, tatweel, harakat) and add what news text needs:
 * <ul>
 *   <li>ALEF_WITH_HAMZA_ABOVE, ALEF_WITH_HAMZA_BELOW, ALEF_WITH_MADDA_ABOVE, ALEF_WASLA, wavy-hamza alefs → ALEF</li>
 *   <li>TEH_MARBUTA → HEH; ALEF_MAKSURA → YEH; Persian KEHEH → KAF, FARSI_YEH → YEH</li>
 *   <li>harakat (FATHATAN … SUKUN), SUPERSCRIPT_ALEF, Quranic marks and TATWEEL removed</li>
 *   <li>bidi and zero-width controls (LRM, RLM, ALM, ZWJ, ZWNJ, ZWSP, LRE…PDF, LRI…PDI, BOM, soft hyphen) removed</li>
 *   <li>NBSP and other Unicode spaces → SPACE; LINE/PARAGRAPH SEPARATOR and NEL → newline</li>
 *   <li>Eastern Arabic and Persian digits → ASCII digits; ARABIC DECIMAL SEPARATOR → '.', ARABIC THOUSANDS
 *       SEPARATOR → ','; ARABIC_COMMA etc. kept as they are</li>
 *   <li>Arabic presentation forms (U+FB50…U+FDFF, U+FE70…U+FEFC, including the lam-alef ligatures
 *       U+FEF5…U+FEFC) and small/vertical punctuation forms are NFKC-decomposed, then normalized as above;
 *       a ligature may thus give several normalized characters, all mapped to the one original character.</li>
 * </ul>
 * {@link #normalizeWithOffsets(String)} keeps, for every normalized character, the original offset it came
 * from, so every normalized span maps back to the original text (see {@link NormalizedText}).
 */
public final class ArabicNormalizer {
    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char FARSI_YEH = '\u06CC';
    public static final char KEHEH = '\u06A9';
    public static final char KAF = '\u0643';
    public static final char TATWEEL = '\u0640';

    private static final int PRES_LO = 0xFB1D;
    private static final int PRES_HI = 0xFEFE;
    /** Normalized expansion of each presentation-form character (null = not a presentation form). */
    private static final String[] EXPANSION = new String[PRES_HI - PRES_LO + 1];

    static {
        for (int c = PRES_LO; c <= PRES_HI; c++) {
            boolean pres = c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFC || c >= 0xFE10 && c <= 0xFE19
                    || c >= 0xFE30 && c <= 0xFE6F || c >= 0xFB1D && c <= 0xFB4F;
            if (!pres || !Character.isDefined(c)) {
                continue;
            }
            String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            if (nfkc.length() == 1 && nfkc.charAt(0) == c) {
                continue;
            }
            StringBuilder sb = new StringBuilder(nfkc.length());
            for (int i = 0; i < nfkc.length(); i++) {
                char m = mapSimple(nfkc.charAt(i));
                if (m != 0) {
                    sb.append(m);
                }
            }
            String e = sb.toString();
            if (e.isBlank()) {
                e = ""; // isolated harakat forms ("\u0020\u064B"): dropped like the harakat themselves
            }
            EXPANSION[c - PRES_LO] = e;
        }
    }

    private ArabicNormalizer() {
    }

    /**
     * Normalized form of one character, or {@code 0} when the character is dropped. For a presentation
     * form that expands to several characters (lam-alef ligatures, word ligatures) this is the first one;
     * use {@link #expand(char)} or {@link #normalize(CharSequence)} for the full expansion.
     */
    public static char map(char c) {
        if (c >= PRES_LO && c <= PRES_HI) {
            String e = EXPANSION[c - PRES_LO];
            if (e != null) {
                return e.isEmpty() ? 0 : e.charAt(0);
            }
        }
        return mapSimple(c);
    }

    /**
     * The normalized expansion of a presentation-form character (the lam-alef ligature → lam + alef), or null when {@code c} is
     * not one (then {@link #map(char)} is its one-character normalization).
     */
    public static String expand(char c) {
        return c >= PRES_LO && c <= PRES_HI ? EXPANSION[c - PRES_LO] : null;
    }

    private static char mapSimple(char c) {
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, '\u0672', '\u0673', '\u0675':
                return ALEF;
            case TEH_MARBUTA:
                return HEH;
            case ALEF_MAKSURA, FARSI_YEH, '\u06D0':
                return YEH;
            case KEHEH:
                return KAF;
            case TATWEEL:
                return 0;
            case '\u066B':
                return '.';
            case '\u066C':
                return ',';
            case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
                    '\u2006', '\u2008', '\u2009', '\u200A', '\u205F', '\u3000', '\t', '\u000B', '\u000C':
                return ' ';
            case '\u2028', '\u2029', '\u0085':
                return '\n';
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D',
                    '\u202E', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u061C', '\u00AD':
                return 0;
            default:
                break;
        }
        if (isDroppedMark(c)) {
            return 0;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return c;
    }

    /** True for the marks dropped as part of a letter: harakat, superscript alef, Quranic marks, tatweel. */
    public static boolean isDroppedMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == TATWEEL
                || c >= '\u06D6' && c <= '\u06ED' && c != '\u06DE' && c != '\u06E9'
                || c >= '\u0610' && c <= '\u061A';
    }

    /** The normalized form of {@code s} (for lexicon keys and lookups). */
    public static String normalize(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = expand(c);
            if (e != null) {
                sb.append(e);
                continue;
            }
            char m = mapSimple(c);
            if (m != 0) {
                sb.append(m);
            }
        }
        return sb.toString();
    }

    /** Normalizes {@code original} and keeps, for each normalized position, its original offset. */
    public static NormalizedText normalizeWithOffsets(String original) {
        int len = original.length();
        StringBuilder sb = new StringBuilder(len);
        int[] map = new int[len + 1];
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = original.charAt(i);
            String e = expand(c);
            if (e != null) {
                if (n + e.length() + 2 > map.length) {
                    map = Arrays.copyOf(map, Math.max(map.length * 2, n + e.length() + 1));
                }
                for (int k = 0; k < e.length(); k++) {
                    sb.append(e.charAt(k));
                    map[n++] = i;
                }
                continue;
            }
            char m = mapSimple(c);
            if (m != 0) {
                if (n + 2 > map.length) {
                    map = Arrays.copyOf(map, map.length * 2);
                }
                sb.append(m);
                map[n++] = i;
            }
        }
        map[n] = len;
        return new NormalizedText(original, sb.toString(), n + 1 == map.length ? map : Arrays.copyOf(map, n + 1));
    }

    /** True for letters of the Arabic blocks (after normalization), Arabic Supplement and Extended-A included. */
    public static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3' || c >= '\u06FA' && c <= '\u06FF'
                || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08C9';
    }
}
