package org.rasd.text;

/**
 * A normalized text with a map back to the original: {@code toOriginal[i]} is the original offset of
 * normalized character {@code i}; {@code toOriginal[normalized.length()]} is the original length.
 */
public record NormalizedText(String original, String normalized, int[] toOriginal) {
    /** Original offset of the normalized start position {@code i}. */
    public int originalStart(int i) {
        return toOriginal[i];
    }

    /** Original end offset (exclusive) of a normalized span ending at {@code end} (exclusive). */
    public int originalEnd(int end) {
        if (end <= 0) {
            return toOriginal[0];
        }
        return toOriginal[end - 1] + 1;
    }
}
