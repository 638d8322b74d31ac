package org.rasd.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.rasd.io.OrderedPool;
import org.rasd.io.Progress;
import org.rasd.model.Article;
import org.rasd.model.ExtractionResult;
import org.rasd.store.Store;
import org.rasd.store.StoreOutcome;

/**
 * Reads inputs, extracts events in worker threads and stores each article with its events, writes
 * serialized in input order. Idempotent: an article already stored (same URL or same content hash) is
 * skipped before extraction.
 */
public final class Ingestor {
    private static final int MAX_PROBLEMS = 1000;

    /** Default per-document limits, as for {@code rasd extract --in}. */
    public static final long DEFAULT_MAX_CHARS = 1_000_000;
    public static final Duration DEFAULT_MAX_TIME = Duration.ofSeconds(120);

    private final Store store;
    private final Extractor extractor;
    private final int threads;
    private PrintStream log = System.err;
    private long maxChars = DEFAULT_MAX_CHARS;
    private Duration maxTime = DEFAULT_MAX_TIME;

    public Ingestor(Store store, Extractor extractor, int threads) {
        this.store = store;
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    /** Where bad documents are reported ({@code origin: message}); null silences them. */
    public Ingestor log(PrintStream out) {
        this.log = out;
        return this;
    }

    /**
     * Per-document limits: a longer text or a longer extraction is reported as a failed document and the run goes
     * on. {@code maxTime} null or zero: no time limit.
     */
    public Ingestor limits(long maxChars, Duration maxTime) {
        this.maxChars = maxChars;
        this.maxTime = maxTime;
        return this;
    }

    public Store store() {
        return store;
    }

    /** Extraction of one article threw: the message names the cause. */
    public static final class ExtractionFailed extends RuntimeException {
        public ExtractionFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Extracts and stores one article (the REST API's POST). A failure of the extractor, {@link Error}s such as
     * StackOverflowError included, is thrown as {@link ExtractionFailed}.
     */
    public StoreOutcome ingest(Article a) {
        if (store.contains(a)) {
            return store.add(a, List.of());
        }
        ExtractionResult r;
        try {
            r = extractor.extract(a);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new ExtractionFailed("extraction failed: " + e, e);
        }
        return store.add(a, r.events());
    }

    private record Done(Inputs.Item item, ExtractionResult result, boolean duplicate, String error) {
    }

    private final class Tally {
        int seen;
        int added;
        int duplicates;
        int failed;
        int eventsAdded;
        int eventsMerged;
        final List<String> problems = new ArrayList<>();

        void problem(String origin, String message) {
            failed++;
            String line = origin + ": " + message;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(line);
            }
            if (log != null) {
                log.println(line);
            }
        }

        IngestReport report() {
            return new IngestReport(seen, added, duplicates, failed, eventsAdded, eventsMerged, problems);
        }
    }

    /**
     * Ingests files, folders, feeds (paths or http(s) URLs); a progress bar on stderr when {@code progress}. Each
     * document is extracted in a worker under the per-document limits; a failure of any kind, {@link Error}s such as
     * OutOfMemoryError included, is reported for that document and the documents after it are still stored. Writes
     * happen in input order, so a resumed run assigns the same ids as an uninterrupted one.
     */
    public IngestReport ingest(List<String> inputs, boolean progress) {
        Tally t = new Tally();
        Progress bar = Progress.of("ingest", progress ? Inputs.estimate(inputs) : -1, progress);
        try (OrderedPool<Inputs.Item, Done> pool = new OrderedPool<>(threads, threads * 8, maxTime, "rasd-ingest",
                (item, o) -> {
                    Done d = o.ok() ? o.value()
                            : o.timedOut() ? new Done(item, null, false, "extraction stopped after "
                                    + maxTime.toSeconds() + " s (--max-seconds)")
                            : new Done(item, null, false, failure(o.failure()));
                    write(d, t, bar);
                })) {
            Inputs.read(inputs, item -> {
                try {
                    pool.submit(item, () -> prepare(item));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            });
            pool.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            bar.close();
        }
        return t.report();
    }

    static String failure(Throwable e) {
        String m = String.valueOf(e);
        int nl = m.indexOf('\n');
        return "extraction failed: " + (nl < 0 ? m : m.substring(0, nl));
    }

    private Done prepare(Inputs.Item item) {
        if (item.error() != null) {
            return new Done(item, null, false, item.error());
        }
        Article a = item.article();
        if (a.text().length() > maxChars) {
            return new Done(item, null, false, String.format("text of %,d characters is longer than --max-chars %,d",
                    a.text().length(), maxChars));
        }
        if (store.contains(a)) {
            return new Done(item, null, true, null);
        }
        return new Done(item, extractor.extract(a), false, null); // failures are caught by the pool
    }

    private void write(Done d, Tally t, Progress bar) {
        t.seen++;
        if (d.error() != null) {
            t.problem(d.item().origin(), d.error());
        } else if (d.duplicate()) {
            t.duplicates++;
        } else {
            Article a = d.item().article();
            try {
                StoreOutcome o = store.add(a, d.result().events());
                if (o.added()) {
                    t.added++;
                    t.eventsAdded += o.eventsAdded();
                    t.eventsMerged += o.eventsMerged();
                } else {
                    t.duplicates++;
                }
            } catch (IllegalArgumentException e) {
                t.problem(d.item().origin(), e.getMessage());
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                t.problem(d.item().origin(), "not stored: " + e);
            }
        }
        bar.step(String.format(" new %d, dup %d, bad %d, events %d (+%d merged)", t.added,
                t.duplicates, t.failed, t.eventsAdded, t.eventsMerged));
    }

    /** Polls the inputs (feeds) every {@code interval} until {@code keepGoing} says stop; reports each round. */
    public void watch(List<String> inputs, Duration interval, BooleanSupplier keepGoing, PrintStream out) {
        while (keepGoing.getAsBoolean()) {
            IngestReport r = ingest(inputs, false);
            if (out != null) {
                out.println(java.time.LocalDateTime.now().withNano(0) + " " + r);
                out.flush();
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
