package org.rasd.text;

/**
 * Arabic orthographic normalization for matching, with a map back to original offsets.
 *
 * <p>What it does (each rule names the Unicode characters it touches):
 * <ul>
 *   <li>ALEF_WITH_HAMZA_ABOVE, ALEF_WITH_HAMZA_BELOW, ALEF_WITH_MADDA_ABOVE, ALEF_WASLA → ALEF</li>
 *   <li>TEH_MARBUTA → HEH; ALEF_MAKSURA → YEH; Persian KEHEH → KAF, FARSI_YEH → YEH</li>
 *   <li>harakat (FATHATAN … SUKUN), SUPERSCRIPT_ALEF, Quranic marks and TATWEEL removed</li>
 *   <li>bidi and zero-width controls (LRM, RLM, ZWJ, ZWNJ, ZWSP, LRE…PDF, LRI…PDI, BOM) removed</li>
 *   <li>NBSP and other Unicode spaces → SPACE; Eastern Arabic and Persian digits → ASCII digits;
 *       ARABIC_COMMA etc. kept as they are</li>
 * </ul>
 * Characters are only deleted or replaced one for one, so {@link NormalizedText} can map every
 * normalized position back to the original text.
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

    private ArabicNormalizer() {
    }

    /** Normalized form of one character, or {@code 0} when the character is dropped. */
    public static char map(char c) {
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
                return ALEF;
            case TEH_MARBUTA:
                return HEH;
            case ALEF_MAKSURA, FARSI_YEH:
                return YEH;
            case KEHEH:
                return KAF;
            case TATWEEL:
                return 0;
            case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
                    '\u2006', '\u2008', '\u2009', '\u200A', '\u3000', '\t':
                return ' ';
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D',
                    '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u061C', '\u00AD':
                return 0;
            default:
                break;
        }
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c >= '\u06D6' && c <= '\u06ED' && c != '\u06DE' && c != '\u06E9') {
            return 0; // harakat, superscript alef, Quranic annotation marks
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return c;
    }

    /** The normalized form of {@code s} (for lexicon keys and lookups). */
    public static String normalize(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char m = map(s.charAt(i));
            if (m != 0) {
                sb.append(m);
            }
        }
        return sb.toString();
    }

    /** Normalizes {@code original} and keeps, for each normalized position, its original offset. */
    public static NormalizedText normalizeWithOffsets(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char m = map(original.charAt(i));
            if (m != 0) {
                sb.append(m);
                map[n++] = i;
            }
        }
        map[n] = original.length();
        return new NormalizedText(original, sb.toString(), java.util.Arrays.copyOf(map, n + 1));
    }

    /** True for letters of the Arabic block (after normalization). */
    public static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3' || c >= '\u06FA' && c <= '\u06FF';
    }
}
