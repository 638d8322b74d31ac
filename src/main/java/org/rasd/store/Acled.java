package org.rasd.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rasd.model.Actor;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

/** ACLED field derivations: disorder type, interaction code, the 31 CSV columns, sub-event families. */
public final class Acled {
    /** ACLED's public CSV columns, in order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    private Acled() {
    }

    /**
     * The deduplication family of labels read from outside ({@link SubEventType#family()}); an unknown
     * sub-event type is its own family, a missing one that of its event type.
     */
    public static String family(String eventType, String subEventType) {
        if (subEventType != null && !subEventType.isBlank()) {
            SubEventType t = SubEventType.find(subEventType);
            return t != null ? t.family() : "sub:" + subEventType.trim().toLowerCase(Locale.ROOT);
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
        int i1 = x1 == null ? 0 : x1.inter().code();
        int i2 = x2 == null ? 0 : x2.inter().code();
        Location l = e.location();
        LocalDate date = e.eventDate() != null ? e.eventDate() : a.published();
        String cc = l == null || l.country() == null ? null : l.country().trim().toUpperCase(Locale.ROOT);
        String country = cc == null ? null : Countries.of(cc).name();
        return new EventRow(0, e.subEventType().family(), date, e.timePrecision(),
                e.disorderType().label(), e.eventType().label(), e.subEventType().label(),
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
