package org.rasd.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.rasd.store.ReviewLink;
import org.rasd.store.Store;

/**
 * Review actions on stored events: confirm, reject with a reason, correct fields; each recorded per reviewer in
 * {@code reviews} and, field by field, in the audit trail {@code review_audit}. A review is keyed by the event's
 * first report (article content hash and ordinal), so it survives re-ingest and re-extraction; the store re-applies
 * reviewed values whenever the article's events are stored again ({@link ReviewLink}).
 */
public final class Reviews {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Why an event was rejected. */
    public enum Reason {
        NOT_EVENT, BACKGROUND, STATEMENT, WRONG_PLACE, DUPLICATE;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Reason of(String s) {
            for (Reason r : values()) {
                if (r.label().equals(s == null ? "" : s.trim().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
            throw new IllegalArgumentException("reason must be one of not-event, background, statement, wrong-place, "
                    + "duplicate");
        }
    }

    /** One audit row: who changed what when. {@code field} is null for confirm / reject. */
    public record Change(long eventId, String reviewer, Instant at, String action, String field, String before,
                         String after) {
    }

    /** An event's review state: the latest review decides; {@code reviewers} lists everyone who reviewed it. */
    public record State(boolean reviewed, String status, String reason, String reviewer, Instant at,
                        List<String> reviewers) {
    }

    /** Where a review attaches: the article (content hash) and ordinal of the event's first report. */
    record Anchor(String hash, int ordinal) {
    }

    private final Store store;

    public Reviews(Store store) {
        this.store = store;
    }

    public void confirm(String reviewer, long eventId) {
        record(reviewer, eventId, "confirmed", null, Map.of());
    }

    public void reject(String reviewer, long eventId, Reason reason) {
        Objects.requireNonNull(reason, "reason");
        record(reviewer, eventId, "rejected", reason.label(), Map.of());
    }

    /** Corrects fields (API names, see {@link ReviewLink#FIELDS}); values are checked before anything is written. */
    public void correct(String reviewer, long eventId, Map<String, Object> fields) {
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("no fields to correct");
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        fields.forEach((k, v) -> checked.put(k, ReviewLink.value(k, v)));
        record(reviewer, eventId, "corrected", null, checked);
    }

    private void record(String reviewer, long eventId, String status, String reason, Map<String, Object> changes) {
        store.transaction(c -> {
            Anchor anchor = anchor(c, eventId);
            Map<String, Object> before = ReviewLink.current(c, eventId);
            Instant now = Instant.now();
            List<String[]> audit = new ArrayList<>();
            for (var en : changes.entrySet()) {
                Object old = before.get(en.getKey());
                if (!Objects.equals(text(old), text(en.getValue()))) {
                    audit.add(new String[] {"correct", en.getKey(), text(old), text(en.getValue())});
                }
            }
            if (!changes.isEmpty()) {
                ReviewLink.apply(c, eventId, changes);
            }
            String previous = latest(c, eventId);
            if (!"corrected".equals(status) || !Objects.equals(previous, status)) {
                audit.add(0, new String[] {status.equals("rejected") ? "reject" : status.equals("confirmed")
                        ? "confirm" : "correct", "review_status", previous, reason == null ? status
                        : status + ": " + reason});
            }
            // a confirmation or correction locks every reviewable field at its reviewed value; a rejection none
            Map<String, Object> locked = "rejected".equals(status) ? Map.of() : ReviewLink.current(c, eventId);
            upsert(c, anchor, eventId, reviewer, status, reason, locked, now);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_audit (article_hash, ordinal, event_id, "
                    + "reviewer, changed_at, action, field_name, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (String[] a : audit) {
                    ps.setString(1, anchor.hash());
                    ps.setInt(2, anchor.ordinal());
                    ps.setLong(3, eventId);
                    ps.setString(4, reviewer);
                    ps.setTimestamp(5, Timestamp.from(now));
                    ps.setString(6, a[0]);
                    ps.setString(7, a[1]);
                    ps.setString(8, cut(a[2]));
                    ps.setString(9, cut(a[3]));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static String cut(String s) {
        return s == null || s.length() <= 8192 ? s : s.substring(0, 8192);
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    static Anchor anchor(Connection c, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.content_hash, es.ordinal FROM event_sources es "
                + "JOIN articles a ON a.id = es.article_id WHERE es.event_id = ? ORDER BY es.id")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NoSuchEvent(eventId);
                }
                return new Anchor(rs.getString(1), rs.getInt(2));
            }
        }
    }

    /** There is no stored event with that id. */
    public static final class NoSuchEvent extends RuntimeException {
        NoSuchEvent(long id) {
            super("no such event: " + id);
        }
    }

    private static String latest(Connection c, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status FROM reviews WHERE event_id = ? ORDER BY reviewed_at DESC, id DESC")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void upsert(Connection c, Anchor a, long eventId, String reviewer, String status, String reason,
                               Map<String, Object> fields, Instant now) throws SQLException {
        String json;
        try {
            Map<String, Object> m = new LinkedHashMap<>();
            fields.forEach((k, v) -> m.put(k, v == null ? null : v instanceof java.time.LocalDate d ? d.toString() : v));
            json = JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // the UPDATE and the INSERT take the same eight values in the same order
        String update = "UPDATE reviews SET event_id = ?, status = ?, reason = ?, fields_json = ?, reviewed_at = ? "
                + "WHERE article_hash = ? AND ordinal = ? AND reviewer = ?";
        String insert = "INSERT INTO reviews (event_id, status, reason, fields_json, reviewed_at, article_hash, ordinal, "
                + "reviewer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        int n = 0;
        for (String sql : new String[] {update, insert}) {
            if (n > 0) {
                break;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, eventId);
                ps.setString(2, status);
                ps.setString(3, reason);
                ps.setString(4, json);
                ps.setTimestamp(5, Timestamp.from(now));
                ps.setString(6, a.hash());
                ps.setInt(7, a.ordinal());
                ps.setString(8, reviewer);
                n = ps.executeUpdate();
            }
        }
    }

    /** The event's review state (unreviewed: {@code reviewed} false, the rest null). */
    public State state(long eventId) {
        return store.query(c -> {
            List<String> reviewers = new ArrayList<>();
            State last = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT reviewer, status, reason, reviewed_at FROM reviews "
                    + "WHERE event_id = ? ORDER BY reviewed_at, id")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reviewers.add(rs.getString(1));
                        last = new State(true, rs.getString(2), rs.getString(3), rs.getString(1),
                                rs.getTimestamp(4).toInstant(), List.of());
                    }
                }
            }
            return last == null ? new State(false, null, null, null, null, List.of())
                    : new State(true, last.status(), last.reason(), last.reviewer(), last.at(), reviewers);
        });
    }

    /** Every change made to the event by reviewers, oldest first. */
    public List<Change> history(long eventId) {
        return store.query(c -> {
            List<Change> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT reviewer, changed_at, action, field_name, "
                    + "before_value, after_value FROM review_audit WHERE event_id = ? ORDER BY changed_at, id")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Change(eventId, rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    /** Events reviewed by two or more reviewers and whether they agreed. */
    public record Agreement(int events, int agreedStatus, int agreedFields, List<String> disagreements) {
        /** Share of doubly reviewed events whose reviewers gave the same status (confirmed = corrected's kept). */
        public double statusRate() {
            return events == 0 ? Double.NaN : (double) agreedStatus / events;
        }
    }

    /**
     * Reviewer agreement: for each event reviewed by at least two reviewers, whether they agreed on keeping it
     * (confirmed or corrected) or rejecting it, and, for kept events, on every reviewed field value.
     */
    public Agreement agreement() {
        return store.query(c -> {
            Map<String, List<String[]>> byKey = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_hash, ordinal, event_id, reviewer, status, "
                    + "reason, fields_json FROM reviews ORDER BY article_hash, ordinal, reviewer");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byKey.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                    rs.getString(7)});
                }
            }
            int events = 0;
            int status = 0;
            int fields = 0;
            List<String> dis = new ArrayList<>();
            for (List<String[]> rows : byKey.values()) {
                if (rows.size() < 2) {
                    continue;
                }
                events++;
                String[] first = rows.get(0);
                boolean sameStatus = rows.stream().allMatch(r -> kept(r[2]) == kept(first[2]));
                boolean sameFields = sameStatus && (!kept(first[2]) || rows.stream().allMatch(r ->
                        ReviewLink.fields(r[4]).equals(ReviewLink.fields(first[4]))));
                if (sameStatus) {
                    status++;
                }
                if (sameFields) {
                    fields++;
                } else {
                    StringBuilder sb = new StringBuilder("event " + first[0] + ":");
                    for (String[] r : rows) {
                        sb.append(' ').append(r[1]).append('=').append(r[2]).append(r[3] == null ? "" : "(" + r[3] + ")");
                    }
                    dis.add(sb.toString());
                }
            }
            return new Agreement(events, status, fields, dis);
        });
    }

    private static boolean kept(String status) {
        return !"rejected".equals(status);
    }
}
