package org.rasd.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
        List<String> sources) {

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

    /** ACLED's {@code event_id_cnty}: ISO alpha-3 of the country and the store id, e.g. {@code SYR42}. */
    public String eventIdCnty() {
        String iso3 = Countries.of(countryCode).iso3();
        return (iso3.isEmpty() ? "XXX" : iso3) + id;
    }
}
