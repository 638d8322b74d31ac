package org.rasd.ingest;

import java.util.List;

/**
 * Counts of one ingestion run. {@code seen} counts documents read (good or bad), {@code duplicates} those
 * already stored, {@code failed} bad documents or failed extractions; {@code problems} holds their
 * {@code origin: message} lines (the first 1000).
 */
public record IngestReport(int seen, int added, int duplicates, int failed, int eventsAdded, int eventsMerged,
                           List<String> problems) {
    public IngestReport {
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        return String.format("%d documents: %d new, %d already stored, %d failed; events: %d new, %d merged into "
                + "reports of other sources", seen, added, duplicates, failed, eventsAdded, eventsMerged);
    }
}
