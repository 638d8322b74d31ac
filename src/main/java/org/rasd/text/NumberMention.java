package org.rasd.text;

/**
 * A number in the text: digits in any script or Arabic number words (also duals on nouns: قتيلين → 2,
 * noun "قتيل"). {@code value} is null only for vague quantities without a number (عشرات → DOZENS).
 * {@code start} includes a leading qualifier (نحو، أكثر من …) when present.
 */
public record NumberMention(int start, int end, Long value, Qualifier qualifier, String noun) {
}
