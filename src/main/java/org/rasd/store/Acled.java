package org.rasd.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasd.model.Actor;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Location;

/** ACLED field derivations: disorder type, interaction code, the 31 CSV columns, sub-event families. */
public final class Acled {
    /** ACLED's public CSV columns, in order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    /**
     * Sub-event families for cross-source deduplication: two reports of one incident may code it as
     * neighbouring sub-event types (an air strike read as shelling, a clash read as a territorial gain).
     */
    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("armed clash", "battle"),
            Map.entry("government regains territory", "battle"),
            Map.entry("non-state actor overtakes territory", "battle"),
            Map.entry("air/drone strike", "remote-strike"),
            Map.entry("shelling/artillery/missile attack", "remote-strike"),
            Map.entry("remote explosive/landmine/ied", "explosive"),
            Map.entry("suicide bomb", "explosive"),
            Map.entry("grenade", "explosive"),
            Map.entry("chemical weapon", "chemical"),
            Map.entry("attack", "attack"),
            Map.entry("abduction/forced disappearance", "abduction"),
            Map.entry("sexual violence", "sexual-violence"),
            Map.entry("peaceful protest", "protest"),
            Map.entry("protest with intervention", "protest"),
            Map.entry("excessive force against protesters", "protest"),
            Map.entry("violent demonstration", "riot"),
            Map.entry("mob violence", "riot"));

    private Acled() {
    }

    public static String family(String eventType, String subEventType) {
        if (subEventType != null && !subEventType.isBlank()) {
            String f = FAMILY.get(subEventType.trim().toLowerCase(Locale.ROOT));
            return f != null ? f : "sub:" + subEventType.trim().toLowerCase(Locale.ROOT);
        }
        return "type:" + (eventType == null ? "" : eventType.trim().toLowerCase(Locale.ROOT));
    }

    public static String disorderType(String eventType, String subEventType) {
        return eventType == null ? "" : org.rasd.io.Acled.disorderType(eventType, subEventType);
    }

    /** ACLED's two-digit interaction code: the two inter codes, smaller first; a sole actor gives inter×10. */
    public static int interaction(int inter1, int inter2) {
        return org.rasd.io.Acled.interaction(inter1 == 0 ? null : new org.rasd.model.Actor("", inter1),
                inter2 == 0 ? null : new org.rasd.model.Actor("", inter2));
    }

    /** Flattens an extracted event; the date falls back to the article's publication date. */
    public static EventRow flatten(Event e, Article a, Instant now) {
        Actor x1 = e.actor1();
        Actor x2 = e.actor2();
        int i1 = x1 == null ? 0 : x1.inter();
        int i2 = x2 == null ? 0 : x2.inter();
        Location l = e.location();
        LocalDate date = e.eventDate() != null ? e.eventDate() : a.published();
        String cc = l == null || l.country() == null ? null : l.country().trim().toUpperCase(Locale.ROOT);
        String country = cc == null ? null : Countries.of(cc).name();
        return new EventRow(0, family(e.eventType(), e.subEventType()), date, e.timePrecision(),
                disorderType(e.eventType(), e.subEventType()), e.eventType(), e.subEventType(),
                x1 == null ? null : x1.name(), e.assocActor1(), i1,
                x2 == null ? null : x2.name(), e.assocActor2(), i2, interaction(i1, i2),
                e.civilianTargeting(), e.attempted(), cc, country,
                l == null ? null : l.admin1(), l == null ? null : l.admin2(), l == null ? null : l.admin3(),
                l == null ? null : l.name(), l == null ? null : l.nameAr(),
                l == null ? null : l.lat(), l == null ? null : l.lon(), l == null ? 3 : l.geoPrecision(),
                l == null ? null : l.gazetteerId(), e.fatalities(), e.confidence(), e.notes(), 1, now, List.of());
    }

    /** The 31 ACLED CSV values of an event, as strings, in {@link #COLUMNS} order. */
    public static List<String> row(EventRow r) {
        Countries.Country c = Countries.of(r.countryCode());
        List<String> v = new ArrayList<>(COLUMNS.size());
        v.add(r.eventIdCnty());
        v.add(r.eventDate() == null ? "" : r.eventDate().toString());
        v.add(r.eventDate() == null ? "" : Integer.toString(r.eventDate().getYear()));
        v.add(Integer.toString(r.timePrecision()));
        v.add(nz(r.disorderType()));
        v.add(nz(r.eventType()));
        v.add(nz(r.subEventType()));
        v.add(nz(r.actor1()));
        v.add(String.join("; ", r.assocActor1()));
        v.add(Integer.toString(r.inter1()));
        v.add(nz(r.actor2()));
        v.add(String.join("; ", r.assocActor2()));
        v.add(Integer.toString(r.inter2()));
        v.add(Integer.toString(r.interaction()));
        v.add(r.civilianTargeting() ? "Civilian targeting" : "");
        v.add(c.isoNumeric() == 0 ? "" : Integer.toString(c.isoNumeric()));
        v.add(c.region());
        v.add(r.country() != null ? r.country() : c.name());
        v.add(nz(r.admin1()));
        v.add(nz(r.admin2()));
        v.add(nz(r.admin3()));
        v.add(nz(r.location()));
        v.add(r.latitude() == null ? "" : String.format(Locale.ROOT, "%.4f", r.latitude()));
        v.add(r.longitude() == null ? "" : String.format(Locale.ROOT, "%.4f", r.longitude()));
        v.add(Integer.toString(r.geoPrecision()));
        v.add(String.join("; ", r.sources()));
        v.add("");
        v.add(nz(r.notes()));
        v.add(Integer.toString(r.fatalities() == null ? 0 : r.fatalities()));
        v.add(r.attempted() ? "attempted" : "");
        v.add(r.updatedAt() == null ? "" : Long.toString(r.updatedAt().getEpochSecond()));
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
