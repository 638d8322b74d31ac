package org.rasd.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.flywaydb.core.Flyway;
import org.rasd.io.DataPaths;
import org.rasd.io.EventJson;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Evidence;

/**
 * The event store: articles, (deduplicated) events and their sources, over JDBC. Embedded H2 by default
 * ({@link #defaultUrl(DataPaths)}), PostgreSQL with a {@code jdbc:postgresql://} URL; the schema is
 * migrated with Flyway on open. Reads may run concurrently; writes are serialized, one transaction per
 * article: an article is stored with all its events or not at all.
 */
public final class Store implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 1_000_000;
    private static final String EVENT_COLUMNS = "family, event_date, time_precision, disorder_type, event_type, "
            + "sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, "
            + "civilian_targeting, attempted, country_code, country, admin1, admin2, admin3, location, location_ar, "
            + "latitude, longitude, geo_precision, gazetteer_id, fatalities, confidence, notes, source_count, "
            + "updated_at";

    private final String url;
    private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private final Object writeLock = new Object();
    private volatile boolean closed;

    private Store(String url) {
        this.url = url;
    }

    /** The embedded H2 database under {@code DataPaths.store()}. */
    public static String defaultUrl(DataPaths paths) {
        return "jdbc:h2:file:" + paths.store().resolve("rasd").toAbsolutePath();
    }

    /** Opens (creating and migrating when needed) the store at a JDBC URL (H2 or PostgreSQL). */
    public static Store open(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:file:")) {
            String file = jdbcUrl.substring("jdbc:h2:file:".length()).split(";", 2)[0];
            try {
                Path parent = Path.of(file).toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (java.io.IOException e) {
                throw new StoreException("cannot create store directory for " + jdbcUrl, e);
            }
        }
        Store s = new Store(jdbcUrl);
        Connection keep = s.borrow(); // keeps an embedded database open while Flyway works
        try {
            Flyway.configure().dataSource(jdbcUrl, null, null).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
        } finally {
            s.release(keep);
        }
        return s;
    }

    public static Store open(DataPaths paths) {
        return open(defaultUrl(paths));
    }

    public String url() {
        return url;
    }

    /** Thrown for database failures. */
    public static final class StoreException extends RuntimeException {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    // ---------------------------------------------------------------- connections

    private Connection borrow() {
        if (closed) {
            throw new IllegalStateException("store is closed");
        }
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                if (c.isValid(2)) {
                    return c;
                }
            } catch (SQLException ignored) {
                // fall through and drop it
            }
            quietClose(c);
        }
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020 || String.valueOf(e.getMessage()).contains("already in use")) {
                throw new StoreException("the embedded store " + redact(url) + " is in use by another process "
                        + "(stop `rasd serve` before `rasd ingest`, post articles to the running server, or use "
                        + "PostgreSQL with --db)", e);
            }
            throw new StoreException("cannot connect to " + redact(url) + ": " + e.getMessage(), e);
        }
    }

    private void release(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            quietClose(c);
            return;
        }
        if (closed || idle.size() >= 8 || !idle.offer(c)) {
            quietClose(c);
        }
    }

    private static void quietClose(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing to do
        }
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Work on one JDBC connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs reads on one pooled connection (for the review tables, org.rasd.review). */
    public <T> T query(SqlWork<T> work) {
        return read(work);
    }

    /** Runs work in one transaction, serialized with every other write (for the review tables, org.rasd.review). */
    public <T> T transaction(SqlWork<T> work) {
        synchronized (writeLock) {
            Connection c = borrow();
            try {
                c.setAutoCommit(false);
                T t = work.run(c);
                c.commit();
                return t;
            } catch (SQLException e) {
                throw new StoreException(e.getMessage(), e);
            } finally {
                release(c); // rolls back anything not committed
            }
        }
    }

    /** The latest review status of each of the events (absent: unreviewed). */
    public Map<Long, String> reviewStatuses(java.util.Collection<Long> eventIds) {
        return eventIds.isEmpty() ? Map.of() : read(c -> ReviewLink.statuses(c, eventIds));
    }

    private <T> T read(SqlWork<T> work) {
        Connection c = borrow();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        } finally {
            release(c);
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            quietClose(c);
        }
    }

    // ---------------------------------------------------------------- writes

    /** SHA-256 (hex) of the text with whitespace runs collapsed: the article's identity besides its URL. */
    public static String contentHash(String text) {
        String norm = text.strip().replaceAll("\\s+", " ");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the article (same URL or same content hash) is already stored. */
    public boolean contains(Article a) {
        String hash = contentHash(a.text());
        return read(c -> existing(c, a.url(), hash) != null);
    }

    private static Long existing(Connection c, String articleUrl, String hash) throws SQLException {
        // two indexed lookups: an OR of both columns would scan the table on H2
        Long id = lookup(c, "SELECT id FROM articles WHERE content_hash = ?", hash);
        return id != null || articleUrl == null ? id : lookup(c, "SELECT id FROM articles WHERE url = ?", articleUrl);
    }

    private static Long lookup(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * Stores an article with its events in one transaction, merging each event into an existing incident
     * reported by another article when {@link Dedup#sameIncident} says so. An article already stored (same
     * URL or content hash) is left alone. Evidence spans outside the text are refused (nothing is stored).
     */
    public StoreOutcome add(Article a, List<Event> events) {
        if (a.text().length() > MAX_TEXT) {
            throw new IllegalArgumentException("article text longer than " + MAX_TEXT + " characters");
        }
        for (Event e : events) {
            for (Evidence ev : e.evidence()) {
                if (ev.start() < 0 || ev.end() < ev.start() || ev.end() > a.text().length()) {
                    throw new IllegalArgumentException("evidence span [" + ev.start() + "," + ev.end()
                            + ") outside the article text (" + a.text().length() + " chars)");
                }
            }
        }
        String hash = contentHash(a.text());
        synchronized (writeLock) {
            Connection c = borrow();
            try {
                c.setAutoCommit(false);
                Long old = existing(c, a.url(), hash);
                if (old != null) {
                    c.rollback();
                    return new StoreOutcome(false, old, 0, 0);
                }
                Instant now = Instant.now();
                long articleId = insertArticle(c, a, hash, events.size(), now);
                int added = 0;
                int merged = 0;
                Set<Long> touched = new HashSet<>();
                Map<Integer, Long> ordinalToEvent = new LinkedHashMap<>();
                for (int i = 0; i < events.size(); i++) {
                    Event e = events.get(i);
                    EventRow row = EventRow.of(e, a, now);
                    EventRow match = findIncident(c, row, touched);
                    long eventId;
                    if (match != null) {
                        List<Integer> figures = sourceFatalities(c, match.id());
                        figures.add(row.fatalities());
                        EventRow m = Dedup.withFatalities(Dedup.merge(match, row, now),
                                Dedup.credibleFatalities(figures));
                        updateEvent(c, m);
                        eventId = m.id();
                        merged++;
                    } else {
                        eventId = insertEvent(c, row);
                        added++;
                    }
                    touched.add(eventId);
                    ordinalToEvent.put(i, eventId);
                    insertSource(c, eventId, articleId, i, e);
                }
                ReviewLink.reapply(c, hash, ordinalToEvent); // a re-run never overwrites a reviewed field
                c.commit();
                return new StoreOutcome(true, articleId, added, merged);
            } catch (SQLException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // connection is dropped below anyway
                }
                if (isUniqueViolation(e)) {
                    return new StoreOutcome(false, read(x -> {
                        Long id = existing(x, a.url(), hash);
                        return id == null ? -1L : id;
                    }), 0, 0);
                }
                throw new StoreException("storing " + a.docId() + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // nothing more to do
                }
                throw e;
            } finally {
                release(c);
            }
        }
    }

    private static List<Integer> sourceFatalities(Connection c, long eventId) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fatalities FROM event_sources WHERE event_id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(nullableInt(rs, "fatalities"));
                }
            }
        }
        return out;
    }

    private static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private static long insertArticle(Connection c, Article a, String hash, int eventCount, Instant now)
            throws SQLException {
        long id = nextId(c, "articles");
        String sql = "INSERT INTO articles (doc_id, source, url, published, title, text, content_hash, event_count, "
                + "ingested_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(10, id);
            ps.setString(1, cut(a.docId(), 512));
            ps.setString(2, cut(a.source(), 512));
            ps.setString(3, a.url());
            setDate(ps, 4, a.published());
            ps.setString(5, cut(a.title(), 8192));
            ps.setString(6, a.text());
            ps.setString(7, hash);
            ps.setInt(8, eventCount);
            ps.setTimestamp(9, Timestamp.from(now));
            ps.executeUpdate();
            return id;
        }
    }

    /**
     * The next id of a table, taken inside the writing transaction (writes are serialized): one more than the
     * largest stored. Unlike an identity sequence, whose values a transaction cut short by kill -9 has used up, this
     * gives a resumed ingest the very ids of an uninterrupted one.
     */
    static long nextId(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private EventRow findIncident(Connection c, EventRow row, Set<Long> touched) throws SQLException {
        if (row.eventDate() == null) {
            return null;
        }
        String sql = "SELECT id, " + EVENT_COLUMNS + " FROM events WHERE family = ? AND event_date BETWEEN ? AND ? "
                + "AND merged_into IS NULL";
        EventRow best = null;
        double bestRank = Double.MAX_VALUE;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, row.family());
            setDate(ps, 2, row.eventDate().minusDays(1));
            setDate(ps, 3, row.eventDate().plusDays(1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EventRow cand = mapEvent(rs);
                    if (touched.contains(cand.id()) || !Dedup.sameIncident(cand, row)) {
                        continue;
                    }
                    double r = Dedup.rank(cand, row);
                    if (r < bestRank) {
                        best = cand;
                        bestRank = r;
                    }
                }
            }
        }
        return best;
    }

    private static int bindEvent(PreparedStatement ps, EventRow r) throws SQLException {
        int i = 1;
        ps.setString(i++, r.family());
        setDate(ps, i++, r.eventDate());
        ps.setInt(i++, r.timePrecision());
        ps.setString(i++, r.disorderType());
        ps.setString(i++, cut(r.eventType(), 64));
        ps.setString(i++, cut(r.subEventType(), 128));
        ps.setString(i++, cut(r.actor1(), 512));
        ps.setString(i++, cut(String.join("; ", r.assocActor1()), 2048));
        ps.setInt(i++, r.inter1());
        ps.setString(i++, cut(r.actor2(), 512));
        ps.setString(i++, cut(String.join("; ", r.assocActor2()), 2048));
        ps.setInt(i++, r.inter2());
        ps.setInt(i++, r.interaction());
        ps.setBoolean(i++, r.civilianTargeting());
        ps.setBoolean(i++, r.attempted());
        ps.setString(i++, cut(r.countryCode(), 8));
        ps.setString(i++, cut(r.country(), 128));
        ps.setString(i++, cut(r.admin1(), 256));
        ps.setString(i++, cut(r.admin2(), 256));
        ps.setString(i++, cut(r.admin3(), 256));
        ps.setString(i++, cut(r.location(), 512));
        ps.setString(i++, cut(r.locationAr(), 512));
        setDouble(ps, i++, r.latitude());
        setDouble(ps, i++, r.longitude());
        ps.setInt(i++, r.geoPrecision());
        ps.setString(i++, cut(r.gazetteerId(), 128));
        if (r.fatalities() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, r.fatalities());
        }
        ps.setDouble(i++, r.confidence());
        ps.setString(i++, cut(r.notes(), 8192));
        ps.setInt(i++, r.sourceCount());
        ps.setTimestamp(i++, Timestamp.from(r.updatedAt() == null ? Instant.now() : r.updatedAt()));
        return i;
    }

    private static long insertEvent(Connection c, EventRow r) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(EVENT_COLUMNS.split(",").length + 1, "?"));
        long id = nextId(c, "events");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (" + EVENT_COLUMNS + ", id) VALUES (" + marks
                + ")")) {
            int i = bindEvent(ps, r);
            ps.setLong(i, id);
            ps.executeUpdate();
            return id;
        }
    }

    private static void updateEvent(Connection c, EventRow r) throws SQLException {
        String set = String.join(" = ?, ", EVENT_COLUMNS.split(",\\s*")) + " = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET " + set + " WHERE id = ?")) {
            int i = bindEvent(ps, r);
            ps.setLong(i, r.id());
            ps.executeUpdate();
        }
    }

    private static void insertSource(Connection c, long eventId, long articleId, int ordinal, Event e)
            throws SQLException {
        List<Map<String, Object>> spans = new ArrayList<>();
        for (Evidence ev : e.evidence()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", ev.start());
            m.put("end", ev.end());
            m.put("text", ev.text());
            m.put("role", ev.role());
            spans.add(m);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_sources (event_id, article_id, ordinal, "
                + "fatalities, event_json, evidence_json, id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(7, nextId(c, "event_sources"));
            ps.setLong(1, eventId);
            ps.setLong(2, articleId);
            ps.setInt(3, ordinal);
            if (e.fatalities() == null) {
                ps.setNull(4, Types.INTEGER);
            } else {
                ps.setInt(4, e.fatalities());
            }
            ps.setString(5, EventJson.write(e));
            ps.setString(6, JSON.writeValueAsString(spans));
            ps.executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, d);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, d);
        }
    }

    // ---------------------------------------------------------------- reads

    static EventRow mapEvent(ResultSet rs) throws SQLException {
        Timestamp ts = rs.getTimestamp("updated_at");
        return new EventRow(rs.getLong("id"), rs.getString("family"), rs.getObject("event_date", LocalDate.class),
                rs.getInt("time_precision"), rs.getString("disorder_type"), rs.getString("event_type"),
                rs.getString("sub_event_type"), rs.getString("actor1"), split(rs.getString("assoc_actor_1")),
                rs.getInt("inter1"), rs.getString("actor2"), split(rs.getString("assoc_actor_2")), rs.getInt("inter2"),
                rs.getInt("interaction"), rs.getBoolean("civilian_targeting"), rs.getBoolean("attempted"),
                rs.getString("country_code"), rs.getString("country"), rs.getString("admin1"), rs.getString("admin2"),
                rs.getString("admin3"), rs.getString("location"), rs.getString("location_ar"),
                nullableDouble(rs, "latitude"), nullableDouble(rs, "longitude"), rs.getInt("geo_precision"),
                rs.getString("gazetteer_id"), nullableInt(rs, "fatalities"), rs.getDouble("confidence"),
                rs.getString("notes"), rs.getInt("source_count"), ts == null ? null : ts.toInstant(), List.of());
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(";\\s*"));
    }

    private static Double nullableDouble(ResultSet rs, String col) throws SQLException {
        double d = rs.getDouble(col);
        return rs.wasNull() ? null : d;
    }

    private static Integer nullableInt(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(EventQuery q) {
        List<String> w = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        w.add("merged_into IS NULL"); // an event merged into another by a reviewer is listed as part of that one
        if (q.from() != null) {
            w.add("event_date >= ?");
            p.add(q.from());
        }
        if (q.to() != null) {
            w.add("event_date <= ?");
            p.add(q.to());
        }
        if (notBlank(q.country())) {
            w.add("(UPPER(country_code) = ? OR UPPER(country) = ?)");
            p.add(q.country().trim().toUpperCase(Locale.ROOT));
            p.add(q.country().trim().toUpperCase(Locale.ROOT));
        }
        if (notBlank(q.admin1())) {
            w.add("LOWER(admin1) = ?");
            p.add(q.admin1().trim().toLowerCase(Locale.ROOT));
        }
        if (notBlank(q.eventType())) {
            w.add("event_type = ?");
            p.add(q.eventType().trim());
        }
        if (notBlank(q.subEventType())) {
            w.add("sub_event_type = ?");
            p.add(q.subEventType().trim());
        }
        if (notBlank(q.actor())) {
            String like = like(q.actor());
            w.add("(LOWER(actor1) LIKE ? ESCAPE '!' OR LOWER(actor2) LIKE ? ESCAPE '!' "
                    + "OR LOWER(assoc_actor_1) LIKE ? ESCAPE '!' OR LOWER(assoc_actor_2) LIKE ? ESCAPE '!')");
            for (int i = 0; i < 4; i++) {
                p.add(like);
            }
        }
        if (q.bbox() != null) {
            double[] b = q.bbox();
            w.add("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?");
            p.add(b[0]);
            p.add(b[2]);
            p.add(b[1]);
            p.add(b[3]);
        }
        if (notBlank(q.q())) {
            String like = like(q.q());
            String[] cols = {"notes", "location", "location_ar", "admin1", "admin2", "actor1", "actor2",
                    "assoc_actor_1", "assoc_actor_2"};
            List<String> ors = new ArrayList<>();
            for (String col : cols) {
                ors.add("LOWER(" + col + ") LIKE ? ESCAPE '!'");
                p.add(like);
            }
            w.add("(" + String.join(" OR ", ors) + ")");
        }
        if (notBlank(q.review())) {
            w.add(ReviewLink.filter(q.review()));
        }
        return new Where(w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w), p);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String like(String s) {
        String esc = s.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + esc + "%";
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object o : params) {
            if (o instanceof LocalDate d) {
                ps.setObject(i++, d);
            } else if (o instanceof Double d) {
                ps.setDouble(i++, d);
            } else {
                ps.setString(i++, (String) o);
            }
        }
    }

    /** Events matching the query, newest first, with the outlets that reported each. */
    public Views.Page events(EventQuery q) {
        Where w = where(q);
        return read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events" + w.sql())) {
                bind(ps, w.params());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<EventRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, " + EVENT_COLUMNS + " FROM events" + w.sql()
                    + ("confidence".equals(q.sort()) ? " ORDER BY confidence, event_date DESC, id"
                    : " ORDER BY event_date DESC, id DESC") + " LIMIT ? OFFSET ?")) {
                List<Object> params = new ArrayList<>(w.params());
                bind(ps, params);
                ps.setInt(params.size() + 1, q.limit());
                ps.setInt(params.size() + 2, q.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(mapEvent(rs));
                    }
                }
            }
            return new Views.Page(total, withOutlets(c, rows));
        });
    }

    private static List<EventRow> withOutlets(Connection c, List<EventRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Set<String>> outlets = new LinkedHashMap<>();
        for (int from = 0; from < rows.size(); from += 500) {
            List<EventRow> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT es.event_id, a.source, a.doc_id FROM event_sources es "
                    + "JOIN articles a ON a.id = es.article_id WHERE es.event_id IN (" + marks + ") ORDER BY es.id")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i).id());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String s = rs.getString(2);
                        outlets.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                                .add(s == null || s.isBlank() ? "unknown" : s);
                    }
                }
            }
        }
        List<EventRow> out = new ArrayList<>(rows.size());
        for (EventRow r : rows) {
            out.add(r.withSources(new ArrayList<>(outlets.getOrDefault(r.id(), Set.of()))));
        }
        return out;
    }

    /** One event with every source that reported it and their evidence spans. */
    public Optional<Views.EventDetail> event(long id) {
        return read(c -> {
            EventRow row = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, " + EVENT_COLUMNS + " FROM events WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        row = mapEvent(rs);
                    }
                }
            }
            if (row == null) {
                return Optional.empty();
            }
            List<Views.SourceRef> sources = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT es.article_id, a.doc_id, a.source, a.url, a.title, "
                    + "a.published, es.fatalities, es.evidence_json, es.event_json, es.id FROM event_sources es "
                    + "JOIN articles a ON a.id = es.article_id WHERE es.event_id = ? ORDER BY es.id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sources.add(new Views.SourceRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                                nullableInt(rs, "fatalities"), evidence(rs.getString(8)), rs.getString(9),
                                rs.getLong(10)));
                    }
                }
            }
            return Optional.of(new Views.EventDetail(withOutlets(c, List.of(row)).get(0), sources));
        });
    }

    static List<Evidence> evidence(String json) {
        try {
            List<Map<String, Object>> l = JSON.readValue(json, new TypeReference<>() { });
            List<Evidence> out = new ArrayList<>();
            for (Map<String, Object> m : l) {
                out.add(new Evidence(((Number) m.get("start")).intValue(), ((Number) m.get("end")).intValue(),
                        (String) m.get("text"), (String) m.get("role")));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("bad evidence JSON in store", e);
        }
    }

    /** An article's text with the evidence spans of every event it reported. */
    public Optional<Views.ArticleView> article(long id) {
        return read(c -> {
            Views.ArticleView head = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, doc_id, source, url, published, title, text FROM articles WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        head = new Views.ArticleView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), List.of());
                    }
                }
            }
            if (head == null) {
                return Optional.empty();
            }
            List<Views.Span> spans = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT es.event_id, e.event_type, e.sub_event_type, "
                    + "es.evidence_json FROM event_sources es JOIN events e ON e.id = es.event_id "
                    + "WHERE es.article_id = ? ORDER BY es.ordinal")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (Evidence ev : evidence(rs.getString(4))) {
                            spans.add(new Views.Span(rs.getLong(1), rs.getString(2), rs.getString(3), ev.start(),
                                    ev.end(), ev.role(), ev.text()));
                        }
                    }
                }
            }
            return Optional.of(new Views.ArticleView(head.id(), head.docId(), head.source(), head.url(),
                    head.published(), head.title(), head.text(), spans));
        });
    }

    /** Events and fatalities per day, events per type and per country, for the events matching the query. */
    public Views.Stats stats(EventQuery q) {
        Where w = where(q);
        return read(c -> {
            List<Views.DayCount> days = new ArrayList<>();
            long events = 0;
            long fatalities = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT event_date, COUNT(*), SUM(COALESCE(fatalities, 0)) "
                    + "FROM events" + w.sql() + " GROUP BY event_date ORDER BY event_date")) {
                bind(ps, w.params());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate d = rs.getObject(1, LocalDate.class);
                        long n = rs.getLong(2);
                        long f = rs.getLong(3);
                        events += n;
                        fatalities += f;
                        if (d != null) {
                            days.add(new Views.DayCount(d, n, f));
                        }
                    }
                }
            }
            return new Views.Stats(events, fatalities, days, groupCount(c, "event_type", w),
                    groupCount(c, "country", w));
        });
    }

    private static Map<String, Long> groupCount(Connection c, String col, Where w) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + col + ", COUNT(*) AS n FROM events" + w.sql()
                + " GROUP BY " + col + " ORDER BY n DESC, " + col)) {
            bind(ps, w.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String k = rs.getString(1);
                    m.put(k == null ? "" : k, rs.getLong(2));
                }
            }
        }
        return m;
    }

    /** The event a reviewer merged this one into, or null (not merged, or no such event). */
    public Long mergedInto(long eventId) {
        return read(c -> EventSurgery.mergedInto(c, eventId));
    }

    /** Deletes every article, event and report (the schema stays): for re-extracting with a new extractor. */
    public void clear() {
        synchronized (writeLock) {
            read(c -> {
                ReviewLink.detach(c); // reviews stay, keyed by article hash and ordinal
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("DELETE FROM event_sources");
                    st.executeUpdate("DELETE FROM events");
                    st.executeUpdate("DELETE FROM articles");
                }
                return null;
            });
        }
    }

    /** How many articles, events and event-source links the store holds. */
    public Views.Counts counts() {
        return read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events), "
                         + "(SELECT COUNT(*) FROM event_sources)")) {
                rs.next();
                return new Views.Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
    }
}
