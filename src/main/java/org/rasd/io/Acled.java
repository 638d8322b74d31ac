package org.rasd.io;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasd.model.Actor;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.EventType;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

/**
 * ACLED's derived fields (disorder type, inter codes, interaction) and the one projection of an event onto
 * ACLED's 31 columns ({@link #row}), shared by the CSV sink, the API's CSV and both GeoJSON writers.
 *
 * <p>Conventions: event_id_cnty is the ISO-3 code plus a number ("SYR42"; "XXX" when the country is unknown);
 * inter1 and inter2 are 0 without that actor; interaction is the two inter codes, lower first (17), or the sole
 * actor's code × 10; civilian_targeting is "Civilian targeting" or empty; iso is ISO 3166 numeric; latitude and
 * longitude are rounded to 5 decimals ({@link #coordinate}); fatalities is 0 when no number is given (ACLED's
 * convention); tags is "attempted" or empty; timestamp is Unix seconds.
 */
public final class Acled {
    /** ACLED's public CSV columns, in order. */
    public static final List<String> COLUMNS = AcledRow.COLUMNS;

    private Acled() {
    }

    /**
     * An event flattened to ACLED's fields: a stored row ({@code org.rasd.store.EventRow}) or an extracted event
     * ({@link #fields}). The accessors are the stored row's.
     */
    public interface Fields {
        /** The number after the ISO-3 code in event_id_cnty. */
        long id();

        LocalDate eventDate();

        int timePrecision();

        String disorderType();

        String eventType();

        String subEventType();

        String actor1();

        List<String> assocActor1();

        int inter1();

        String actor2();

        List<String> assocActor2();

        int inter2();

        int interaction();

        boolean civilianTargeting();

        boolean attempted();

        /** ISO-2, upper case, or null. */
        String countryCode();

        String country();

        String admin1();

        String admin2();

        String admin3();

        String location();

        String locationAr();

        Double latitude();

        Double longitude();

        int geoPrecision();

        Integer fatalities();

        String notes();

        /** The outlets that reported it. */
        List<String> sources();

        /** The timestamp column; null leaves it empty. */
        Instant updatedAt();
    }

    /**
     * An extracted event as ACLED's fields: the date falls back to the article's publication date, a missing
     * location has geo_precision 3, the source is the article's outlet.
     *
     * @param id the number in event_id_cnty
     * @param at the timestamp column
     */
    public static Fields fields(Event e, Article a, long id, Instant at) {
        return new EventFields(e, a, id, at);
    }

    /**
     * The extracted events of one export (the CSV and GeoJSON sinks): numbered per country in the order they come
     * ("SYR1", "SYR2", …; "XXX1" when the country is unknown), stamped with the export time.
     */
    public static final class Export {
        private final Instant timestamp;
        private final Map<String, Integer> counters = new HashMap<>();

        public Export(Clock clock) {
            this.timestamp = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        }

        /** The next event's fields. */
        public Fields next(Article a, Event e) {
            String iso3 = Countries.of(fields(e, a, 0, timestamp).countryCode()).iso3();
            return fields(e, a, counters.merge(iso3, 1, Integer::sum), timestamp);
        }
    }

    private record EventFields(Event e, Article a, long id, Instant updatedAt) implements Fields {
        private Location l() {
            return e.location();
        }

        @Override
        public LocalDate eventDate() {
            return e.eventDate() != null ? e.eventDate() : a == null ? null : a.published();
        }

        @Override
        public int timePrecision() {
            return e.timePrecision();
        }

        @Override
        public String disorderType() {
            return e.disorderType().label();
        }

        @Override
        public String eventType() {
            return e.eventType().label();
        }

        @Override
        public String subEventType() {
            return e.subEventType().label();
        }

        @Override
        public String actor1() {
            return e.actor1() == null ? null : e.actor1().name();
        }

        @Override
        public List<String> assocActor1() {
            return e.assocActor1();
        }

        @Override
        public int inter1() {
            return inter(e.actor1());
        }

        @Override
        public String actor2() {
            return e.actor2() == null ? null : e.actor2().name();
        }

        @Override
        public List<String> assocActor2() {
            return e.assocActor2();
        }

        @Override
        public int inter2() {
            return inter(e.actor2());
        }

        @Override
        public int interaction() {
            return Acled.interaction(inter1(), inter2());
        }

        @Override
        public boolean civilianTargeting() {
            return e.civilianTargeting();
        }

        @Override
        public boolean attempted() {
            return e.attempted();
        }

        @Override
        public String countryCode() {
            return l() == null || l().country() == null ? null : l().country().trim().toUpperCase(Locale.ROOT);
        }

        @Override
        public String country() {
            String cc = countryCode();
            return cc == null ? null : Countries.of(cc).name();
        }

        @Override
        public String admin1() {
            return l() == null ? null : l().admin1();
        }

        @Override
        public String admin2() {
            return l() == null ? null : l().admin2();
        }

        @Override
        public String admin3() {
            return l() == null ? null : l().admin3();
        }

        @Override
        public String location() {
            return l() == null ? null : l().name();
        }

        @Override
        public String locationAr() {
            return l() == null ? null : l().nameAr();
        }

        @Override
        public Double latitude() {
            return l() == null ? null : l().lat();
        }

        @Override
        public Double longitude() {
            return l() == null ? null : l().lon();
        }

        @Override
        public int geoPrecision() {
            return l() == null ? 3 : l().geoPrecision();
        }

        @Override
        public Integer fatalities() {
            return e.fatalities();
        }

        @Override
        public String notes() {
            return e.notes();
        }

        @Override
        public List<String> sources() {
            return a == null || a.source() == null ? List.of() : List.of(a.source());
        }
    }

    /** The one projection: an event's 31 ACLED values, as written to CSV and to GeoJSON properties. */
    public static AcledRow row(Fields f) {
        Countries.Country c = Countries.of(f.countryCode());
        LocalDate date = f.eventDate();
        return new AcledRow(
                eventIdCnty(f.countryCode(), f.id()),
                date == null ? "" : date.toString(),
                date == null ? "" : Integer.toString(date.getYear()),
                Integer.toString(f.timePrecision()),
                nz(f.disorderType()),
                nz(f.eventType()),
                nz(f.subEventType()),
                nz(f.actor1()),
                String.join("; ", f.assocActor1()),
                Integer.toString(f.inter1()),
                nz(f.actor2()),
                String.join("; ", f.assocActor2()),
                Integer.toString(f.inter2()),
                Integer.toString(f.interaction()),
                f.civilianTargeting() ? "Civilian targeting" : "",
                c.isoNumeric() == 0 ? "" : Integer.toString(c.isoNumeric()),
                c.region(),
                f.country() != null ? f.country() : c.name(),
                nz(f.admin1()),
                nz(f.admin2()),
                nz(f.admin3()),
                nz(f.location()),
                coordinateText(f.latitude()),
                coordinateText(f.longitude()),
                Integer.toString(f.geoPrecision()),
                String.join("; ", f.sources()),
                "",
                nz(f.notes()),
                Integer.toString(f.fatalities() == null ? 0 : f.fatalities()),
                f.attempted() ? "attempted" : "",
                f.updatedAt() == null ? "" : Long.toString(f.updatedAt().getEpochSecond()));
    }

    /** ACLED's event_id_cnty: the country's ISO-3 code ("XXX" when unknown) and a number, e.g. {@code SYR42}. */
    public static String eventIdCnty(String country, long id) {
        String iso3 = Countries.of(country).iso3();
        return (iso3.isEmpty() ? "XXX" : iso3) + id;
    }

    /** The one coordinate rounding of every output (JSON, CSV, GeoJSON): 5 decimals, about a metre. */
    public static Double coordinate(Double degrees) {
        return degrees == null ? null : Math.round(degrees * 1e5) / 1e5;
    }

    /** {@link #coordinate} as text, never in exponent notation; "" for none. */
    public static String coordinateText(Double degrees) {
        return degrees == null ? "" : BigDecimal.valueOf(coordinate(degrees)).toPlainString();
    }

    /**
     * ACLED's disorder type for labels read from outside (a stored row, a gold file): the sub-event type's, else
     * the event type's in general; "" if neither label is ACLED's.
     */
    public static String disorderType(String eventType, String subEventType) {
        SubEventType sub = SubEventType.find(subEventType);
        EventType type = EventType.find(eventType);
        if (sub != null && (type == null || sub.eventType() == type)) {
            return sub.disorderType().label();
        }
        return type == null ? "" : type.disorderType().label();
    }

    /** ACLED's inter code of an actor, 0 when there is none. */
    public static int inter(Actor a) {
        return a == null ? 0 : a.inter().code();
    }

    /**
     * ACLED's two-digit interaction code: the two inter codes with the lower first (1 and 7 → 17), or the sole
     * actor's code × 10 (sole state forces action → 10); 0 without actors. An inter code of 0 means no actor.
     */
    public static int interaction(int inter1, int inter2) {
        if (inter1 == 0 || inter2 == 0) {
            return Math.max(inter1, inter2) * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }

    /** {@link #interaction(int, int)} of two actors, either may be null. */
    public static int interaction(Actor actor1, Actor actor2) {
        return interaction(inter(actor1), inter(actor2));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
