package org.rasd.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.io.EventJson;
import org.rasd.io.LineSource;
import org.rasd.model.Actor;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Evidence;
import org.rasd.model.ExtractionResult;
import org.rasd.model.Inter;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

/**
 * Serves events from a gold file ({@code gold.jsonl}: {@code {"doc_id", "events": [...]}} with an evidence
 * quote per event) instead of extracting them, so annotations can be browsed on the map
 * ({@code rasd ingest --events-from gold.jsonl ...}). Evidence quotes become spans where found verbatim.
 */
public final class GoldExtractor implements Extractor {
    private final Map<String, List<JsonNode>> byDoc;

    private GoldExtractor(Map<String, List<JsonNode>> byDoc) {
        this.byDoc = byDoc;
    }

    public static GoldExtractor load(Path gold) throws IOException {
        Map<String, List<JsonNode>> m = new HashMap<>();
        try (BufferedReader r = LineSource.open(gold)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = EventJson.MAPPER.readTree(line);
                List<JsonNode> events = m.computeIfAbsent(n.path("doc_id").asText(), k -> new ArrayList<>());
                n.path("events").forEach(events::add);
            }
        }
        return new GoldExtractor(m);
    }

    public int documents() {
        return byDoc.size();
    }

    @Override
    public ExtractionResult extract(Article a) {
        List<Event> out = new ArrayList<>();
        for (JsonNode e : byDoc.getOrDefault(a.docId(), List.of())) {
            out.add(event(e, a.text()));
        }
        return new ExtractionResult(a.docId(), out);
    }

    static Event event(JsonNode e, String text) {
        Actor a1 = actor(e.get("actor1"));
        Actor a2 = actor(e.get("actor2"));
        JsonNode l = e.path("location");
        Location loc = l.isObject() ? new Location(str(l, "name"), str(l, "name_ar"), str(l, "country"),
                str(l, "admin1"), str(l, "admin2"), str(l, "admin3"), num(l, "lat"), num(l, "lon"),
                l.path("geo_precision").asInt(3), str(l, "gazetteer_id")) : null;
        List<Evidence> ev = new ArrayList<>();
        String quote = str(e, "evidence");
        if (quote != null && !quote.isEmpty()) {
            int i = text.indexOf(quote);
            if (i >= 0) {
                ev.add(Evidence.of(text, i, i + quote.length(), "event"));
            }
        }
        String date = str(e, "date");
        return new Event(null, SubEventType.of(str(e, "event_type"), str(e, "sub_event_type")), date == null ? null : LocalDate.parse(date),
                e.path("time_precision").asInt(1), a1, List.of(), a2, List.of(), loc,
                e.hasNonNull("fatalities") ? e.get("fatalities").asInt() : null, e.path("attempted").asBoolean(false),
                a2 != null && a2.inter() == Inter.CIVILIANS, ev, 1.0, str(e, "notes"));
    }

    private static Actor actor(JsonNode n) {
        return n == null || !n.isObject() ? null : new Actor(n.path("name").asText(), n.path("inter").asInt(0));
    }

    private static String str(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    private static Double num(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asDouble() : null;
    }
}
