package org.rasd.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rasd.model.Actor;
import org.rasd.model.Event;
import org.rasd.model.Evidence;
import org.rasd.model.ExtractionResult;
import org.rasd.model.Location;

/** The JSON contract of {@code rasd extract}: field names and order as in ACLED where ACLED has one. */
public final class EventJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    public static ObjectNode result(ExtractionResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("doc_id", r.docId());
        ArrayNode events = o.putArray("events");
        for (Event e : r.events()) {
            events.add(event(e));
        }
        return o;
    }

    public static ObjectNode error(String docId, int line, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        if (docId == null) {
            o.putNull("doc_id");
        } else {
            o.put("doc_id", docId);
        }
        o.put("line", line);
        o.put("error", message);
        return o;
    }

    public static ObjectNode event(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("event_type", e.eventType().label());
        o.put("sub_event_type", e.subEventType().label());
        if (e.eventDate() == null) {
            o.putNull("event_date");
        } else {
            o.put("event_date", e.eventDate().toString());
        }
        o.put("time_precision", e.timePrecision());
        o.set("actor1", actor(e.actor1()));
        ArrayNode a1 = o.putArray("assoc_actor_1");
        e.assocActor1().forEach(a1::add);
        o.set("actor2", actor(e.actor2()));
        ArrayNode a2 = o.putArray("assoc_actor_2");
        e.assocActor2().forEach(a2::add);
        o.set("location", location(e.location()));
        if (e.fatalities() == null) {
            o.putNull("fatalities");
        } else {
            o.put("fatalities", e.fatalities());
        }
        o.put("attempted", e.attempted());
        o.put("civilian_targeting", e.civilianTargeting());
        ArrayNode ev = o.putArray("evidence");
        for (Evidence x : e.evidence()) {
            ObjectNode n = ev.addObject();
            n.put("start", x.start());
            n.put("end", x.end());
            n.put("text", x.text());
            if (x.role() != null) {
                n.put("role", x.role());
            }
        }
        o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        o.put("notes", e.notes());
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode actor(Actor a) {
        if (a == null) {
            return MAPPER.nullNode();
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", a.name());
        o.put("inter", a.inter().code());
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode location(Location l) {
        if (l == null) {
            return MAPPER.nullNode();
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", l.name());
        o.put("name_ar", l.nameAr());
        o.put("country", l.country());
        o.put("admin1", l.admin1());
        o.put("admin2", l.admin2());
        o.put("admin3", l.admin3());
        if (l.lat() == null) {
            o.putNull("lat");
            o.putNull("lon");
        } else {
            o.put("lat", Acled.coordinate(l.lat()));
            o.put("lon", Acled.coordinate(l.lon()));
        }
        o.put("geo_precision", l.geoPrecision());
        o.put("gazetteer_id", l.gazetteerId());
        return o;
    }
}
