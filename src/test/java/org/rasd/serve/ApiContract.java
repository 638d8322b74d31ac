package org.rasd.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rasd.fixtures.Daraa;
import org.rasd.ingest.Ingestor;
import org.rasd.model.ExtractionResult;
import org.rasd.io.Acled;
import org.rasd.store.Store;

/** The REST API over a real store, seeded with the Daraa fixtures; run against each database. */
abstract class ApiContract {
    static final String TOKEN = "test-token-123";
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();
    Store store;
    Server server;
    final java.util.concurrent.atomic.AtomicInteger extractions = new java.util.concurrent.atomic.AtomicInteger();

    protected abstract String url();

    @BeforeEach
    void start() {
        store = Store.open(url());
        store.add(Daraa.articleA(), Daraa.eventsA());
        store.add(Daraa.articleB(), Daraa.eventsB());
        store.add(Daraa.articleScript(), Daraa.eventsScript());
        store.add(Daraa.articleYemen(), Daraa.eventsYemen());
        Ingestor ingestor = new Ingestor(store, a -> {
            extractions.incrementAndGet();
            if (a.text().contains("CRASH")) {
                throw new IllegalStateException("boom");
            }
            if (a.text().contains("DEEP")) {
                throw new StackOverflowError();
            }
            return new ExtractionResult(a.docId(), List.of());
        }, 1).log(null);
        server = Server.start(store, ingestor, Server.Options.local(0).withToken(TOKEN));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    HttpResponse<String> post(String body, String auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postBytes(byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<String> field(JsonNode events, String name) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.path(name).asText()));
        return out;
    }

    @Test
    void listsEveryEventNewestFirstWithMergedSources() throws Exception {
        JsonNode page = json("/api/events");
        assertThat(page.get("total").asInt()).isEqualTo(6);
        assertThat(field(page.get("events"), "event_date").get(0)).isEqualTo("2018-07-02");
        assertThat(field(page.get("events"), "event_date").get(5)).isEqualTo("2015-07-22");
    }

    @Test
    void filtersByCountryAndEventType() throws Exception {
        assertThat(json("/api/events?country=YE").get("total").asInt()).isEqualTo(1);
        assertThat(json("/api/events?country=Syria&event_type=Battles").get("total").asInt()).isEqualTo(2);
        assertThat(json("/api/events?sub_event_type=Shelling/artillery/missile%20attack").get("total").asInt())
                .isEqualTo(2);
    }

    @Test
    void filtersByDateRange() throws Exception {
        assertThat(json("/api/events?from=2018-01-01&to=2018-12-31").get("total").asInt()).isEqualTo(5);
        assertThat(json("/api/events?to=2016-01-01").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void filtersByBoundingBox() throws Exception {
        // around Busra al-Sham only (36.4-36.6E, 32.45-32.6N)
        JsonNode page = json("/api/events?bbox=36.4,32.45,36.6,32.6");
        assertThat(field(page.get("events"), "location")).containsExactly("Busra Esh-Sham");
    }

    @Test
    void filtersByActorAndText() throws Exception {
        assertThat(json("/api/events?actor=saudi").get("total").asInt()).isEqualTo(1);
        assertThat(json("/api/events?q=sayda").get("total").asInt()).isEqualTo(1);
        assertThat(json("/api/events?q=" + java.net.URLEncoder.encode("صنعاء", "UTF-8")).get("total").asInt())
                .isEqualTo(1);
    }

    @Test
    void pagesWithLimitAndOffset() throws Exception {
        JsonNode p1 = json("/api/events?limit=4");
        JsonNode p2 = json("/api/events?limit=4&offset=4");
        assertThat(p1.get("events")).hasSize(4);
        assertThat(p2.get("events")).hasSize(2);
        assertThat(field(p1.get("events"), "id")).doesNotContainAnyElementsOf(field(p2.get("events"), "id"));
    }

    @Test
    void rejectsAMalformedFilter() throws Exception {
        assertThat(get("/api/events?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/events?bbox=1,2,3").statusCode()).isEqualTo(400);
        assertThat(get("/api/events?format=xml").statusCode()).isEqualTo(400);
    }

    @Test
    void csvHasExactlyAcledsColumnsInOrder() throws Exception {
        HttpResponse<String> r = get("/api/events?format=csv&country=YE");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = r.body().split("\r\n");
        assertThat(List.of(lines[0].split(","))).containsExactlyElementsOf(Acled.COLUMNS);
        assertThat(lines).hasSize(2);
        List<String> row = List.of(lines[1].split(",", -1));
        assertThat(row).hasSize(31);
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < 31; i++) {
            m.put(Acled.COLUMNS.get(i), row.get(i));
        }
        assertThat(m).containsEntry("event_date", "2015-07-22").containsEntry("country", "Yemen")
                .containsEntry("iso", "887").containsEntry("interaction", "78").containsEntry("fatalities", "10")
                .containsEntry("civilian_targeting", "Civilian targeting").containsEntry("source", "Outlet D");
        assertThat(m.get("event_id_cnty")).startsWith("YEM");
    }

    @Test
    void geojsonPlacesEventsAtLonLat() throws Exception {
        JsonNode fc = json("/api/events?format=geojson&country=YE");
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode c = fc.get("features").get(0).get("geometry").get("coordinates");
        assertThat(c.get(0).asDouble()).isEqualTo(44.20667);
        assertThat(c.get(1).asDouble()).isEqualTo(15.35472);
    }

    @Test
    void eventDetailShowsEveryReportWithItsEvidence() throws Exception {
        JsonNode clash = json("/api/events?sub_event_type=Armed%20clash&country=SY&q=tafas").get("events").get(0);
        JsonNode d = json("/api/events/" + clash.get("id").asLong());
        assertThat(d.get("fatalities").asInt()).isEqualTo(2);
        assertThat(d.get("reports")).hasSize(2);
        assertThat(field(d.get("reports"), "source")).containsExactly("Outlet A", "Outlet B");
        assertThat(d.get("reports").get(1).get("evidence").get(0).get("text").asText())
                .isEqualTo("بمقتل خمسة عناصر من جيش النظام");
    }

    @Test
    void unknownEventIs404() throws Exception {
        assertThat(get("/api/events/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void articleCarriesItsTextAndEventSpans() throws Exception {
        JsonNode clash = json("/api/events?q=tafas&sub_event_type=Armed%20clash").get("events").get(0);
        long articleId = json("/api/events/" + clash.get("id").asLong()).get("reports").get(0).get("article_id").asLong();
        JsonNode a = json("/api/articles/" + articleId);
        String text = a.get("text").asText();
        assertThat(text).isEqualTo(Daraa.TEXT_A);
        assertThat(a.get("spans")).hasSize(4);
        for (JsonNode s : a.get("spans")) {
            assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        }
    }

    @Test
    void statsCountByDayTypeAndCountry() throws Exception {
        JsonNode s = json("/api/stats");
        assertThat(s.get("events").asInt()).isEqualTo(6);
        assertThat(s.get("fatalities").asInt()).isEqualTo(12);
        assertThat(s.get("by_country").get("Syria").asInt()).isEqualTo(5);
        assertThat(s.get("by_type").get("Explosions/Remote violence").asInt()).isEqualTo(4);
        assertThat(s.get("by_day").get(0).get("date").asText()).isEqualTo("2015-07-22");
    }

    @Test
    void postWithoutTokenIsUnauthorized() throws Exception {
        assertThat(post("{\"text\":\"نص\"}", null).statusCode()).isEqualTo(401);
        assertThat(post("{\"text\":\"نص\"}", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(store.counts().articles()).isEqualTo(4);
    }

    @Test
    void postWithTokenStoresTheArticleOnce() throws Exception {
        String body = "{\"doc_id\":\"p1\",\"published\":\"2018-07-04\",\"text\":\"خبر جديد عن درعا.\",\"url\":\"https://e.example/1\"}";
        HttpResponse<String> first = post(body, "Bearer " + TOKEN);
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> second = post(body, "Bearer " + TOKEN);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(second.body()).get("added").asBoolean()).isFalse();
        assertThat(store.counts().articles()).isEqualTo(5);
    }

    @Test
    void postIsRefusedWhenNoTokenIsConfigured() throws Exception {
        server.close();
        server = Server.start(store, new Ingestor(store, a -> new ExtractionResult(a.docId(), List.of()), 1),
                Server.Options.local(0));
        assertThat(post("{\"text\":\"نص\"}", "Bearer anything").statusCode()).isEqualTo(403);
    }

    @Test
    void openApiDocumentDescribesEveryEndpoint() throws Exception {
        JsonNode doc = json("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").fieldNames()).toIterable()
                .contains("/api/events", "/api/events/{id}", "/api/articles/{id}", "/api/articles", "/api/stats");
    }

    @Test
    void servesTheMapPageAndItsLibraries() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"map\"");
        assertThat(get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(server.url()).startsWith("http://127.0.0.1:");
    }

    @Test
    void runsOnASupportedJetty() {
        // Jetty 11 reached end of community support in January 2025; Javalin 7 runs on Jetty 12
        int major = Integer.parseInt(org.eclipse.jetty.util.Jetty.VERSION.split("\\.")[0]);
        assertThat(major).as(org.eclipse.jetty.util.Jetty.VERSION).isGreaterThanOrEqualTo(12);
    }

    @Test
    void anOversizedBodyIs413BeforeAnyWork() throws Exception {
        // Declared over the limit: the answer comes before the body is read. Sent on a raw socket with only the
        // body's first bytes, because a client that keeps writing 8 MB after the server has answered and closed
        // gets "broken pipe" instead of the answer (seen in CI).
        URI u = URI.create(server.url());
        try (java.net.Socket s = new java.net.Socket(u.getHost(), u.getPort())) {
            s.setSoTimeout(30_000);
            String head = "POST /api/articles HTTP/1.1\r\nHost: " + u.getHost() + ":" + u.getPort()
                    + "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Length: 8000001\r\nConnection: close\r\n\r\n{\"doc_id\":\"big\",\"text\":\"";
            s.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 413").contains("8,000,000 bytes");
        }
        assertThat(extractions.get()).isZero();
    }

    @Test
    void aTextOverAMillionCharactersIs413BeforeExtraction() throws Exception {
        HttpResponse<String> r = post("{\"doc_id\":\"long\",\"text\":\"" + "x".repeat(1_000_001) + "\"}",
                "Bearer " + TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("1,000,001 characters").contains("limit is 1,000,000 characters");
        assertThat(extractions.get()).isZero();
        assertThat(store.counts().articles()).isEqualTo(4);
    }

    @Test
    void invalidUtf8Is400() throws Exception {
        byte[] body = "{\"doc_id\":\"u\",\"text\":\"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = postBytes(body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("not valid UTF-8");
        assertThat(extractions.get()).isZero();
    }

    @Test
    void deepNestingIs400AndNamedAsSuch() throws Exception {
        String deep = "[".repeat(17) + "]".repeat(17);
        HttpResponse<String> r = post("{\"doc_id\":\"n\",\"text\":\"x\",\"extra\":" + deep + "}", "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("nested deeper than 16 levels").doesNotContain("invalid JSON");
        String ok = "[".repeat(14) + "]".repeat(14);
        assertThat(post("{\"doc_id\":\"n2\",\"text\":\"x\",\"extra\":" + ok + "}", "Bearer " + TOKEN).statusCode())
                .isEqualTo(201);
    }

    @Test
    void malformedJsonIs400() throws Exception {
        HttpResponse<String> r = post("{\"doc_id\": ", "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("invalid JSON");
        assertThat(post("[1,2]", "Bearer " + TOKEN).statusCode()).isEqualTo(400);
        assertThat(post("{\"doc_id\":\"e\",\"text\":\"  \"}", "Bearer " + TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void anExtractionFailureIs422NotAServerError() throws Exception {
        for (String text : List.of("CRASH", "DEEP")) {
            HttpResponse<String> r = post("{\"doc_id\":\"f-" + text + "\",\"text\":\"" + text + "\"}", "Bearer " + TOKEN);
            assertThat(r.statusCode()).as(text + ": " + r.body()).isEqualTo(422);
            assertThat(JSON.readTree(r.body()).get("error").asText()).startsWith("extraction failed");
        }
        assertThat(store.counts().articles()).isEqualTo(4);
    }
}
