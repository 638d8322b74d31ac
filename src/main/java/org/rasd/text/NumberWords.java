package org.rasd.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The number-word table ({@code number-words.tsv}), keyed by normalized form. */
public final class NumberWords {
    /** One table row: {@code value} is null for vague quantities and plural multipliers. */
    public record Entry(String word, Long value, String kind, String gloss, boolean tehMarbuta) {
        public boolean is(String k) {
            return kind.equals(k);
        }
    }

    private static final Map<String, Entry> TABLE = new HashMap<>();

    static {
        for (String[] row : TextData.rows("number-words.tsv")) {
            String w = ArabicNormalizer.normalize(row[0]);
            Long v = row[1].isEmpty() ? null : Long.valueOf(row[1]);
            TABLE.putIfAbsent(w, new Entry(w, v, row[3], row[2], row[0].endsWith(String.valueOf(ArabicNormalizer.TEH_MARBUTA))));
        }
    }

    private NumberWords() {
    }

    private static boolean endsWithTehMarbuta(String surface) {
        for (int k = surface.length() - 1; k >= 0; k--) {
            char c = surface.charAt(k);
            if (ArabicNormalizer.map(c) == 0) {
                continue;
            }
            return c == ArabicNormalizer.TEH_MARBUTA || c == '\uFE93' || c == '\uFE94';
        }
        return false;
    }

    /** The entry for a normalized word, or null. */
    public static Entry get(String normWord) {
        return TABLE.get(normWord);
    }

    /**
     * The entry for a token: its normalized form first, then its clitic-stripped stems ("and three" → "three"),
     * or null. Ordinals are found with or without the article ("the fourth" → "fourth").
     */
    public static Entry lookup(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return null;
        }
        List<String> stems = t.stems();
        for (String s : stems) {
            Entry e = TABLE.get(s);
            if (e != null) {
                if (e.tehMarbuta() && !endsWithTehMarbuta(t.surface())) {
                    return null; // "he counted it" (final pronoun heh) is not "several" (final teh marbuta)
                }
                return e;
            }
        }
        return null;
    }
}
