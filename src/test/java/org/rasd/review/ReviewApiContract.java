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
        server = Server.start(store, null, Server.Options.local(0));
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
}
