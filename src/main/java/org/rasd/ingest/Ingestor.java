package org.rasd.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
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

    private final Store store;
    private final Extractor extractor;
    private final int threads;
    private PrintStream log = System.err;

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

    /** Ingests files, folders, feeds (paths or http(s) URLs); a progress bar on stderr when {@code progress}. */
    public IngestReport ingest(List<String> inputs, boolean progress) {
        Tally t = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "rasd-ingest");
            th.setDaemon(true);
            return th;
        });
        ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("ingest")
                .setInitialMax(Inputs.estimate(inputs)).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250)
                .continuousUpdate().build() : null;
        Deque<Future<Done>> window = new ArrayDeque<>();
        int maxWindow = threads * 8;
        try {
            Inputs.read(inputs, item -> {
                window.add(pool.submit(() -> prepare(item)));
                while (window.size() > maxWindow) {
                    write(window.poll(), t, bar);
                }
            });
            while (!window.isEmpty()) {
                write(window.poll(), t, bar);
            }
        } finally {
            pool.shutdownNow();
            if (bar != null) {
                bar.close();
            }
        }
        return t.report();
    }

    private Done prepare(Inputs.Item item) {
        if (item.error() != null) {
            return new Done(item, null, false, item.error());
        }
        try {
            if (store.contains(item.article())) {
                return new Done(item, null, true, null);
            }
            return new Done(item, extractor.extract(item.article()), false, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Done(item, null, false, "extraction failed: " + e);
        }
    }

    private void write(Future<Done> f, Tally t, ProgressBar bar) {
        Done d;
        try {
            d = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
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
            }
        }
        if (bar != null) {
            if (t.seen > bar.getMax()) {
                bar.maxHint(-1);
            }
            bar.step();
            bar.setExtraMessage(String.format(" new %d, dup %d, bad %d, events %d (+%d merged)", t.added,
                    t.duplicates, t.failed, t.eventsAdded, t.eventsMerged));
        }
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
