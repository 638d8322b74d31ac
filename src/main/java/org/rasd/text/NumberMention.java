package org.rasd.text;

/**
 * A number in the text: digits in any script or Arabic number words (also duals on nouns: "two killed" → 2,
 * noun = the singular). {@code value} is null only for vague quantities without a number ("dozens" → DOZENS).
 * {@code start} includes a leading qualifier ("about", "more than" ...) when present.
 */
public record NumberMention(int start, int end, Long value, Qualifier qualifier, String noun) {
}
