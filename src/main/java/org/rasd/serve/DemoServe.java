package org.rasd.serve;

import java.nio.file.Path;
import java.util.List;
import org.rasd.Rasd;
import org.rasd.ingest.IngestReport;
import org.rasd.ingest.Ingestor;
import org.rasd.io.DataPaths;
import org.rasd.store.Store;

/** Entry point for {@code rasd demo}: ingest inputs into a store, then serve the map over it. */
public final class DemoServe {
    private DemoServe() {
    }

    /**
     * Ingests {@code inputs} (files or folders; already-stored articles are skipped) with
     * {@code Rasd.open(paths)::extract} into {@code dbUrl} (null: the embedded store under
     * {@code paths.store()}), starts the server on 127.0.0.1:{@code port} (0 picks a free port) and returns its
     * URL. The server keeps running (non-daemon threads) until the JVM exits.
     */
    public static String ingestAndServe(DataPaths paths, String dbUrl, List<Path> inputs, int port) {
        return start(paths, dbUrl, inputs, Server.Options.local(port)).url();
    }

    /** Like {@link #ingestAndServe} with full server options; returns the running server. */
    public static Server start(DataPaths paths, String dbUrl, List<Path> inputs, Server.Options options) {
        return start(paths, dbUrl, inputs, options, false);
    }

    /**
     * As {@link #start(DataPaths, String, List, Server.Options)}; {@code reset} empties the store first so that
     * every article is extracted again (stored articles are otherwise skipped, keeping their old events).
     */
    public static Server start(DataPaths paths, String dbUrl, List<Path> inputs, Server.Options options,
                               boolean reset) {
        Store store = Store.open(dbUrl == null || dbUrl.isBlank() ? Store.defaultUrl(paths) : dbUrl);
        if (reset) {
            store.clear();
        }
        Rasd rasd = Rasd.open(paths);
        Ingestor ingestor = new Ingestor(store, rasd::extract, Runtime.getRuntime().availableProcessors());
        IngestReport r = ingestor.ingest(inputs.stream().map(Path::toString).toList(), System.console() != null);
        System.err.println("ingest: " + r);
        return Server.start(store, ingestor, options, () -> org.rasd.gazetteer.Gazetteer.load(paths));
    }
}
