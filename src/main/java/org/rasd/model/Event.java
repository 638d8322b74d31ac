package org.rasd.model;

import java.time.LocalDate;
import java.util.List;

/** One ACLED-style event: one sub-event type at one location on one day, with its actors and evidence. */
public record Event(
        String eventType,
        String subEventType,
        LocalDate eventDate,
        int timePrecision,
        Actor actor1,
        List<String> assocActor1,
        Actor actor2,
        List<String> assocActor2,
        Location location,
        Integer fatalities,
        boolean attempted,
        boolean civilianTargeting,
        List<Evidence> evidence,
        double confidence,
        String notes) {
    public Event {
        assocActor1 = assocActor1 == null ? List.of() : List.copyOf(assocActor1);
        assocActor2 = assocActor2 == null ? List.of() : List.copyOf(assocActor2);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
