package org.rasd.ingest;

import java.time.LocalDate;
import java.util.List;
import org.rasd.fixtures.Daraa;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;
import org.rasd.store.Store;

/**
 * A child process for {@link KillDuringIngestTest}: ingests a JSONL file into a store with a deterministic stand-in
 * extractor, printing "extracted N" as it goes so that the parent can kill it mid-run.
 */
public final class KillIngestChild {
    private KillIngestChild() {
    }

    /** One clash at Tafas per document, on one of 40 days: many documents merge into each incident. */
    static final Extractor EXTRACTOR = a -> {
        int i = Integer.parseInt(a.docId().substring(1));
        LocalDate day = Daraa.JULY_2.minusDays(i % 40);
        Event e = Daraa.event("Battles", "Armed clash", day, Daraa.REBELS, Daraa.SYRIAN_ARMY, Daraa.TAFAS,
                i % 7, false, a.text(), "طفس", "Clash near Tafas.");
        return new ExtractionResult(a.docId(), List.of(e));
    };

    public static void main(String[] args) {
        int[] n = {0};
        Extractor slow = a -> {
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (n) {
                System.out.println("extracted " + ++n[0]);
                System.out.flush();
            }
            return EXTRACTOR.extract(a);
        };
        try (Store store = Store.open(args[0])) {
            IngestReport r = new Ingestor(store, slow, 2).log(null).ingest(List.of(args[1]), false);
            System.out.println("done " + r);
        }
    }
}
