package org.rasd.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rasd.store.Store;

/**
 * The review API: session login for reviewers (an HttpOnly, Secure, SameSite=Strict cookie; sessions live in the
 * server's memory for 8 hours), a CSRF token required on every state-changing request, review actions, an event's
 * history, reviewer agreement and user management (admins only). Reading stays open.
 */
public final class ReviewRoutes {
    static final String COOKIE = "rasd_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final Duration TTL = Duration.ofHours(8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A logged-in reviewer. */
    record Session(Users.User user, String csrf, Instant expires) {
    }

    private final Users users;
    private final Reviews reviews;
    private final PlaceCandidates places;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    private ReviewRoutes(Store store, PlaceCandidates places) {
        this.users = new Users(store);
        this.reviews = new Reviews(store);
        this.places = places;
    }

    /**
     * Registers the review routes on a Javalin route table (called once from {@code Server}); {@code places} answers
     * {@code GET /api/places} (null: 404).
     */
    public static ReviewRoutes register(RoutesConfig r, Store store, PlaceCandidates places) {
        ReviewRoutes rr = new ReviewRoutes(store, places);
        r.exception(Reviews.NoSuchEvent.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        r.post("/api/login", rr::login);
        r.post("/api/logout", ctx -> {
            Session s = rr.session(ctx, true);
            rr.sessions.values().remove(s);
            ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict");
            ctx.status(HttpStatus.NO_CONTENT);
        });
        r.get("/api/session", ctx -> {
            Session s = rr.session(ctx, false);
            json(ctx, me(s));
        });
        r.post("/api/events/{id}/confirm", ctx -> {
            Session s = rr.reviewer(ctx);
            rr.reviews.confirm(s.user().name(), id(ctx));
            json(ctx, rr.stateJson(id(ctx)));
        });
        r.post("/api/events/{id}/reject", ctx -> {
            Session s = rr.reviewer(ctx);
            JsonNode b = body(ctx);
            rr.reviews.reject(s.user().name(), id(ctx), Reviews.Reason.of(b.path("reason").asText(null)));
            json(ctx, rr.stateJson(id(ctx)));
        });
        r.post("/api/events/{id}/correct", ctx -> {
            Session s = rr.reviewer(ctx);
            Map<String, Object> fields = fields(body(ctx).path("fields"), false);
            rr.reviews.correct(s.user().name(), id(ctx), fields);
            json(ctx, rr.stateJson(id(ctx)));
        });
        r.post("/api/events/{id}/merge", ctx -> {
            Session s = rr.reviewer(ctx);
            JsonNode from = body(ctx).path("from");
            if (!from.canConvertToLong() || !from.isIntegralNumber()) {
                throw new BadRequestResponse("body must be {\"from\": EVENT_ID} (the event merged into this one)");
            }
            rr.reviews.merge(s.user().name(), id(ctx), from.asLong());
            ObjectNode n = rr.stateJson(id(ctx));
            n.set("merged", rr.stateJson(from.asLong()));
            json(ctx, n);
        });
        r.post("/api/events/{id}/split", ctx -> {
            Session s = rr.reviewer(ctx);
            JsonNode b = body(ctx);
            Reviews.SplitPart part;
            if (b.has("reports")) {
                java.util.List<Long> ids = new java.util.ArrayList<>();
                for (JsonNode x : b.path("reports")) {
                    if (!x.isIntegralNumber()) {
                        throw new BadRequestResponse("reports must be report ids (numbers)");
                    }
                    ids.add(x.asLong());
                }
                part = Reviews.SplitPart.reports(ids);
            } else if (b.path("report").isIntegralNumber() && b.path("evidence").isArray()) {
                java.util.List<Integer> idx = new java.util.ArrayList<>();
                for (JsonNode x : b.path("evidence")) {
                    if (!x.isIntegralNumber()) {
                        throw new BadRequestResponse("evidence must be span indexes (numbers)");
                    }
                    idx.add(x.asInt());
                }
                part = Reviews.SplitPart.evidence(b.path("report").asLong(), idx);
            } else {
                throw new BadRequestResponse("body must be {\"reports\": [REPORT_ID, ...]} or {\"report\": REPORT_ID, "
                        + "\"evidence\": [SPAN_INDEX, ...]}, with an optional \"fields\" object for the new event");
            }
            long created = rr.reviews.split(s.user().name(), id(ctx), part, fields(b.path("fields"), true));
            ObjectNode n = rr.stateJson(id(ctx));
            n.put("created", created);
            n.set("split", rr.stateJson(created));
            ctx.status(HttpStatus.CREATED);
            json(ctx, n);
        });
        r.get("/api/places", ctx -> {
            if (rr.places == null) {
                throw new io.javalin.http.NotFoundResponse("no gazetteer configured");
            }
            String near = ctx.queryParam("near");
            double[] point = null;
            if (near != null && !near.isBlank()) {
                String[] p = near.split(",");
                try {
                    point = new double[] {Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim())};
                } catch (RuntimeException e) {
                    throw new BadRequestResponse("near must be LAT,LON");
                }
            }
            int limit;
            try {
                limit = Math.min(50, Integer.parseInt(java.util.Objects.requireNonNullElse(ctx.queryParam("limit"), "10")));
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("limit must be a number");
            }
            ArrayNode a = JSON.createArrayNode();
            for (PlaceCandidates.Candidate c : rr.places.find(ctx.queryParam("q"), ctx.queryParam("country"), point,
                    limit)) {
                ObjectNode o = a.addObject();
                o.put("gazetteer_id", c.gazetteerId());
                o.put("name", c.name());
                o.put("name_ar", c.nameAr());
                o.put("country", c.country());
                o.put("country_name", org.rasd.io.Countries.of(c.country()).name());
                o.put("admin1", c.admin1());
                o.put("admin2", c.admin2());
                o.put("admin3", c.admin3());
                o.put("lat", c.lat());
                o.put("lon", c.lon());
                o.put("kind", c.kind());
                o.put("population", c.population());
                o.put("geo_precision", c.geoPrecision());
                o.put("score", c.score());
            }
            ObjectNode n = JSON.createObjectNode();
            n.put("q", ctx.queryParam("q"));
            n.set("candidates", a);
            json(ctx, n);
        });
        r.get("/api/events/{id}/history", ctx -> json(ctx, rr.stateJson(id(ctx))));
        r.get("/api/review/fields", ctx -> {
            ObjectNode n = JSON.createObjectNode();
            ArrayNode f = n.putArray("fields");
            org.rasd.store.ReviewLink.FIELDS.keySet().forEach(f::add);
            ArrayNode t = n.putArray("sub_event_types");
            for (org.rasd.model.SubEventType st : org.rasd.model.SubEventType.values()) {
                t.addObject().put("sub_event_type", st.label()).put("event_type", st.eventType().label());
            }
            ArrayNode reasons = n.putArray("reasons");
            for (Reviews.Reason rs : Reviews.Reason.values()) {
                reasons.add(rs.label());
            }
            json(ctx, n);
        });
        r.get("/api/review/agreement", ctx -> {
            Reviews.Agreement a = rr.reviews.agreement();
            ObjectNode n = JSON.createObjectNode();
            n.put("events", a.events());
            n.put("agreed_status", a.agreedStatus());
            n.put("agreed_fields", a.agreedFields());
            ArrayNode d = n.putArray("disagreements");
            a.disagreements().forEach(d::add);
            json(ctx, n);
        });
        r.get("/api/users", ctx -> {
            rr.admin(ctx, false);
            ArrayNode a = JSON.createArrayNode();
            for (Users.User u : rr.users.list()) {
                a.addObject().put("name", u.name()).put("role", u.role().label());
            }
            json(ctx, a);
        });
        r.post("/api/users", ctx -> {
            rr.admin(ctx, true);
            JsonNode b = body(ctx);
            String pw = b.path("password").asText("");
            rr.users.add(b.path("name").asText(null), Users.Role.of(b.path("role").asText(null)), pw.toCharArray(),
                    b.path("replace").asBoolean(false));
            ctx.status(HttpStatus.CREATED);
            json(ctx, JSON.createObjectNode().put("name", b.path("name").asText()));
        });
        return rr;
    }

    /** The {@code fields} object of a correct or split body. */
    private static Map<String, Object> fields(JsonNode f, boolean optional) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (optional && f.isMissingNode()) {
            return fields;
        }
        if (!f.isObject()) {
            throw new BadRequestResponse("body must be {\"fields\": {name: value, ...}}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
            var en = it.next();
            JsonNode v = en.getValue();
            fields.put(en.getKey(), v.isNull() ? null : v.isNumber() ? v.numberValue() : v.asText());
        }
        return fields;
    }

    /** Adds {@code reviewed} and {@code review_status} to each event object of a JSON page / array / event. */
    public static void decorate(Store store, JsonNode n) {
        ArrayNode events = n.isArray() ? (ArrayNode) n : n.has("events") ? (ArrayNode) n.get("events") : null;
        java.util.List<ObjectNode> objs = new java.util.ArrayList<>();
        if (events != null) {
            events.forEach(e -> objs.add((ObjectNode) e));
        } else if (n.isObject() && n.has("id")) {
            objs.add((ObjectNode) n);
        }
        java.util.List<Long> ids = objs.stream().map(o -> o.path("id").asLong()).toList();
        Map<Long, String> st = store.reviewStatuses(ids);
        for (ObjectNode o : objs) {
            String s = st.get(o.path("id").asLong());
            o.put("reviewed", s != null);
            o.put("review_status", s);
        }
        if (events == null && !objs.isEmpty()) {
            Long into = store.mergedInto(objs.get(0).path("id").asLong());
            if (into != null) {
                objs.get(0).put("merged_into", into);
            }
        }
    }

    private ObjectNode stateJson(long id) {
        Reviews.State s = reviews.state(id);
        ObjectNode n = JSON.createObjectNode();
        n.put("event_id", id);
        n.put("reviewed", s.reviewed());
        n.put("review_status", s.status());
        n.put("reason", s.reason());
        n.put("reviewer", s.reviewer());
        n.put("reviewed_at", s.at() == null ? null : s.at().toString());
        ArrayNode who = n.putArray("reviewers");
        s.reviewers().forEach(who::add);
        ArrayNode h = n.putArray("history");
        for (Reviews.Change c : reviews.history(id)) {
            ObjectNode o = h.addObject();
            o.put("reviewer", c.reviewer());
            o.put("at", c.at().toString());
            o.put("action", c.action());
            o.put("field", c.field());
            o.put("before", c.before());
            o.put("after", c.after());
        }
        return n;
    }

    private void login(Context ctx) {
        sameOrigin(ctx);
        JsonNode b = body(ctx);
        Optional<Users.User> u = users.verify(b.path("name").asText(null), b.path("password").asText(null));
        if (u.isEmpty()) {
            throw new UnauthorizedResponse("wrong user name or password");
        }
        String token = random();
        Session s = new Session(u.get(), random(), Instant.now().plus(TTL));
        sessions.put(token, s);
        sessions.entrySet().removeIf(e -> e.getValue().expires().isBefore(Instant.now()));
        ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; Max-Age=" + TTL.toSeconds()
                + "; HttpOnly; Secure; SameSite=Strict");
        json(ctx, me(s));
    }

    private static ObjectNode me(Session s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", s.user().name());
        n.put("role", s.user().role().label());
        n.put("csrf", s.csrf());
        return n;
    }

    /** The request's session; for a state-changing request its CSRF header must match. 401 / 403 otherwise. */
    Session session(Context ctx, boolean changing) {
        String token = ctx.cookie(COOKIE);
        Session s = token == null ? null : sessions.get(token);
        if (s == null || s.expires().isBefore(Instant.now())) {
            if (s != null) {
                sessions.remove(token);
            }
            throw new UnauthorizedResponse("log in first (POST /api/login)");
        }
        if (changing) {
            sameOrigin(ctx);
            String given = ctx.header(CSRF_HEADER);
            if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    s.csrf().getBytes(StandardCharsets.UTF_8))) {
                throw new ForbiddenResponse("missing or wrong " + CSRF_HEADER + " header");
            }
        }
        return s;
    }

    private Session reviewer(Context ctx) {
        return session(ctx, true); // both roles review
    }

    private Session admin(Context ctx, boolean changing) {
        Session s = session(ctx, changing);
        if (s.user().role() != Users.Role.ADMIN) {
            throw new ForbiddenResponse("only an admin manages users");
        }
        return s;
    }

    /** A cross-site request (Origin or Sec-Fetch-Site saying so) is refused before anything else. */
    private static void sameOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new ForbiddenResponse("cross-site request refused");
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && host != null && !origin.equals("null")) {
            String o = origin.replaceFirst("^https?://", "");
            if (!o.equalsIgnoreCase(host)) {
                throw new ForbiddenResponse("cross-origin request refused");
            }
        } else if ("null".equals(origin)) {
            throw new ForbiddenResponse("cross-origin request refused");
        }
        String type = ctx.header("Content-Type");
        if (ctx.method().toString().equals("POST") && ctx.body().length() > 0
                && (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"))) {
            throw new BadRequestResponse("Content-Type must be application/json");
        }
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static JsonNode body(Context ctx) {
        String s = ctx.body();
        if (s.length() > 100_000) {
            throw new BadRequestResponse("body too large");
        }
        try {
            JsonNode n = s.isBlank() ? JSON.createObjectNode() : JSON.readTree(s);
            if (!n.isObject()) {
                throw new BadRequestResponse("body must be a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequestResponse("body must be JSON: " + e.getOriginalMessage());
        }
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("id must be a number");
        }
    }

    private static void json(Context ctx, JsonNode n) {
        ctx.contentType("application/json; charset=utf-8").result(n.toString());
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).contentType("application/json")
                .result(JSON.createObjectNode().put("error", message).toString());
    }
}
