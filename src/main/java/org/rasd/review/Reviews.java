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
import org.rasd.store.EventSurgery;
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
            recordIn(c, reviewer, eventId, status, reason, changes, Instant.now());
            return null;
        });
    }

    /** A review inside the caller's transaction: the changed fields, the review row and the audit rows. */
    private static void recordIn(Connection c, String reviewer, long eventId, String status, String reason,
                                 Map<String, Object> changes, Instant now) throws SQLException {
        Anchor anchor = anchor(c, eventId);
        notMerged(c, eventId);
        Map<String, Object> before = ReviewLink.current(c, eventId);
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
        audit(c, anchor, eventId, reviewer, now, audit);
    }

    private static void audit(Connection c, Anchor anchor, long eventId, String reviewer, Instant now,
                              List<String[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_audit (article_hash, ordinal, event_id, "
                + "reviewer, changed_at, action, field_name, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String[] a : rows) {
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
    }

    /** An event merged into another takes no more reviews (400 from the API). */
    private static void notMerged(Connection c, long eventId) throws SQLException {
        Long into = EventSurgery.mergedInto(c, eventId);
        if (into != null) {
            throw new IllegalArgumentException("event " + eventId + " was merged into event " + into);
        }
    }

    /**
     * Merges event {@code from} into event {@code into}: every report of {@code from} (with its evidence) becomes a
     * report of {@code into}, whose report count and credible toll are computed again (reviewed values stay);
     * {@code from} is kept as a stub with review status {@code merged}, left out of listings and exports. Both
     * events get audit rows (reports and toll before and after), so the history tells how to undo it: split the
     * moved reports off again.
     */
    public void merge(String reviewer, long into, long from) {
        if (into == from) {
            throw new IllegalArgumentException("an event cannot be merged into itself");
        }
        store.transaction(c -> {
            Instant now = Instant.now();
            Anchor aInto = anchor(c, into);
            Anchor aFrom = anchor(c, from);
            notMerged(c, into);
            notMerged(c, from);
            List<EventSurgery.Report> rInto = EventSurgery.reports(c, into);
            List<EventSurgery.Report> rFrom = EventSurgery.reports(c, from);
            Map<String, Object> before = ReviewLink.current(c, into);
            String previous = latest(c, from);
            EventSurgery.merge(c, from, into, now);
            Map<String, Object> after = ReviewLink.current(c, into);
            List<String[]> intoRows = new ArrayList<>();
            intoRows.add(new String[] {"merge", "merged_from", null, "event " + from});
            intoRows.add(new String[] {"merge", "reports", reportList(rInto), reportList(EventSurgery.reports(c, into))});
            changed(before, after, "merge", intoRows);
            audit(c, aInto, into, reviewer, now, intoRows);
            upsert(c, aFrom, from, reviewer, "merged", null, Map.of(), now);
            audit(c, aFrom, from, reviewer, now, List.of(
                    new String[] {"merge", "review_status", previous, "merged"},
                    new String[] {"merge", "merged_into", null, "event " + into},
                    new String[] {"merge", "reports", reportList(rFrom), ""}));
            return null;
        });
    }

    /** What to split off an event: some of its reports, or some evidence spans of one report. */
    public record SplitPart(List<Long> reports, Long report, List<Integer> evidence) {
        public static SplitPart reports(List<Long> ids) {
            return new SplitPart(List.copyOf(ids), null, List.of());
        }

        public static SplitPart evidence(long report, List<Integer> indexes) {
            return new SplitPart(List.of(), report, List.copyOf(indexes));
        }
    }

    /**
     * Splits an event in two: the chosen reports (never the first, which keeps the event's reviews), or the chosen
     * evidence spans of one report (which become a report of their own), go to a new event with a copy of the
     * fields; {@code fields} (may be empty) corrects the new event at once. Both events get audit rows; returns the
     * new event's id.
     */
    public long split(String reviewer, long eventId, SplitPart part, Map<String, Object> fields) {
        Map<String, Object> checked = new LinkedHashMap<>();
        if (fields != null) {
            fields.forEach((k, v) -> checked.put(k, ReviewLink.value(k, v)));
        }
        return store.transaction(c -> {
            Instant now = Instant.now();
            Anchor anchor = anchor(c, eventId);
            notMerged(c, eventId);
            List<EventSurgery.Report> reports = EventSurgery.reports(c, eventId);
            Map<String, Object> before = ReviewLink.current(c, eventId);
            long created;
            String moved;
            if (part.report() == null) {
                java.util.Set<Long> ids = new java.util.LinkedHashSet<>(part.reports());
                List<Long> known = reports.stream().map(EventSurgery.Report::id).toList();
                if (ids.isEmpty() || !known.containsAll(ids)) {
                    throw new IllegalArgumentException("reports must name reports of event " + eventId + " " + known);
                }
                if (ids.contains(known.get(0)) || ids.size() >= known.size()) {
                    throw new IllegalArgumentException("the first report stays with event " + eventId
                            + ": split off some of the others " + known.subList(1, known.size()));
                }
                List<EventSurgery.Report> chosen = reports.stream().filter(r -> ids.contains(r.id())).toList();
                Long revived = mergedStub(c, chosen.get(0), eventId);
                if (revived != null) {
                    // the reports of an event merged into this one come off again: that event comes back (an undo)
                    created = revived;
                    String was = latest(c, created);
                    try (PreparedStatement ps = c.prepareStatement("UPDATE events SET merged_into = NULL WHERE id = ?");
                         PreparedStatement pr = c.prepareStatement(
                                 "DELETE FROM reviews WHERE event_id = ? AND status = 'merged'")) {
                        ps.setLong(1, created);
                        ps.executeUpdate();
                        pr.setLong(1, created);
                        pr.executeUpdate();
                    }
                    EventSurgery.move(c, ids, created);
                    audit(c, anchor(c, created), created, reviewer, now, List.of(
                            new String[] {"split", "merged_into", "event " + eventId, null},
                            new String[] {"split", "review_status", was, latest(c, created)}));
                } else {
                    created = EventSurgery.copy(c, eventId, now);
                    EventSurgery.move(c, ids, created);
                }
                moved = reportList(chosen);
            } else {
                EventSurgery.Report r = reports.stream().filter(x -> x.id() == part.report()).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("report " + part.report()
                                + " is not a report of event " + eventId));
                java.util.Set<Integer> idx = new java.util.TreeSet<>(part.evidence());
                if (idx.isEmpty() || idx.size() >= r.spans() || idx.stream().anyMatch(i -> i < 0 || i >= r.spans())) {
                    throw new IllegalArgumentException("evidence must name some but not all of the " + r.spans()
                            + " spans of report " + r.id() + " (0-based)");
                }
                created = EventSurgery.copy(c, eventId, now);
                int ordinal = EventSurgery.divide(c, r.id(), idx, created);
                moved = "report " + r.id() + " evidence " + idx + " → ordinal " + ordinal;
            }
            EventSurgery.recount(c, eventId, now);
            EventSurgery.recount(c, created, now);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"split", "split_into", null, "event " + created});
            rows.add(new String[] {"split", "reports", reportList(reports), reportList(EventSurgery.reports(c, eventId))});
            changed(before, ReviewLink.current(c, eventId), "split", rows);
            audit(c, anchor, eventId, reviewer, now, rows);
            audit(c, anchor(c, created), created, reviewer, now, List.of(
                    new String[] {"split", "split_from", null, "event " + eventId},
                    new String[] {"split", "reports", null, moved}));
            if (!checked.isEmpty()) {
                recordIn(c, reviewer, created, "corrected", null, checked, now);
            }
            return created;
        });
    }

    /** The stub of an event merged into {@code into} whose first report (its review anchor) is {@code r}, or null. */
    private static Long mergedStub(Connection c, EventSurgery.Report r, long into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id FROM reviews rv JOIN events e ON e.id = rv.event_id "
                + "WHERE rv.article_hash = ? AND rv.ordinal = ? AND rv.status = 'merged' AND e.merged_into = ?")) {
            ps.setString(1, r.articleHash());
            ps.setInt(2, r.ordinal());
            ps.setLong(3, into);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void changed(Map<String, Object> before, Map<String, Object> after, String action,
                                List<String[]> rows) {
        for (var en : after.entrySet()) {
            Object old = before.get(en.getKey());
            if (!Objects.equals(text(old), text(en.getValue()))) {
                rows.add(new String[] {action, en.getKey(), text(old), text(en.getValue())});
            }
        }
    }

    private static String reportList(List<EventSurgery.Report> reports) {
        StringBuilder sb = new StringBuilder();
        for (EventSurgery.Report r : reports) {
            sb.append(sb.length() == 0 ? "" : ", ").append("report ").append(r.id()).append(" (article ")
                    .append(r.articleId()).append(" #").append(r.ordinal()).append(')');
        }
        return sb.toString();
    }

    private static String cut(String s) {
        return s == null || s.length() <= 8192 ? s : s.substring(0, 8192);
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    /**
     * Where the event's reviews attach: the anchor its reviews already have, else its first report whose own anchor
     * was not merged away (after a merge, the reports of the merged event follow those of the event kept).
     */
    static Anchor anchor(Connection c, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT article_hash, ordinal FROM reviews WHERE event_id = ? "
                + "ORDER BY reviewed_at, id")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new Anchor(rs.getString(1), rs.getInt(2));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT a.content_hash, es.ordinal FROM event_sources es "
                + "JOIN articles a ON a.id = es.article_id WHERE es.event_id = ? AND NOT EXISTS (SELECT 1 FROM reviews r "
                + "WHERE r.article_hash = a.content_hash AND r.ordinal = es.ordinal AND r.status = 'merged') "
                + "ORDER BY es.id")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    if (EventSurgery.mergedInto(c, eventId) != null) {
                        notMerged(c, eventId);
                    }
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
                    + "reason, fields_json FROM reviews WHERE status <> 'merged' ORDER BY article_hash, ordinal, reviewer");
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
