package org.rasd.audit;

import java.util.List;

/**
 * One row of a stream-audit worksheet: a sampled predicted event, what the judge needs to decide on it
 * (the coding, the sentence it came from and the article around it), and the judge's verdict.
 * The column order is the CSV header; {@code verdict} and {@code comment} are left empty for the judge.
 */
public record Worksheet(
        int n,
        String docId,
        int eventIndex,
        String published,
        String source,
        String title,
        String eventType,
        String subEventType,
        String eventDate,
        String place,
        String country,
        String lat,
        String lon,
        String geoPrecision,
        String actor1,
        String actor2,
        String fatalities,
        String confidence,
        String evidence,
        String context,
        String verdict,
        String comment) {

    /** CSV header, in component order. */
    public static final List<String> COLUMNS = List.of("n", "doc_id", "event_index", "published", "source", "title",
            "event_type", "sub_event_type", "event_date", "place", "country", "lat", "lon", "geo_precision",
            "actor1", "actor2", "fatalities", "confidence", "evidence", "context", "verdict", "comment");
}
