package org.rasd.text;

/**
 * A normalized text with a map back to the original: {@code toOriginal[i]} is the original offset of
 * normalized character {@code i}; {@code toOriginal[normalized.length()]} is the original length.
 * The map is non-decreasing; several normalized characters share one original offset when a
 * presentation-form ligature expanded (lam-alef → lam + alef).
 */
public record NormalizedText(String original, String normalized, int[] toOriginal) {
    /** Original offset of the normalized start position {@code i}. */
    public int originalStart(int i) {
        return toOriginal[i];
    }

    /**
     * Original end offset (exclusive) of a normalized span ending at {@code end} (exclusive). It covers
     * the dropped marks (harakat, shadda, tatweel) that follow the last character, so the span of a word ending in shadda + fatha
     * includes the shadda and fatha.
     */
    public int originalEnd(int end) {
        if (end <= 0) {
            return toOriginal[0];
        }
        int e = toOriginal[end - 1] + 1;
        int limit = toOriginal[end];
        String o = original;
        while (e < limit && ArabicNormalizer.isDroppedMark(o.charAt(e))) {
            e++;
        }
        return e;
    }

    /** Original span of the normalized range {@code [start, end)}. */
    public Span originalSpan(int start, int end) {
        int s = originalStart(start);
        int e = originalEnd(end);
        return new Span(s, Math.max(s, e));
    }

    /** Length of the normalized text. */
    public int length() {
        return normalized.length();
    }
}
