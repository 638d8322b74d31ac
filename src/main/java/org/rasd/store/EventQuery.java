package org.rasd.store;

import java.time.LocalDate;

/**
 * Filters for listing events; every field is optional (null = no filter). {@code bbox} is
 * minLon, minLat, maxLon, maxLat. {@code q} searches notes, place names and actors (case-insensitive).
 * {@code review}: confirmed (with corrected), corrected, rejected, reviewed or unreviewed; {@code sort}: date (newest
 * first, the default) or confidence (lowest first: the review queue).
 */
public record EventQuery(LocalDate from, LocalDate to, String country, String admin1, String eventType,
                         String subEventType, String actor, double[] bbox, String q, int limit, int offset,
                         String review, String sort) {
    public static final int MAX_LIMIT = 10_000;

    public EventQuery {
        limit = limit <= 0 ? 100 : Math.min(limit, MAX_LIMIT);
        offset = Math.max(0, offset);
        if (sort != null && !sort.isBlank() && !"date".equals(sort) && !"confidence".equals(sort)) {
            throw new IllegalArgumentException("sort must be date or confidence");
        }
        if (bbox != null && bbox.length != 4) {
            throw new IllegalArgumentException("bbox needs 4 numbers: minLon,minLat,maxLon,maxLat");
        }
    }

    /** Without review filter, newest first. */
    public EventQuery(LocalDate from, LocalDate to, String country, String admin1, String eventType, String subEventType,
                      String actor, double[] bbox, String q, int limit, int offset) {
        this(from, to, country, admin1, eventType, subEventType, actor, bbox, q, limit, offset, null, null);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, MAX_LIMIT, 0);
    }
}
