package org.rasd.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.Rasd;
import org.rasd.ingest.IngestReport;
import org.rasd.ingest.Ingestor;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd ingest PATH|URL... [--db URL] [--watch]}: extract events into the store. Exit 3 when some failed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract events from articles into the event store (idempotent: stored articles are skipped).",
                "Inputs: .txt (+ NAME.meta.json), .html, .jsonl[.gz], RSS/Atom feeds (.xml/.rss/.atom or http(s) URL),",
                "folders (recursive). Events reported by several outlets are merged."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOption dataOption;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders or feed URLs.")
    List<String> inputs;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Store (default: embedded H2 under ~/.rasd/store; or jdbc:postgresql://host/db?user=..&password=..).")
    String db;

    @Option(names = "--threads", description = "Extraction threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--watch", description = "Keep polling the inputs (feeds) every --interval seconds.")
    boolean watch;

    @Option(names = "--interval", defaultValue = "300", description = "Seconds between polls with --watch (default 300).")
    long interval;

    @Option(names = "--events-from", paramLabel = "GOLD.jsonl",
            description = "Store the events of this gold file (doc_id -> events) instead of extracting them.")
    java.nio.file.Path eventsFrom;

    @Option(names = "--max-chars", defaultValue = "1000000", paramLabel = "N",
            description = "A document whose text is longer is reported and skipped (default 1,000,000).")
    long maxChars;

    @Option(names = "--max-seconds", defaultValue = "120", paramLabel = "S",
            description = "A document still extracting after S seconds is reported and skipped (default 120; 0: no limit).")
    long maxSeconds;

    @Option(names = "--reset", description = "Empty the store first (to re-extract everything with a newer extractor).")
    boolean reset;

    @Override
    public Integer call() throws java.io.IOException {
        var paths = dataOption.paths();
        Store opened;
        try {
            opened = Store.open(db != null ? db : Store.defaultUrl(paths));
        } catch (Store.StoreException e) {
            System.err.println("rasd: " + e.getMessage());
            return 1;
        }
        try (Store store = opened) {
            if (reset) {
                store.clear();
            }
            org.rasd.ingest.Extractor extractor = eventsFrom != null
                    ? org.rasd.ingest.GoldExtractor.load(eventsFrom) : Rasd.open(paths)::extract;
            Ingestor ingestor = new Ingestor(store, extractor, threads)
                    .limits(Math.max(1, maxChars), Duration.ofSeconds(Math.max(0, maxSeconds)));
            if (watch) {
                ingestor.watch(inputs, Duration.ofSeconds(Math.max(1, interval)), () -> true, System.out);
                return 0;
            }
            IngestReport r = ingestor.ingest(inputs, System.console() != null);
            System.out.println(r);
            var c = store.counts();
            System.out.println("store: " + c.articles() + " articles, " + c.events() + " events, " + c.sources()
                    + " reports");
            return r.failed() > 0 ? ExtractCommand.SOME_FAILED : 0;
        }
    }
}
