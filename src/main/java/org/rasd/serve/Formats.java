package org.rasd.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rasd.model.Evidence;
import org.rasd.store.Acled;
import org.rasd.store.EventRow;
import org.rasd.store.Views;

/**
 * JSON, CSV (ACLED's 31 columns) and GeoJSON renderings of stored events. The CSV writer is private to the
 * API for now; the CLI's {@code org.rasd.io.CsvSink} should share {@link Acled#COLUMNS} when it lands.
 */
public final class Formats {
    static final ObjectMapper JSON = new ObjectMapper();

    private Formats() {
    }

    public static ObjectNode event(EventRow r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("event_id_cnty", r.eventIdCnty());
        o.put("event_date", r.eventDate() == null ? null : r.eventDate().toString());
        o.put("year", r.eventDate() == null ? null : r.eventDate().getYear());
        o.put("time_precision", r.timePrecision());
        o.put("disorder_type", r.disorderType());
        o.put("event_type", r.eventType());
        o.put("sub_event_type", r.subEventType());
        o.put("actor1", r.actor1());
        o.put("assoc_actor_1", String.join("; ", r.assocActor1()));
        o.put("inter1", r.inter1());
        o.put("actor2", r.actor2());
        o.put("assoc_actor_2", String.join("; ", r.assocActor2()));
        o.put("inter2", r.inter2());
        o.put("interaction", r.interaction());
        o.put("civilian_targeting", r.civilianTargeting());
        o.put("attempted", r.attempted());
        o.put("country_code", r.countryCode());
        o.put("country", r.country());
        o.put("admin1", r.admin1());
        o.put("admin2", r.admin2());
        o.put("admin3", r.admin3());
        o.put("location", r.location());
        o.put("location_ar", r.locationAr());
        o.put("latitude", r.latitude());
        o.put("longitude", r.longitude());
        o.put("geo_precision", r.geoPrecision());
        o.put("gazetteer_id", r.gazetteerId());
        o.put("fatalities", r.fatalities());
        o.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
        o.put("notes", r.notes());
        o.put("source_count", r.sourceCount());
        ArrayNode s = o.putArray("sources");
        r.sources().forEach(s::add);
        return o;
    }

    public static ObjectNode page(Views.Page p, int limit, int offset) {
        ObjectNode o = JSON.createObjectNode();
        o.put("total", p.total());
        o.put("limit", limit);
        o.put("offset", offset);
        ArrayNode a = o.putArray("events");
        p.events().forEach(e -> a.add(event(e)));
        return o;
    }

    public static ObjectNode detail(Views.EventDetail d) {
        ObjectNode o = event(d.event());
        ArrayNode a = o.putArray("reports");
        for (Views.SourceRef s : d.sources()) {
            ObjectNode n = a.addObject();
            n.put("report_id", s.reportId());
            n.put("article_id", s.articleId());
            n.put("doc_id", s.docId());
            n.put("source", s.source());
            n.put("url", s.url());
            n.put("title", s.title());
            n.put("published", s.published() == null ? null : s.published().toString());
            n.put("fatalities", s.fatalities());
            n.set("evidence", evidence(s.evidence()));
            try {
                n.set("extracted", JSON.readTree(s.eventJson()));
            } catch (java.io.IOException e) {
                n.putNull("extracted");
            }
        }
        return o;
    }

    private static ArrayNode evidence(List<Evidence> list) {
        ArrayNode a = JSON.createArrayNode();
        for (Evidence e : list) {
            ObjectNode n = a.addObject();
            n.put("start", e.start());
            n.put("end", e.end());
            n.put("text", e.text());
            n.put("role", e.role());
        }
        return a;
    }

    public static ObjectNode article(Views.ArticleView v) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", v.id());
        o.put("doc_id", v.docId());
        o.put("source", v.source());
        o.put("url", v.url());
        o.put("published", v.published() == null ? null : v.published().toString());
        o.put("title", v.title());
        o.put("text", v.text());
        ArrayNode a = o.putArray("spans");
        for (Views.Span s : v.spans()) {
            ObjectNode n = a.addObject();
            n.put("event_id", s.eventId());
            n.put("event_type", s.eventType());
            n.put("sub_event_type", s.subEventType());
            n.put("start", s.start());
            n.put("end", s.end());
            n.put("role", s.role());
            n.put("text", s.text());
        }
        return o;
    }

    public static ObjectNode stats(Views.Stats s, Views.Counts c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("events", s.events());
        o.put("fatalities", s.fatalities());
        o.put("articles_total", c.articles());
        o.put("events_total", c.events());
        o.put("reports_total", c.sources());
        ArrayNode days = o.putArray("by_day");
        for (Views.DayCount d : s.byDay()) {
            ObjectNode n = days.addObject();
            n.put("date", d.day().toString());
            n.put("events", d.events());
            n.put("fatalities", d.fatalities());
        }
        ObjectNode t = o.putObject("by_type");
        s.byType().forEach(t::put);
        ObjectNode k = o.putObject("by_country");
        s.byCountry().forEach(k::put);
        return o;
    }

    /** RFC 4180 CSV with ACLED's header row. */
    public static String csv(List<EventRow> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, Acled.COLUMNS);
        for (EventRow r : rows) {
            line(sb, Acled.row(r));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = values.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        sb.append("\r\n");
    }

    /** A GeoJSON FeatureCollection; properties are ACLED's columns plus the store id. */
    public static ObjectNode geojson(List<EventRow> rows) {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (EventRow r : rows) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", r.id());
            if (r.latitude() == null || r.longitude() == null) {
                f.putNull("geometry");
            } else {
                ObjectNode g = f.putObject("geometry");
                g.put("type", "Point");
                ArrayNode c = g.putArray("coordinates");
                c.add(r.longitude());
                c.add(r.latitude());
            }
            ObjectNode p = f.putObject("properties");
            List<String> vals = Acled.row(r);
            for (int i = 0; i < Acled.COLUMNS.size(); i++) {
                p.put(Acled.COLUMNS.get(i), vals.get(i));
            }
            p.put("id", r.id());
            p.put("location_ar", r.locationAr());
        }
        return fc;
    }
}
