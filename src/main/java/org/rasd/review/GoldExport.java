package org.rasd.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.model.Evidence;
import org.rasd.store.EventRow;
import org.rasd.store.Store;
import org.rasd.store.Views;

/**
 * Reviewed articles in the gold format of the annotation guide ({@code ../shared/docs/annotation-guide.md}): an
 * article is exported when every event it reported has been reviewed; rejected events are left out (an article
 * whose events were all rejected is exported with {@code "events": []}, a negative example). Writes
 * {@code gold/reviewed.jsonl}, {@code articles.jsonl} (the extract input contract), {@code sample.tsv} (every
 * article in the train split) and {@code texts.json} (for {@code validate.py gold/reviewed.jsonl texts.json}), so
 * {@code rasd train --corpus DIR --articles DIR/articles.jsonl} trains on them.
 */
public final class GoldExport {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest evidence passage taken from the first to the last evidence span of a report. */
    static final int MAX_EVIDENCE = 400;

    /** What was written and what was left out (with the reason). */
    public record Report(int articles, int events, int rejected, List<String> skipped) {
    }

    private final Store store;

    public GoldExport(Store store) {
        this.store = store;
    }

    private record Source(long articleId, int ordinal, long eventId) {
    }

    public Report write(Path dir) throws IOException {
        List<Source> sources = store.query(c -> {
            List<Source> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT es.article_id, es.ordinal, es.event_id FROM event_sources es "
                    + "JOIN articles a ON a.id = es.article_id WHERE es.article_id IN (SELECT es2.article_id FROM "
                    + "event_sources es2 JOIN reviews r ON r.event_id = es2.event_id) ORDER BY a.doc_id, a.id, es.ordinal");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Source(rs.getLong(1), rs.getInt(2), rs.getLong(3)));
                }
            }
            return out;
        });
        Set<Long> ids = new HashSet<>();
        sources.forEach(s -> ids.add(s.eventId()));
        Map<Long, String> status = store.reviewStatuses(ids);
        Set<Long> fatalitiesCorrected = store.query(c -> {
            Set<Long> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT event_id FROM review_audit WHERE field_name = 'fatalities' AND event_id IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
        Map<Long, List<Source>> byArticle = new java.util.LinkedHashMap<>();
        sources.forEach(s -> byArticle.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(s));

        Files.createDirectories(dir.resolve("gold"));
        int articles = 0;
        int events = 0;
        int rejected = 0;
        List<String> skipped = new ArrayList<>();
        Map<Long, Views.EventDetail> details = new HashMap<>();
        ArrayNode texts = JSON.createArrayNode();
        try (Writer gold = Files.newBufferedWriter(dir.resolve("gold/reviewed.jsonl"), StandardCharsets.UTF_8);
             Writer arts = Files.newBufferedWriter(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8);
             Writer sample = Files.newBufferedWriter(dir.resolve("sample.tsv"), StandardCharsets.UTF_8)) {
            sample.write("doc_id\tstratum\tsplit\tcountry_hint\tsource\tchars\n");
            for (var en : byArticle.entrySet()) {
                Views.ArticleView a = store.article(en.getKey()).orElseThrow();
                long unreviewed = en.getValue().stream().filter(s -> !status.containsKey(s.eventId())).count();
                if (unreviewed > 0) {
                    skipped.add(a.docId() + ": " + unreviewed + " of " + en.getValue().size() + " events not reviewed yet");
                    continue;
                }
                ObjectNode doc = JSON.createObjectNode();
                doc.put("doc_id", a.docId());
                doc.put("published", a.published() == null ? null : a.published().toString());
                doc.put("title", a.title() == null ? "" : a.title());
                doc.put("source", a.source() == null ? "" : a.source());
                ArrayNode evs = doc.putArray("events");
                String problem = null;
                int kept = 0;
                int dropped = 0;
                Set<Long> done = new HashSet<>(); // two reports of one article merged into one event: one gold event
                for (Source s : en.getValue()) {
                    if (!done.add(s.eventId())) {
                        continue;
                    }
                    if ("rejected".equals(status.get(s.eventId()))) {
                        dropped++;
                        continue;
                    }
                    Views.EventDetail d = details.computeIfAbsent(s.eventId(), id -> store.event(id).orElseThrow());
                    Views.SourceRef ref = d.sources().stream().filter(r -> r.articleId() == s.articleId())
                            .findFirst().orElseThrow();
                    ObjectNode e = JSON.createObjectNode();
                    problem = event(e, d.event(), ref, a.text(), fatalitiesCorrected.contains(s.eventId()));
                    if (problem != null) {
                        problem = "event " + s.ordinal() + ": " + problem;
                        break;
                    }
                    evs.add(e);
                    kept++;
                }
                if (problem != null) {
                    skipped.add(a.docId() + ": " + problem + " (correct it to export the article)");
                    continue;
                }
                gold.write(JSON.writeValueAsString(doc) + "\n");
                ObjectNode art = JSON.createObjectNode();
                art.put("doc_id", a.docId());
                art.put("published", a.published() == null ? null : a.published().toString());
                art.put("title", a.title());
                art.put("source", a.source());
                art.put("url", a.url());
                art.put("text", a.text());
                arts.write(JSON.writeValueAsString(art) + "\n");
                sample.write(a.docId() + "\treviewed\ttrain\t\t" + (a.source() == null ? "" : a.source()) + "\t"
                        + a.text().length() + "\n");
                texts.addObject().put("doc_id", a.docId()).put("content", a.text());
                articles++;
                events += kept;
                rejected += dropped;
            }
        }
        Files.writeString(dir.resolve("texts.json"), JSON.writeValueAsString(texts), StandardCharsets.UTF_8);
        return new Report(articles, events, rejected, skipped);
    }

    /** Fills a gold event; returns what prevents it (a field the guide requires is unknown) or null. */
    static String event(ObjectNode e, EventRow r, Views.SourceRef ref, String text, boolean fatalitiesReviewed) {
        if (r.eventType() == null || r.subEventType() == null) {
            return "no event type";
        }
        if (r.latitude() == null || r.longitude() == null) {
            return "no coordinates for the place";
        }
        if (r.actor1() == null || r.inter1() < 1 || r.inter1() > 8) {
            return "no actor1 with an inter code";
        }
        e.put("event_type", r.eventType());
        e.put("sub_event_type", r.subEventType());
        LocalDate d = r.eventDate();
        e.put("date", d == null ? null : d.toString());
        e.put("time_precision", Math.max(1, Math.min(3, r.timePrecision())));
        ObjectNode loc = e.putObject("location");
        int gp = Math.max(1, Math.min(3, r.geoPrecision()));
        loc.put("name", r.location() != null ? r.location() : r.locationAr() == null ? "" : r.locationAr());
        loc.put("name_ar", r.locationAr() == null ? "" : r.locationAr());
        loc.put("country", r.countryCode() == null ? "" : r.countryCode());
        loc.put("lat", r.latitude());
        loc.put("lon", r.longitude());
        loc.put("geo_precision", gp);
        loc.put("tolerance_km", gp == 1 ? 15 : gp == 2 ? 30 : 150);
        loc.putArray("alternatives");
        e.putObject("actor1").put("name", r.actor1()).put("inter", r.inter1());
        if (r.actor2() != null && r.inter2() >= 1 && r.inter2() <= 8) {
            e.putObject("actor2").put("name", r.actor2()).put("inter", r.inter2());
        } else {
            e.putNull("actor2");
        }
        // the article's own figure, unless a reviewer corrected the incident's
        Integer f = fatalitiesReviewed || r.sourceCount() <= 1 ? r.fatalities() : ref.fatalities();
        e.put("fatalities", f);
        e.put("attempted", r.attempted());
        e.put("optional", false);
        e.put("evidence", evidence(ref.evidence(), text));
        return null;
    }

    /** The passage from the first to the last evidence span when short enough, else the first span's text. */
    static String evidence(List<Evidence> spans, String text) {
        if (spans.isEmpty()) {
            return "";
        }
        int start = spans.stream().mapToInt(Evidence::start).min().orElse(0);
        int end = spans.stream().mapToInt(Evidence::end).max().orElse(0);
        if (end - start <= MAX_EVIDENCE && end <= text.length()) {
            return text.substring(start, end);
        }
        Evidence first = spans.get(0);
        return text.substring(first.start(), Math.min(first.end(), text.length()));
    }
}
