package org.rasd.serve;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rasd.model.Evidence;
import org.rasd.io.Acled;
import org.rasd.io.AcledCsv;
import org.rasd.io.GeoJson;
import org.rasd.store.EventRow;
import org.rasd.store.Views;

/**
 * JSON, CSV (ACLED's 31 columns) and GeoJSON renderings of stored events. CSV and GeoJSON go through the
 * writers of the CLI's sinks, over the one ACLED projection ({@link Acled#row}).
 */
public final class Formats {
    static final ObjectMapper JSON = new ObjectMapper();

    private Formats() {
    }

    /** A stored event in the API's JSON: ACLED's fields, the Arabic place name, confidence and the outlets. */
    @JsonPropertyOrder({"id", "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
            "civilian_targeting", "attempted", "country_code", "country", "admin1", "admin2", "admin3", "location",
            "location_ar", "latitude", "longitude", "geo_precision", "gazetteer_id", "fatalities", "confidence", "notes",
            "source_count", "sources"})
    public record EventOut(
            long id,
            @JsonProperty("event_id_cnty") String eventIdCnty,
            @JsonProperty("event_date") String eventDate,
            Integer year,
            @JsonProperty("time_precision") int timePrecision,
            @JsonProperty("disorder_type") String disorderType,
            @JsonProperty("event_type") String eventType,
            @JsonProperty("sub_event_type") String subEventType,
            String actor1,
            @JsonProperty("assoc_actor_1") String assocActor1,
            int inter1,
            String actor2,
            @JsonProperty("assoc_actor_2") String assocActor2,
            int inter2,
            int interaction,
            @JsonProperty("civilian_targeting") boolean civilianTargeting,
            boolean attempted,
            @JsonProperty("country_code") String countryCode,
            String country,
            String admin1,
            String admin2,
            String admin3,
            String location,
            @JsonProperty("location_ar") String locationAr,
            Double latitude,
            Double longitude,
            @JsonProperty("geo_precision") int geoPrecision,
            @JsonProperty("gazetteer_id") String gazetteerId,
            Integer fatalities,
            double confidence,
            String notes,
            @JsonProperty("source_count") int sourceCount,
            List<String> sources) {
        /** Coordinates rounded like every output ({@link Acled#coordinate}), confidence to 3 decimals. */
        public static EventOut of(EventRow r) {
            return new EventOut(r.id(), r.eventIdCnty(), r.eventDate() == null ? null : r.eventDate().toString(),
                    r.eventDate() == null ? null : r.eventDate().getYear(), r.timePrecision(), r.disorderType(),
                    r.eventType(), r.subEventType(), r.actor1(), String.join("; ", r.assocActor1()), r.inter1(),
                    r.actor2(), String.join("; ", r.assocActor2()), r.inter2(), r.interaction(),
                    r.civilianTargeting(), r.attempted(), r.countryCode(), r.country(), r.admin1(), r.admin2(),
                    r.admin3(), r.location(), r.locationAr(), Acled.coordinate(r.latitude()),
                    Acled.coordinate(r.longitude()), r.geoPrecision(), r.gazetteerId(), r.fatalities(),
                    Math.round(r.confidence() * 1000) / 1000.0, r.notes(), r.sourceCount(), r.sources());
        }
    }

    /** A page of events. */
    @JsonPropertyOrder({"total", "limit", "offset", "events"})
    public record PageOut(long total, int limit, int offset, List<EventOut> events) {
    }

    /** An evidence span of a report; a missing role is written as null. */
    @JsonPropertyOrder({"start", "end", "text", "role"})
    public record EvidenceOut(int start, int end, String text, String role) {
        static EvidenceOut of(Evidence e) {
            return new EvidenceOut(e.start(), e.end(), e.text(), e.role());
        }
    }

    /** One article's report of an event, with the event as extracted from it. */
    @JsonPropertyOrder({"report_id", "article_id", "doc_id", "source", "url", "title", "published", "fatalities", "evidence",
            "extracted"})
    public record ReportOut(
            @JsonProperty("report_id") long reportId,
            @JsonProperty("article_id") long articleId,
            @JsonProperty("doc_id") String docId,
            String source,
            String url,
            String title,
            String published,
            Integer fatalities,
            List<EvidenceOut> evidence,
            JsonNode extracted) {
        static ReportOut of(Views.SourceRef s) {
            JsonNode extracted;
            try {
                extracted = JSON.readTree(s.eventJson());
            } catch (java.io.IOException e) {
                extracted = null;
            }
            return new ReportOut(s.reportId(), s.articleId(), s.docId(), s.source(), s.url(), s.title(),
                    s.published() == null ? null : s.published().toString(), s.fatalities(),
                    s.evidence().stream().map(EvidenceOut::of).toList(), extracted);
        }
    }

    /** An event with every report of it. */
    public record DetailOut(@JsonUnwrapped EventOut event, List<ReportOut> reports) {
    }

    /** A stored event as the API writes it. */
    public static ObjectNode event(EventRow r) {
        return JSON.valueToTree(EventOut.of(r));
    }

    /** A page of events; an object node so that review state can be added to it. */
    public static ObjectNode page(Views.Page p, int limit, int offset) {
        return JSON.valueToTree(new PageOut(p.total(), limit, offset, p.events().stream().map(EventOut::of).toList()));
    }

    /** An event with its reports; an object node so that review state can be added to it. */
    public static ObjectNode detail(Views.EventDetail d) {
        return JSON.valueToTree(new DetailOut(EventOut.of(d.event()),
                d.sources().stream().map(ReportOut::of).toList()));
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

    /** ACLED's CSV ({@link AcledCsv}): the header and one row per event ({@link Acled#row}). */
    public static String csv(List<EventRow> rows) {
        return AcledCsv.of(rows.stream().map(Acled::row).toList());
    }

    /** A GeoJSON FeatureCollection ({@link GeoJson}); properties are ACLED's columns plus the store id. */
    public static String geojson(List<EventRow> rows) {
        return GeoJson.of(rows.stream().map(r -> GeoJson.feature(r, r.id(), null)).toList());
    }
}
