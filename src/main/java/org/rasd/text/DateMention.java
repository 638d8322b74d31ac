package org.rasd.text;

import java.time.LocalDate;

/**
 * A date expression resolved against the publication date. {@code precision}: 1 day, 2 week or
 * "recent days", 3 month. {@code date} is null when it cannot be resolved (no publication date).
 * {@code relative} for yesterday, today, weekday names and the like.
 */
public record DateMention(int start, int end, LocalDate date, int precision, boolean relative) {
}
