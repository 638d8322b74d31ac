package org.rasd.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a reviewer's merge and split do to the stored events, inside the caller's transaction (org.rasd.review keeps
 * the review state and the audit trail): reports move between events, an event's row is copied, a report's evidence
 * spans are divided, and the counts and the credible toll are computed again from the reports.
 */
public final class EventSurgery {
    private EventSurgery() {
    }

    /** The first synthetic ordinal: a report made by splitting evidence never meets an extractor's ordinal. */
    public static final int SPLIT_ORDINAL = 1000;

    /** One report row of an event. */
    public record Report(long id, long articleId, String articleHash, int ordinal, int spans) {
    }

    /** The event this one was merged into, or null. */
    public static Long mergedInto(Connection c, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT merged_into FROM events WHERE id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }

    /** The event's reports in storage order (the order of GET /api/events/{id} → reports). */
    public static List<Report> reports(Connection c, long eventId) throws SQLException {
        List<Report> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT es.id, es.article_id, a.content_hash, es.ordinal, "
                + "es.evidence_json FROM event_sources es JOIN articles a ON a.id = es.article_id "
                + "WHERE es.event_id = ? ORDER BY es.id")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                            Store.evidence(rs.getString(5)).size()));
                }
            }
        }
        return out;
    }

    /** Moves every report of {@code from} into {@code into} and marks {@code from} as merged (a stub, no reports). */
    public static void merge(Connection c, long from, long into, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE event_sources SET event_id = ? WHERE event_id = ?")) {
            ps.setLong(1, into);
            ps.setLong(2, from);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE events SET merged_into = ?, source_count = 0, updated_at = ? WHERE id = ?")) {
            ps.setLong(1, into);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setLong(3, from);
            ps.executeUpdate();
        }
        recount(c, into, now);
    }

    /** A new event with every field of {@code eventId} and no report yet; returns its id. */
    public static long copy(Connection c, long eventId, Instant now) throws SQLException {
        long id = Store.nextId(c, "events");
        String cols = "family, event_date, time_precision, disorder_type, event_type, sub_event_type, actor1, "
                + "assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, attempted, "
                + "country_code, country, admin1, admin2, admin3, location, location_ar, latitude, longitude, "
                + "geo_precision, gazetteer_id, fatalities, confidence, notes, source_count";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (id, updated_at, " + cols + ") SELECT ?, ?, "
                + cols + " FROM events WHERE id = ?")) {
            ps.setLong(1, id);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setLong(3, eventId);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no event " + eventId + " to copy");
            }
        }
        return id;
    }

    /** Moves the given reports (rows of event_sources) to another event. */
    public static void move(Connection c, Collection<Long> reportIds, long into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE event_sources SET event_id = ? WHERE id = ?")) {
            for (long r : reportIds) {
                ps.setLong(1, into);
                ps.setLong(2, r);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Takes the evidence spans at {@code indexes} out of a report and gives them to a new report of the same article
     * for event {@code into}, with the next synthetic ordinal of that article (≥ {@link #SPLIT_ORDINAL}); returns it.
     */
    public static int divide(Connection c, long reportId, Collection<Integer> indexes, long into) throws SQLException {
        long articleId;
        int ordinal;
        Integer fatalities;
        String eventJson;
        List<Map<String, Object>> spans;
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, ordinal, fatalities, event_json, "
                + "evidence_json FROM event_sources WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no report " + reportId);
                }
                articleId = rs.getLong(1);
                ordinal = rs.getInt(2);
                int f = rs.getInt(3);
                fatalities = rs.wasNull() ? null : f;
                eventJson = rs.getString(4);
                spans = Store.JSON.readValue(rs.getString(5), new TypeReference<List<Map<String, Object>>>() { });
            } catch (JsonProcessingException e) {
                throw new SQLException("bad evidence JSON in report " + reportId, e);
            }
        }
        List<Map<String, Object>> kept = new ArrayList<>();
        List<Map<String, Object>> moved = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            (indexes.contains(i) ? moved : kept).add(spans.get(i));
        }
        int next;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(ordinal), 0) + 1 FROM event_sources WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                next = Math.max(SPLIT_ORDINAL, rs.getInt(1));
            }
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE event_sources SET evidence_json = ? WHERE id = ?");
             PreparedStatement in = c.prepareStatement("INSERT INTO event_sources (id, event_id, article_id, ordinal, "
                     + "fatalities, event_json, evidence_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            up.setString(1, Store.JSON.writeValueAsString(kept));
            up.setLong(2, reportId);
            up.executeUpdate();
            in.setLong(1, Store.nextId(c, "event_sources"));
            in.setLong(2, into);
            in.setLong(3, articleId);
            in.setInt(4, next);
            if (fatalities == null) {
                in.setNull(5, Types.INTEGER);
            } else {
                in.setInt(5, fatalities);
            }
            in.setString(6, eventJson);
            in.setString(7, Store.JSON.writeValueAsString(moved));
            in.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return next;
    }

    /** Sets an event's report count and its credible toll ({@link Dedup#credibleFatalities}) from its reports. */
    public static void recount(Connection c, long eventId, Instant now) throws SQLException {
        List<Integer> figures = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fatalities FROM event_sources WHERE event_id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int f = rs.getInt(1);
                    figures.add(rs.wasNull() ? null : f);
                }
            }
        }
        if (figures.isEmpty()) {
            return;
        }
        Integer toll = Dedup.credibleFatalities(figures);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE events SET source_count = ?, fatalities = ?, updated_at = ? WHERE id = ?")) {
            ps.setInt(1, figures.size());
            if (toll == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setInt(2, toll);
            }
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setLong(4, eventId);
            ps.executeUpdate();
        }
        ReviewLink.reapplyEvent(c, eventId); // a reviewed toll stays
    }
}
