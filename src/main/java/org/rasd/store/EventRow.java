package org.rasd.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rasd.io.Acled;
import org.rasd.model.Article;
import org.rasd.model.Event;

/**
 * One stored event: ACLED's fields flattened, as a row of {@code events}. {@code id} is 0 before insert.
 * {@code inter1}/{@code inter2} are 0 when the actor is unknown; {@code fatalities} is null when no source
 * gave a figure. {@code sources} lists the outlets of the articles that reported it (filled on reads).
 */
public record EventRow(
        long id,
        String family,
        LocalDate eventDate,
        int timePrecision,
        String disorderType,
        String eventType,
        String subEventType,
        String actor1,
        List<String> assocActor1,
        int inter1,
        String actor2,
        List<String> assocActor2,
        int inter2,
        int interaction,
        boolean civilianTargeting,
        boolean attempted,
        String countryCode,
        String country,
        String admin1,
        String admin2,
        String admin3,
        String location,
        String locationAr,
        Double latitude,
        Double longitude,
        int geoPrecision,
        String gazetteerId,
        Integer fatalities,
        double confidence,
        String notes,
        int sourceCount,
        Instant updatedAt,
        List<String> sources) implements Acled.Fields {

    public EventRow {
        assocActor1 = assocActor1 == null ? List.of() : List.copyOf(assocActor1);
        assocActor2 = assocActor2 == null ? List.of() : List.copyOf(assocActor2);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public EventRow withId(long newId) {
        return new EventRow(newId, family, eventDate, timePrecision, disorderType, eventType, subEventType, actor1,
                assocActor1, inter1, actor2, assocActor2, inter2, interaction, civilianTargeting, attempted,
                countryCode, country, admin1, admin2, admin3, location, locationAr, latitude, longitude,
                geoPrecision, gazetteerId, fatalities, confidence, notes, sourceCount, updatedAt, sources);
    }

    public EventRow withSources(List<String> outlets) {
        return new EventRow(id, family, eventDate, timePrecision, disorderType, eventType, subEventType, actor1,
                assocActor1, inter1, actor2, assocActor2, inter2, interaction, civilianTargeting, attempted,
                countryCode, country, admin1, admin2, admin3, location, locationAr, latitude, longitude,
                geoPrecision, gazetteerId, fatalities, confidence, notes, sourceCount, updatedAt, outlets);
    }

    /**
     * Flattens an extracted event for the store ({@link Acled#fields}: the date falls back to the article's
     * publication date); {@code id} 0, no sources yet.
     */
    public static EventRow of(Event e, Article a, Instant now) {
        Acled.Fields f = Acled.fields(e, a, 0, now);
        return new EventRow(0, e.subEventType().family(), f.eventDate(), f.timePrecision(), f.disorderType(),
                f.eventType(), f.subEventType(), f.actor1(), f.assocActor1(), f.inter1(), f.actor2(), f.assocActor2(),
                f.inter2(), f.interaction(), f.civilianTargeting(), f.attempted(), f.countryCode(), f.country(),
                f.admin1(), f.admin2(), f.admin3(), f.location(), f.locationAr(), f.latitude(), f.longitude(),
                f.geoPrecision(), e.location() == null ? null : e.location().gazetteerId(), f.fatalities(),
                e.confidence(), f.notes(), 1, now, List.of());
    }

    /** ACLED's {@code event_id_cnty}: ISO alpha-3 of the country and the store id, e.g. {@code SYR42}. */
    public String eventIdCnty() {
        return Acled.eventIdCnty(countryCode, id);
    }
}
