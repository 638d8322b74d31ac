package org.rasd.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rasd.model.Actor;
import org.rasd.model.Event;
import org.rasd.model.Evidence;
import org.rasd.model.ExtractionResult;
import org.rasd.model.Location;

/**
 * The JSON contract of {@code rasd extract}, as records that Jackson writes: field names and order as in ACLED
 * where ACLED has one. Nulls are written, except an evidence span's missing role.
 */
public final class EventJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    /** One output line: a document's events. */
    @JsonPropertyOrder({"doc_id", "events"})
    public record ResultRecord(@JsonProperty("doc_id") String docId, List<EventRecord> events) {
        public static ResultRecord of(ExtractionResult r) {
            return new ResultRecord(r.docId(), r.events().stream().map(EventRecord::of).toList());
        }
    }

    /** One output line for a bad input line. */
    @JsonPropertyOrder({"doc_id", "line", "error"})
    public record ErrorRecord(@JsonProperty("doc_id") String docId, int line, String error) {
    }

    /** One event. */
    @JsonPropertyOrder({"event_type", "sub_event_type", "event_date", "time_precision", "actor1", "assoc_actor_1",
            "actor2", "assoc_actor_2", "location", "fatalities", "attempted", "civilian_targeting", "evidence",
            "confidence", "notes"})
    public record EventRecord(
            @JsonProperty("event_type") String eventType,
            @JsonProperty("sub_event_type") String subEventType,
            @JsonProperty("event_date") String eventDate,
            @JsonProperty("time_precision") int timePrecision,
            @JsonProperty("actor1") ActorRecord actor1,
            @JsonProperty("assoc_actor_1") List<String> assocActor1,
            @JsonProperty("actor2") ActorRecord actor2,
            @JsonProperty("assoc_actor_2") List<String> assocActor2,
            @JsonProperty("location") LocationRecord location,
            @JsonProperty("fatalities") Integer fatalities,
            @JsonProperty("attempted") boolean attempted,
            @JsonProperty("civilian_targeting") boolean civilianTargeting,
            @JsonProperty("evidence") List<EvidenceRecord> evidence,
            @JsonProperty("confidence") double confidence,
            @JsonProperty("notes") String notes) {
        /** The record of an event; the confidence is rounded to 3 decimals, coordinates like every output. */
        public static EventRecord of(Event e) {
            return new EventRecord(e.eventType().label(), e.subEventType().label(),
                    e.eventDate() == null ? null : e.eventDate().toString(), e.timePrecision(),
                    ActorRecord.of(e.actor1()), e.assocActor1(), ActorRecord.of(e.actor2()), e.assocActor2(),
                    LocationRecord.of(e.location()), e.fatalities(), e.attempted(), e.civilianTargeting(),
                    e.evidence().stream().map(EvidenceRecord::of).toList(),
                    Math.round(e.confidence() * 1000) / 1000.0, e.notes());
        }
    }

    /** An actor: name and inter code. */
    @JsonPropertyOrder({"name", "inter"})
    public record ActorRecord(String name, int inter) {
        static ActorRecord of(Actor a) {
            return a == null ? null : new ActorRecord(a.name(), a.inter().code());
        }
    }

    /** A place: lat and lon both null, or both rounded by {@link Acled#coordinate}. */
    @JsonPropertyOrder({"name", "name_ar", "country", "admin1", "admin2", "admin3", "lat", "lon", "geo_precision",
            "gazetteer_id"})
    public record LocationRecord(
            String name,
            @JsonProperty("name_ar") String nameAr,
            String country,
            String admin1,
            String admin2,
            String admin3,
            Double lat,
            Double lon,
            @JsonProperty("geo_precision") int geoPrecision,
            @JsonProperty("gazetteer_id") String gazetteerId) {
        static LocationRecord of(Location l) {
            if (l == null) {
                return null;
            }
            boolean located = l.lat() != null;
            return new LocationRecord(l.name(), l.nameAr(), l.country(), l.admin1(), l.admin2(), l.admin3(),
                    located ? Acled.coordinate(l.lat()) : null, located ? Acled.coordinate(l.lon()) : null,
                    l.geoPrecision(), l.gazetteerId());
        }
    }

    /** A character-offset span of the article and its role; a missing role is left out. */
    @JsonPropertyOrder({"start", "end", "text", "role"})
    public record EvidenceRecord(int start, int end, String text,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String role) {
        static EvidenceRecord of(Evidence x) {
            return new EvidenceRecord(x.start(), x.end(), x.text(), x.role());
        }
    }

    /**
     * Builds Jackson's serializers of these records (and the pretty printer) by writing a sample with every field set,
     * the output thrown away: {@code rasd extract FILE} calls it on a background thread while Rasd opens.
     */
    public static void warmUp() {
        EventRecord e = new EventRecord("type", "sub", "2018-07-03", 1, new ActorRecord("a", 1), List.of("b"),
                new ActorRecord("c", 2), List.of(), new LocationRecord("n", "n", "SY", "a1", "a2", "a3", 1.0, 2.0, 1, "g"),
                1, false, false, List.of(new EvidenceRecord(0, 1, "x", "trigger"), new EvidenceRecord(1, 2, "y", null)),
                0.5, "notes");
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(new ResultRecord("d", List.of(e)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    /** A document's events as a JSON tree, for callers that read it as one. */
    public static ObjectNode result(ExtractionResult r) {
        return MAPPER.valueToTree(ResultRecord.of(r));
    }

    public static ObjectNode error(String docId, int line, String message) {
        return MAPPER.valueToTree(new ErrorRecord(docId, line, message));
    }

    /** An event as a JSON tree, for callers that read it as one. */
    public static ObjectNode event(Event e) {
        return MAPPER.valueToTree(EventRecord.of(e));
    }

    /** One event as written to JSONL and stored with each report. */
    public static String write(Event e) {
        return write(EventRecord.of(e));
    }

    /** A record as one line of JSON. */
    public static String write(Object record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + record.getClass().getSimpleName() + ": " + e, e);
        }
    }
}
