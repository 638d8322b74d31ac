package org.rasd.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasd.model.SubEventType;

/**
 * How analysts' reviews (tables {@code reviews} and {@code review_audit}, migration V2) meet the events: the
 * reviewable fields and their columns, re-applying reviewed values after an article is stored (so a re-run never
 * overwrites a reviewed field), the {@code review} filter and the review state of listed events.
 */
public final class ReviewLink {
    private ReviewLink() {
    }

    /** A reviewable field: its API name (as in the event JSON), column and kind. */
    public record Field(String name, String column, Class<?> kind) {
    }

    /** The fields a reviewer may correct; a confirmation locks all of them. */
    public static final Map<String, Field> FIELDS;

    static {
        Map<String, Field> m = new LinkedHashMap<>();
        for (Field f : List.of(new Field("sub_event_type", "sub_event_type", String.class),
                new Field("event_date", "event_date", LocalDate.class),
                new Field("time_precision", "time_precision", Integer.class),
                new Field("location", "location", String.class),
                new Field("location_ar", "location_ar", String.class),
                new Field("country_code", "country_code", String.class),
                new Field("country", "country", String.class),
                new Field("admin1", "admin1", String.class),
                new Field("admin2", "admin2", String.class),
                new Field("latitude", "latitude", Double.class),
                new Field("longitude", "longitude", Double.class),
                new Field("geo_precision", "geo_precision", Integer.class),
                new Field("gazetteer_id", "gazetteer_id", String.class),
                new Field("actor1", "actor1", String.class),
                new Field("inter1", "inter1", Integer.class),
                new Field("actor2", "actor2", String.class),
                new Field("inter2", "inter2", Integer.class),
                new Field("fatalities", "fatalities", Integer.class),
                new Field("attempted", "attempted", Boolean.class))) {
            m.put(f.name(), f);
        }
        FIELDS = Collections.unmodifiableMap(m);
    }

    /** Review statuses. */
    public static final List<String> STATUSES = List.of("confirmed", "rejected", "corrected", "merged");

    /** Checks and converts a reviewed value to its field's kind (null clears); a clear message otherwise. */
    public static Object value(String field, Object raw) {
        Field f = FIELDS.get(field);
        if (f == null) {
            throw new IllegalArgumentException("field " + field + " cannot be reviewed (one of " + FIELDS.keySet() + ")");
        }
        if (raw == null || raw instanceof String s && s.isBlank() && f.kind() != String.class) {
            if (f.kind() == Boolean.class || "time_precision".equals(field) || "geo_precision".equals(field)
                    || "inter1".equals(field) || "inter2".equals(field) || "sub_event_type".equals(field)) {
                throw new IllegalArgumentException(field + " cannot be empty");
            }
            return null;
        }
        String s = String.valueOf(raw).trim();
        try {
            Object v;
            if (f.kind() == String.class) {
                v = s.isEmpty() ? null : s;
            } else if (f.kind() == Integer.class) {
                v = raw instanceof Number n && n.doubleValue() == n.intValue() ? n.intValue() : Integer.parseInt(s);
            } else if (f.kind() == Double.class) {
                v = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(s);
            } else if (f.kind() == LocalDate.class) {
                v = LocalDate.parse(s);
            } else {
                if (!"true".equals(s) && !"false".equals(s)) {
                    throw new IllegalArgumentException(field + " must be true or false");
                }
                v = Boolean.parseBoolean(s);
            }
            check(field, v);
            return v;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(field + ": bad value " + s);
        }
    }

    private static void check(String field, Object v) {
        switch (field) {
            case "sub_event_type" -> {
                if (SubEventType.find((String) v) == null) {
                    throw new IllegalArgumentException("sub_event_type: not an ACLED sub-event type: " + v);
                }
            }
            case "time_precision" -> range(field, (Integer) v, 1, 3);
            case "geo_precision" -> range(field, (Integer) v, 1, 3);
            case "inter1" -> range(field, (Integer) v, 0, 8);
            case "inter2" -> range(field, (Integer) v, 0, 8);
            case "fatalities" -> range(field, (Integer) v, 0, Integer.MAX_VALUE);
            case "latitude" -> rangeD(field, (Double) v, -90, 90);
            case "longitude" -> rangeD(field, (Double) v, -180, 180);
            default -> {
                if (v instanceof String s && s.length() > 512) {
                    throw new IllegalArgumentException(field + " longer than 512 characters");
                }
            }
        }
    }

    private static void range(String field, Integer v, int lo, int hi) {
        if (v != null && (v < lo || v > hi)) {
            throw new IllegalArgumentException(field + " must be between " + lo + " and " + hi);
        }
    }

    private static void rangeD(String field, Double v, double lo, double hi) {
        if (v != null && (v < lo || v > hi || v.isNaN())) {
            throw new IllegalArgumentException(field + " must be between " + lo + " and " + hi);
        }
    }

    /** The current values of the reviewable fields of an event (API names), or null when there is no such event. */
    public static Map<String, Object> current(Connection c, long eventId) throws SQLException {
        List<String> cols = new ArrayList<>();
        FIELDS.values().forEach(f -> cols.add(f.column()));
        try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", cols) + " FROM events WHERE id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                for (Field f : FIELDS.values()) {
                    Object v;
                    if (f.kind() == LocalDate.class) {
                        v = rs.getObject(f.column(), LocalDate.class);
                    } else if (f.kind() == Integer.class) {
                        int i = rs.getInt(f.column());
                        v = rs.wasNull() ? null : i;
                    } else if (f.kind() == Double.class) {
                        double d = rs.getDouble(f.column());
                        v = rs.wasNull() ? null : d;
                    } else if (f.kind() == Boolean.class) {
                        v = rs.getBoolean(f.column());
                    } else {
                        v = rs.getString(f.column());
                    }
                    m.put(f.name(), v);
                }
                return m;
            }
        }
    }

    /** Writes reviewed values into an event, keeping event type, disorder type and interaction consistent. */
    public static void apply(Connection c, long eventId, Map<String, Object> fields) throws SQLException {
        if (fields.isEmpty()) {
            return;
        }
        List<String> sets = new ArrayList<>();
        List<Object[]> binds = new ArrayList<>();
        for (var en : fields.entrySet()) {
            Field f = FIELDS.get(en.getKey());
            if (f == null) {
                continue;
            }
            Object v = en.getValue() == null ? null : value(f.name(), en.getValue());
            sets.add(f.column() + " = ?");
            binds.add(new Object[] {f.kind(), v});
            if ("sub_event_type".equals(f.name())) {
                SubEventType sub = SubEventType.find((String) v);
                sets.add("event_type = ?");
                binds.add(new Object[] {String.class, sub.eventType().label()});
                sets.add("disorder_type = ?");
                binds.add(new Object[] {String.class, sub.disorderType().label()});
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET " + String.join(", ", sets) + " WHERE id = ?")) {
            int i = 1;
            for (Object[] b : binds) {
                Object v = b[1];
                if (v == null) {
                    ps.setNull(i++, b[0] == LocalDate.class ? Types.DATE : b[0] == Integer.class ? Types.INTEGER
                            : b[0] == Double.class ? Types.DOUBLE : b[0] == Boolean.class ? Types.BOOLEAN : Types.VARCHAR);
                } else {
                    ps.setObject(i++, v);
                }
            }
            ps.setLong(i, eventId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET interaction = CASE "
                + "WHEN inter1 = 0 THEN inter2 * 10 WHEN inter2 = 0 THEN inter1 * 10 "
                + "WHEN inter1 <= inter2 THEN inter1 * 10 + inter2 ELSE inter2 * 10 + inter1 END WHERE id = ?")) {
            ps.setLong(1, eventId);
            ps.executeUpdate();
        }
    }

    /**
     * After an article is stored: points its reviews (by content hash and event ordinal) at the events its reports
     * now belong to, then re-applies the reviewed values of every review of those events in review order.
     */
    static void reapply(Connection c, String articleHash, Map<Integer, Long> ordinalToEvent) throws SQLException {
        for (String table : new String[] {"reviews", "review_audit"}) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE " + table + " SET event_id = ? WHERE article_hash = ? AND ordinal = ?")) {
                for (var en : ordinalToEvent.entrySet()) {
                    ps.setLong(1, en.getValue());
                    ps.setString(2, articleHash);
                    ps.setInt(3, en.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        for (Long eventId : new java.util.LinkedHashSet<>(ordinalToEvent.values())) {
            reapplyEvent(c, eventId);
        }
    }

    /** Re-applies, in review order, the reviewed values of every review of an event. */
    public static void reapplyEvent(Connection c, long eventId) throws SQLException {
        List<String> jsons = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT fields_json FROM reviews WHERE event_id = ? ORDER BY reviewed_at, id")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    jsons.add(rs.getString(1));
                }
            }
        }
        for (String j : jsons) {
            apply(c, eventId, fields(j));
        }
    }

    /** The reviewed field values of a review row. */
    public static Map<String, Object> fields(String json) {
        try {
            return Store.JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("bad fields_json in reviews", e);
        }
    }

    /** Forgets which events the reviews point at (the store is being emptied; ids will be reused). */
    static void detach(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE reviews SET event_id = NULL");
             PreparedStatement pa = c.prepareStatement("UPDATE review_audit SET event_id = NULL")) {
            ps.executeUpdate();
            pa.executeUpdate();
        }
    }

    /** The latest review's status of an event: the SQL of that, as a scalar subquery over {@code events.id}. */
    static final String LATEST_STATUS = "(SELECT r.status FROM reviews r WHERE r.event_id = events.id "
            + "ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1)";

    /** The WHERE clause of the {@code review} filter: confirmed, corrected, rejected, reviewed or unreviewed. */
    static String filter(String review) {
        String r = review.trim().toLowerCase(Locale.ROOT);
        return switch (r) {
            case "unreviewed" -> "NOT EXISTS (SELECT 1 FROM reviews r WHERE r.event_id = events.id)";
            case "reviewed" -> "EXISTS (SELECT 1 FROM reviews r WHERE r.event_id = events.id)";
            // a corrected event is a confirmed one with changed fields: both count as confirmed
            case "confirmed" -> LATEST_STATUS + " IN ('confirmed', 'corrected')";
            case "corrected", "rejected" -> LATEST_STATUS + " = '" + r + "'";
            default -> throw new IllegalArgumentException(
                    "review must be confirmed, corrected, rejected, reviewed or unreviewed");
        };
    }

    /** The latest review status of each of the events (absent: unreviewed). */
    static Map<Long, String> statuses(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, String> out = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT event_id, status FROM reviews WHERE event_id IN ("
                    + marks + ") ORDER BY reviewed_at, id")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getString(2)); // later rows win
                    }
                }
            }
        }
        return out;
    }
}
