package org.rasd.model;

import java.util.List;

/** The events Rasd found in one article. */
public record ExtractionResult(String docId, List<Event> events) {
    public ExtractionResult {
        events = List.copyOf(events);
    }
}
