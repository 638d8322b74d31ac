package org.rasd.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rasd.Rasd;
import org.rasd.ingest.Ingestor;
import org.rasd.serve.Server;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd serve [--port N] [--db URL]}: the REST API and the web map over an existing store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the event map (/) and REST API (/api, described at /api/openapi.json).",
                "POST /api/articles needs a bearer token: RASD_API_TOKEN or --token (without one POST is refused)."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOption dataOption;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default 8080; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default 127.0.0.1).")
    String host;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Store (default: embedded H2 under ~/.rasd/store).")
    String db;

    @Option(names = "--token", description = "Bearer token for POST /api/articles. Prefer the RASD_API_TOKEN "
            + "environment variable: a command-line argument is visible to every user in ps.")
    String token;

    @Option(names = "--tiles", description = "Leaflet tile URL template (default: OpenStreetMap). Events show without tiles.")
    String tiles;

    @Option(names = "--tiles-attribution", description = "Attribution shown for --tiles.")
    String attribution;

    @Override
    public Integer call() throws InterruptedException {
        var paths = dataOption.paths();
        if (token != null) {
            System.err.println("rasd serve: warning: --token is visible to other users in the process list (ps); "
                    + "set RASD_API_TOKEN in the environment instead");
        }
        String tok = token != null ? token : System.getenv("RASD_API_TOKEN");
        Store store;
        try {
            store = Store.open(db != null ? db : Store.defaultUrl(paths));
        } catch (Store.StoreException e) {
            System.err.println("rasd: " + e.getMessage());
            return 1;
        }
        Ingestor ingestor = new Ingestor(store, Rasd.open(paths)::extract, 1);
        Server server = Server.start(store, ingestor, new Server.Options(host, port, tok, tiles, attribution),
                () -> org.rasd.gazetteer.Gazetteer.load(paths));
        System.out.println("rasd: serving " + server.url() + " (API: " + server.url() + "api/openapi.json)");
        if (tok == null) {
            System.out.println("rasd: no API token configured; POST /api/articles is disabled");
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}
