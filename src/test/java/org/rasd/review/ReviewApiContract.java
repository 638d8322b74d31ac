package org.rasd.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.fixtures.Daraa;
import org.rasd.serve.Server;
import org.rasd.store.Store;

/** The review API: login, CSRF, authorisation, review actions and how listings show them; run on each database. */
abstract class ReviewApiContract {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();
    Store store;
    Server server;
    @TempDir
    Path tmp;

    protected abstract String url();

    @BeforeEach
    void start() {
        store = Store.open(url());
        store.add(Daraa.articleA(), Daraa.eventsA());
        store.add(Daraa.articleYemen(), Daraa.eventsYemen());
        Users users = new Users(store);
        users.add("amal", Users.Role.REVIEWER, "reviewer-pass".toCharArray(), false);
        users.add("root", Users.Role.ADMIN, "admin-pass-1".toCharArray(), false);
        server = Server.start(store, null, Server.Options.local(0), SmallGazetteer::get);
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

    /** A logged-in session: its cookie and CSRF token. */
    record Login(String cookie, String csrf) {
    }

    HttpResponse<String> send(String method, String path, String body, Login login, String csrf, String origin)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (login != null) {
            b.header("Cookie", login.cookie());
        }
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, Login l) throws Exception {
        return send("POST", path, body, l, l == null ? null : l.csrf(), null);
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, null, null, null, null);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    Login login(String name, String password) throws Exception {
        HttpResponse<String> r = send("POST", "/api/login", JSON.createObjectNode().put("name", name)
                .put("password", password).toString(), null, null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("Secure").contains("SameSite=Strict");
        return new Login(setCookie.split(";", 2)[0], JSON.readTree(r.body()).get("csrf").asText());
    }

    long eventAt(String location) throws Exception {
        for (JsonNode e : get("/api/events?limit=100").get("events")) {
            if (location.equals(e.get("location").asText())) {
                return e.get("id").asLong();
            }
        }
        throw new AssertionError("no event at " + location);
    }

    @Test
    void aReviewerConfirmsRejectsAndCorrectsAndTheListingsShowIt() throws Exception {
        Login amal = login("amal", "reviewer-pass");
        long sanaa = eventAt("Sanaa");
        long sayda = eventAt("Sayda");
        long tayyibah = eventAt("At Tayyibah");
        assertThat(post("/api/events/" + sanaa + "/confirm", null, amal).statusCode()).isEqualTo(200);
        HttpResponse<String> rej = post("/api/events/" + sayda + "/reject", "{\"reason\":\"wrong-place\"}", amal);
        assertThat(rej.statusCode()).as(rej.body()).isEqualTo(200);
        assertThat(JSON.readTree(rej.body()).get("review_status").asText()).isEqualTo("rejected");
        HttpResponse<String> cor = post("/api/events/" + tayyibah + "/correct",
                "{\"fields\":{\"location\":\"Nawa\",\"location_ar\":\"نوى\",\"latitude\":32.89,\"longitude\":36.04}}", amal);
        assertThat(cor.statusCode()).as(cor.body()).isEqualTo(200);

        JsonNode rejected = get("/api/events?review=rejected").get("events");
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).get("id").asLong()).isEqualTo(sayda);
        assertThat(rejected.get(0).get("reviewed").asBoolean()).isTrue();
        assertThat(get("/api/events?review=unreviewed").get("total").asInt()).isEqualTo(2);
        assertThat(get("/api/events?review=confirmed").get("total").asInt()).isEqualTo(2);
        JsonNode one = get("/api/events/" + tayyibah);
        assertThat(one.get("review_status").asText()).isEqualTo("corrected");
        assertThat(one.get("location").asText()).isEqualTo("Nawa");
        JsonNode h = get("/api/events/" + tayyibah + "/history");
        assertThat(h.get("reviewer").asText()).isEqualTo("amal");
        assertThat(h.get("history").findValuesAsText("field")).contains("location", "location_ar", "latitude");
        assertThat(h.get("history").findValuesAsText("before")).contains("At Tayyibah");

        String csv = send("GET", "/api/events?format=csv&review=confirmed", null, null, null, null).body();
        assertThat(csv.lines().count()).isEqualTo(3); // header + 2 confirmed
        assertThat(csv).contains("Nawa").contains("Sanaa").doesNotContain("Sayda");
        assertThat(send("GET", "/api/events?review=maybe", null, null, null, null).statusCode()).isEqualTo(400);
        assertThat(post("/api/events/" + sayda + "/reject", "{\"reason\":\"boring\"}", amal).statusCode())
                .isEqualTo(400);
        assertThat(post("/api/events/999999/confirm", null, amal).statusCode()).isEqualTo(404);
        // sorted by lowest confidence for the queue
        assertThat(get("/api/events?review=unreviewed&sort=confidence").get("total").asInt()).isEqualTo(2);
    }

    @Test
    void aReaderCannotReview() throws Exception {
        long id = eventAt("Sanaa");
        assertThat(post("/api/events/" + id + "/confirm", null, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/login", "{\"name\":\"amal\",\"password\":\"wrong-pass\"}", null, null, null)
                .statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/session", null, null, null, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/events/" + id).get("reviewed").asBoolean()).isFalse();
    }

    @Test
    void csrfIsRefused() throws Exception {
        Login amal = login("amal", "reviewer-pass");
        long id = eventAt("Sanaa");
        assertThat(send("POST", "/api/events/" + id + "/confirm", null, amal, null, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/events/" + id + "/confirm", null, amal, "forged", null).statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/events/" + id + "/confirm", null, amal, amal.csrf(), "https://evil.example")
                .statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/events/" + id + "/reject", "reason=not-event", amal, amal.csrf(), null)
                .statusCode()).isIn(400, 403);
        assertThat(get("/api/events/" + id).get("reviewed").asBoolean()).isFalse();
        // a session token from another login does not carry this session's CSRF token
        Login root = login("root", "admin-pass-1");
        assertThat(send("POST", "/api/events/" + id + "/confirm", null, amal, root.csrf(), null).statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/events/" + id + "/confirm", null, amal, amal.csrf(), null).statusCode())
                .isEqualTo(200);
        assertThat(post("/api/logout", null, amal).statusCode()).isEqualTo(204);
        assertThat(post("/api/events/" + id + "/confirm", null, amal).statusCode()).isEqualTo(401);
    }

    @Test
    void aReviewerCannotManageUsers() throws Exception {
        Login amal = login("amal", "reviewer-pass");
        String body = "{\"name\":\"eve\",\"role\":\"admin\",\"password\":\"sneaky-pass\"}";
        assertThat(post("/api/users", body, amal).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/users", null, amal, null, null).statusCode()).isEqualTo(403);
        assertThat(new Users(store).list()).extracting(Users.User::name).doesNotContain("eve");
        Login root = login("root", "admin-pass-1");
        assertThat(post("/api/users", "{\"name\":\"badr\",\"role\":\"reviewer\",\"password\":\"badr-pass-1\"}", root)
                .statusCode()).isEqualTo(201);
        assertThat(login("badr", "badr-pass-1").csrf()).isNotBlank();
        assertThat(JSON.readTree(send("GET", "/api/users", null, root, null, null).body()).findValuesAsText("name"))
                .contains("amal", "badr", "root");
    }

    @Test
    void aReviewerMergesAndSplitsOverTheApi() throws Exception {
        Login amal = login("amal", "reviewer-pass");
        long sayda = eventAt("Sayda");
        long tayyibah = eventAt("At Tayyibah");
        HttpResponse<String> m = post("/api/events/" + sayda + "/merge", "{\"from\":" + tayyibah + "}", amal);
        assertThat(m.statusCode()).as(m.body()).isEqualTo(200);
        assertThat(JSON.readTree(m.body()).at("/merged/review_status").asText()).isEqualTo("merged");
        assertThat(JSON.readTree(m.body()).get("history").findValuesAsText("field")).contains("merged_from", "reports");

        assertThat(get("/api/events").get("total").asInt()).isEqualTo(4);
        assertThat(get("/api/events?review=unreviewed").get("events").findValuesAsText("location"))
                .doesNotContain("At Tayyibah");
        assertThat(send("GET", "/api/events?format=csv", null, null, null, null).body()).doesNotContain("At Tayyibah");
        JsonNode stub = get("/api/events/" + tayyibah);
        assertThat(stub.get("merged_into").asLong()).isEqualTo(sayda);
        assertThat(stub.get("review_status").asText()).isEqualTo("merged");
        JsonNode kept = get("/api/events/" + sayda);
        assertThat(kept.get("reports")).hasSize(2);
        assertThat(kept.has("merged_into")).isFalse();
        assertThat(post("/api/events/" + tayyibah + "/confirm", null, amal).statusCode()).isEqualTo(400);
        assertThat(post("/api/events/" + sayda + "/merge", "{\"from\":" + tayyibah + "}", amal).statusCode())
                .isEqualTo(400);
        assertThat(post("/api/events/" + sayda + "/merge", "{\"from\":\"x\"}", amal).statusCode()).isEqualTo(400);
        assertThat(post("/api/events/" + sayda + "/merge", "{\"from\":999999}", amal).statusCode()).isEqualTo(404);

        // split the moved report off again, correcting the new event's place at once: the merge undone
        long moved = kept.get("reports").get(1).get("report_id").asLong();
        assertThat(post("/api/events/" + sayda + "/split", "{\"reports\":[" + kept.get("reports").get(0)
                .get("report_id").asLong() + "]}", amal).statusCode()).isEqualTo(400);
        assertThat(post("/api/events/" + sayda + "/split", "{\"nothing\":1}", amal).statusCode()).isEqualTo(400);
        HttpResponse<String> sp = post("/api/events/" + sayda + "/split", "{\"reports\":[" + moved + "],"
                + "\"fields\":{\"location\":\"At Tayyibah\",\"location_ar\":\"الطيبة\",\"gazetteer_id\":\"gn:101\"}}",
                amal);
        assertThat(sp.statusCode()).as(sp.body()).isEqualTo(201);
        long created = JSON.readTree(sp.body()).get("created").asLong();
        assertThat(created).as("the merged event comes back").isEqualTo(tayyibah);
        JsonNode c = get("/api/events/" + created);
        assertThat(c.get("location").asText()).isEqualTo("At Tayyibah");
        assertThat(c.get("review_status").asText()).isEqualTo("corrected");
        assertThat(c.get("reports")).hasSize(1);
        assertThat(get("/api/events/" + created + "/history").get("history").findValuesAsText("field"))
                .contains("merged_into", "split_from", "gazetteer_id");
        assertThat(get("/api/events/" + sayda + "/history").get("history").findValuesAsText("field"))
                .contains("merged_from", "split_into");
        assertThat(get("/api/events").get("total").asInt()).isEqualTo(5);
    }

    @Test
    void aReaderCannotMergeOrSplitAndCsrfIsRefused() throws Exception {
        long sayda = eventAt("Sayda");
        long tayyibah = eventAt("At Tayyibah");
        String merge = "/api/events/" + sayda + "/merge";
        String body = "{\"from\":" + tayyibah + "}";
        assertThat(post(merge, body, null).statusCode()).isEqualTo(401);
        assertThat(post("/api/events/" + sayda + "/split", "{\"reports\":[1]}", null).statusCode()).isEqualTo(401);
        Login amal = login("amal", "reviewer-pass");
        assertThat(send("POST", merge, body, amal, null, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", merge, body, amal, "forged", null).statusCode()).isEqualTo(403);
        assertThat(send("POST", merge, body, amal, amal.csrf(), "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/events/" + sayda + "/split", "{\"reports\":[1]}", amal, null, null)
                .statusCode()).isEqualTo(403);
        assertThat(get("/api/events").get("total").asInt()).isEqualTo(5);
        assertThat(get("/api/events/" + tayyibah).get("reviewed").asBoolean()).isFalse();
        assertThat(get("/api/events/" + sayda + "/history").get("history")).isEmpty();
    }

    @Test
    void placesAreTheGazetteerReadingsOfAnArabicOrLatinName() throws Exception {
        JsonNode ar = get("/api/places?q=" + java.net.URLEncoder.encode("الطيبة", java.nio.charset.StandardCharsets.UTF_8)
                + "&country=SY&near=32.6,36.1");
        assertThat(ar.get("candidates").findValuesAsText("gazetteer_id")).containsExactly("gn:101", "gn:103", "gn:102");
        JsonNode first = ar.get("candidates").get(0);
        assertThat(first.get("name").asText()).isEqualTo("At Tayyibah");
        assertThat(first.get("name_ar").asText()).isEqualTo("الطيبة");
        assertThat(first.get("admin1").asText()).isEqualTo("Daraa");
        assertThat(first.get("lat").asDouble()).isEqualTo(32.5617);
        assertThat(first.get("kind").asText()).isEqualTo("village");
        // a Latin name: through the Arabic names the stored events give it
        assertThat(get("/api/places?q=at%20tayyibah&limit=1").get("candidates").findValuesAsText("gazetteer_id"))
                .containsExactly("gn:101");
        assertThat(get("/api/places?q=Atlantis").get("candidates")).isEmpty();
        assertThat(send("GET", "/api/places", null, null, null, null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/places?q=x&near=north", null, null, null, null).statusCode()).isEqualTo(400);
    }
}
