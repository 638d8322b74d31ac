package org.rasd.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.rasd.ingest.Ingestor;
import org.rasd.io.ArticleReader;
import org.rasd.model.Article;
import org.rasd.store.EventQuery;
import org.rasd.store.Store;
import org.rasd.store.StoreOutcome;
import org.rasd.store.Views;

/**
 * The REST API ({@code /api/...}, described at {@code /api/openapi.json}) and the web map ({@code /}).
 * Binds to 127.0.0.1 unless told otherwise. {@code POST /api/articles} needs the configured bearer token and
 * an {@link Ingestor}; without a token it is refused.
 */
public final class Server implements AutoCloseable {
    /** Server settings. {@code token} null disables POST; {@code tiles} is a Leaflet tile URL template. */
    public record Options(String host, int port, String token, String tiles, String tileAttribution) {
        public static final String DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
        public static final String DEFAULT_ATTRIBUTION = "© OpenStreetMap contributors";

        public Options {
            host = host == null || host.isBlank() ? "127.0.0.1" : host;
            tiles = tiles == null ? DEFAULT_TILES : tiles;
            tileAttribution = tileAttribution == null ? DEFAULT_ATTRIBUTION : tileAttribution;
            token = token == null || token.isBlank() ? null : token;
        }

        public static Options local(int port) {
            return new Options("127.0.0.1", port, null, null, null);
        }

        public Options withToken(String t) {
            return new Options(host, port, t, tiles, tileAttribution);
        }
    }

    private final Javalin app;
    private final Options options;

    private Server(Javalin app, Options options) {
        this.app = app;
        this.options = options;
    }

    /** Starts serving {@code store}; {@code ingestor} (may be null) backs POST /api/articles. Port 0 picks one. */
    public static Server start(Store store, Ingestor ingestor, Options o) {
        return start(store, ingestor, o, () -> org.rasd.gazetteer.Gazetteer.load(org.rasd.io.DataPaths.resolve(null)));
    }

    /**
     * As {@link #start(Store, Ingestor, Options)}, with the gazetteer the review page's place picker
     * ({@code GET /api/places}) reads; it is loaded on the first lookup.
     */
    public static Server start(Store store, Ingestor ingestor, Options o,
                               java.util.function.Supplier<org.rasd.gazetteer.Gazetteer> gazetteer) {
        Objects.requireNonNull(store, "store");
        org.rasd.review.PlaceCandidates places = new org.rasd.review.PlaceCandidates(gazetteer, store);
        String openapi = resource("openapi.json");
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 8_000_000L;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/rasd/serve/web";
                sf.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(o.host());
                c.setPort(o.port());
                // the default backlog of 50 made 64 concurrent clients wait 1 s for a SYN retry
                c.setAcceptQueueSize(ACCEPT_QUEUE);
                return c;
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new SecureErrorHandler()));
            routes(config.routes, store, ingestor, o, openapi, places);
        });
        app.start(o.host(), o.port());
        return new Server(app, o);
    }

    /** Listen backlog: enough for 64 clients connecting at once without SYN retries. */
    static final int ACCEPT_QUEUE = 1024;

    /** Headers sent with every reply, Jetty's own error pages included. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: http: https:; connect-src 'self'; "
                    + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");

    /** Jetty's error replies (bad request line, 414, 431, ...) with the security headers. */
    static final class SecureErrorHandler extends ErrorHandler {
        SecureErrorHandler() {
            setShowStacks(false);
            setShowCauses(false);
        }

        @Override
        protected void generateCacheControl(org.eclipse.jetty.server.Response response) {
            super.generateCacheControl(response);
            SECURITY_HEADERS.forEach((k, v) -> response.getHeaders().put(k, v));
        }

        @Override
        public java.nio.ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            SECURITY_HEADERS.forEach(fields::put);
            return super.badMessageError(status, reason, fields);
        }
    }

    /**
     * The Host names this server answers to: loopback names and the configured host. Any other Host header is
     * refused with 421, so that a web page whose own name was rebound to 127.0.0.1 (DNS rebinding) cannot read the
     * API from the user's browser.
     */
    static boolean allowedHost(String hostHeader, String configuredHost) {
        if (hostHeader == null) {
            return true; // HTTP/1.0 without Host: not a browser
        }
        String h = hostHeader.trim().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(1, end);
        } else if (h.indexOf(':') == h.lastIndexOf(':') && h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String c = configuredHost.toLowerCase(java.util.Locale.ROOT).replace("[", "").replace("]", "");
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("::1")
                || (!c.equals("0.0.0.0") && !c.equals("::") && h.equals(c));
    }

    private static void routes(RoutesConfig r, Store store, Ingestor ingestor, Options o, String openapi,
                               org.rasd.review.PlaceCandidates places) {
        r.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            if ("HTTP/1.0".equals(ctx.protocol())) {
                // no chunked encoding in HTTP/1.0: end each reply by closing, never leave a keep-alive client waiting
                ctx.header("Connection", "close");
            }
            if (!allowedHost(ctx.header("Host"), o.host())) {
                throw new HttpResponseException(HttpStatus.MISDIRECTED_REQUEST.getCode(),
                        "unknown Host header (only 127.0.0.1, localhost or the configured host are served)");
            }
        });
        r.exception(HttpResponseException.class, (e, ctx) -> {
            ObjectNode n = Formats.JSON.createObjectNode();
            n.put("error", e.getMessage());
            ctx.status(e.getStatus()).contentType("application/json").result(n.toString());
        });
        r.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        r.exception(Store.StoreException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                "store error"));
        r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        r.get("/api/config", ctx -> {
            ObjectNode n = Formats.JSON.createObjectNode();
            n.put("tiles", o.tiles());
            n.put("attribution", o.tileAttribution());
            n.put("post_enabled", o.token() != null && ingestor != null);
            json(ctx, n);
        });
        r.get("/api/events", ctx -> events(ctx, store));
        r.get("/api/events/{id}", ctx -> {
            Views.EventDetail d = store.event(id(ctx)).orElseThrow(() -> new NotFoundResponse("no such event"));
            ObjectNode n = Formats.detail(d);
            org.rasd.review.ReviewRoutes.decorate(store, n);
            json(ctx, n);
        });
        r.get("/api/articles/{id}", ctx -> {
            Views.ArticleView v = store.article(id(ctx)).orElseThrow(() -> new NotFoundResponse("no such article"));
            json(ctx, Formats.article(v));
        });
        r.get("/api/stats", ctx -> json(ctx, Formats.stats(store.stats(query(ctx, EventQuery.MAX_LIMIT)),
                store.counts())));
        r.post("/api/articles", ctx -> post(ctx, ingestor, o.token()));
        org.rasd.review.ReviewRoutes.register(r, store, places);
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ObjectNode n = Formats.JSON.createObjectNode();
        n.put("error", message == null ? status.getMessage() : message);
        ctx.status(status).contentType("application/json").result(n.toString());
    }

    private static void json(Context ctx, JsonNode n) {
        ctx.contentType("application/json; charset=utf-8").result(n.toString());
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("id must be a number");
        }
    }

    private static void events(Context ctx, Store store) {
        String format = ctx.queryParamMap().containsKey("format") ? ctx.queryParam("format") : "json";
        int defaultLimit = "json".equals(format) ? 100 : EventQuery.MAX_LIMIT;
        EventQuery q = query(ctx, defaultLimit);
        Views.Page p = store.events(q);
        switch (format) {
            case "json" -> {
                ObjectNode n = Formats.page(p, q.limit(), q.offset());
                org.rasd.review.ReviewRoutes.decorate(store, n);
                json(ctx, n);
            }
            case "csv" -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"rasd-events.csv\"")
                    .result(Formats.csv(p.events()));
            case "geojson" -> ctx.contentType("application/geo+json; charset=utf-8")
                    .result(Formats.geojson(p.events()).toString());
            default -> throw new BadRequestResponse("format must be json, csv or geojson");
        }
    }

    static EventQuery query(Context ctx, int defaultLimit) {
        double[] bbox = null;
        String b = ctx.queryParam("bbox");
        if (b != null && !b.isBlank()) {
            String[] parts = b.split(",");
            if (parts.length != 4) {
                throw new BadRequestResponse("bbox must be minLon,minLat,maxLon,maxLat");
            }
            bbox = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    bbox[i] = Double.parseDouble(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new BadRequestResponse("bbox must be four numbers");
                }
            }
        }
        return new EventQuery(date(ctx, "from"), date(ctx, "to"), ctx.queryParam("country"), ctx.queryParam("admin1"),
                ctx.queryParam("event_type"), ctx.queryParam("sub_event_type"), ctx.queryParam("actor"), bbox,
                ctx.queryParam("q"), integer(ctx, "limit", defaultLimit), integer(ctx, "offset", 0),
                ctx.queryParam("review"), ctx.queryParam("sort"));
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be YYYY-MM-DD");
        }
    }

    private static int integer(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 0) {
                throw new BadRequestResponse(name + " must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be an integer");
        }
    }

    private static void post(Context ctx, Ingestor ingestor, String token) {
        if (token == null || ingestor == null) {
            throw new ForbiddenResponse("POST /api/articles is disabled: no API token configured "
                    + "(set RASD_API_TOKEN or --token)");
        }
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("missing or wrong bearer token");
        }
        Article a = article(ctx);
        StoreOutcome r;
        try {
            r = ingestor.ingest(a);
        } catch (Ingestor.ExtractionFailed e) {
            throw new HttpResponseException(HttpStatus.UNPROCESSABLE_CONTENT.getCode(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new HttpResponseException(HttpStatus.UNPROCESSABLE_CONTENT.getCode(),
                    "cannot store the extraction: " + e.getMessage());
        }
        ObjectNode n = Formats.JSON.createObjectNode();
        n.put("article_id", r.articleId());
        n.put("added", r.added());
        n.put("events_added", r.eventsAdded());
        n.put("events_merged", r.eventsMerged());
        ctx.status(r.added() ? HttpStatus.CREATED : HttpStatus.OK);
        json(ctx, n);
    }

    /** Largest request body accepted by POST /api/articles (bytes). */
    public static final int MAX_BODY_BYTES = 8_000_000;
    /** Longest article text accepted by POST /api/articles (characters), as the store's limit. */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    /**
     * The posted article, with every limit checked before any extraction work: body size (413), UTF-8 (400), JSON
     * syntax and nesting depth (400), the article contract (400) and the text length (413).
     */
    static Article article(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge("request body of " + String.format("%,d", declared) + " bytes; the limit is "
                    + String.format("%,d", MAX_BODY_BYTES) + " bytes");
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new BadRequestResponse("cannot read the request body: " + e.getMessage());
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge("request body larger than " + String.format("%,d", MAX_BODY_BYTES) + " bytes");
        }
        String body;
        try {
            body = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestResponse("request body is not valid UTF-8");
        }
        Article a;
        try {
            JsonNode tree = ArticleReader.readTree(body);
            if (tree instanceof ObjectNode on && !on.hasNonNull("doc_id")) {
                JsonNode t = on.hasNonNull("text") ? on.get("text") : on.get("content");
                String text = t != null && t.isTextual() ? t.asText() : "";
                on.put("doc_id", "api-" + Store.contentHash(text).substring(0, 16));
            }
            a = ArticleReader.fromTree(tree);
        } catch (ArticleReader.BadLine e) {
            throw new BadRequestResponse("body must be a JSON article: " + e.getMessage());
        }
        if (a.text().length() > MAX_TEXT_CHARS) {
            throw tooLarge("text of " + String.format("%,d", a.text().length()) + " characters; the limit is "
                    + String.format("%,d", MAX_TEXT_CHARS) + " characters");
        }
        if (a.text().isBlank()) {
            throw new BadRequestResponse("empty text");
        }
        return a;
    }

    private static HttpResponseException tooLarge(String message) {
        return new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), message);
    }

    private static String resource(String name) {
        try (InputStream in = Server.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The listen backlog of the connector (for tests). */
    int acceptQueueSize() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getAcceptQueueSize();
    }

    public int port() {
        return app.port();
    }

    /** Base URL, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        if ("0.0.0.0".equals(h)) {
            h = "127.0.0.1";
        }
        return "http://" + h + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
