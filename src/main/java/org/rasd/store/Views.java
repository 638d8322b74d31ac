package org.rasd.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rasd.model.Evidence;

/** Read models the store returns to the API. */
public final class Views {
    private Views() {
    }

    /** One page of events and the total that matched. */
    public record Page(long total, List<EventRow> events) {
    }

    /**
     * One article's report of an event: its own reading (JSON of the extracted event) and evidence spans;
     * {@code reportId} is the report's row (what a split names).
     */
    public record SourceRef(long articleId, String docId, String source, String url, String title,
                            LocalDate published, Integer fatalities, List<Evidence> evidence, String eventJson,
                            long reportId) {
    }

    public record EventDetail(EventRow event, List<SourceRef> sources) {
    }

    /** An evidence span of an event inside an article's text. */
    public record Span(long eventId, String eventType, String subEventType, int start, int end, String role,
                       String text) {
    }

    public record ArticleView(long id, String docId, String source, String url, LocalDate published, String title,
                              String text, List<Span> spans) {
    }

    public record DayCount(LocalDate day, long events, long fatalities) {
    }

    public record Stats(long events, long fatalities, List<DayCount> byDay, Map<String, Long> byType,
                        Map<String, Long> byCountry) {
    }

    public record Counts(long articles, long events, long sources) {
    }
}
