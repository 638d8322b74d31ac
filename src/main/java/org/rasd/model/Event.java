package org.rasd.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One ACLED-style event: one sub-event type at one location on one day, with its actors and evidence. The event
 * type may be given as null (it follows from the sub-event type); given, it must be the sub-event type's own.
 */
public record Event(
        EventType eventType,
        SubEventType subEventType,
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
        Objects.requireNonNull(subEventType, "subEventType");
        if (eventType == null) {
            eventType = subEventType.eventType();
        } else if (eventType != subEventType.eventType()) {
            throw new IllegalArgumentException(subEventType.label() + " is not of event type " + eventType.label());
        }
        assocActor1 = assocActor1 == null ? List.of() : List.copyOf(assocActor1);
        assocActor2 = assocActor2 == null ? List.of() : List.copyOf(assocActor2);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** ACLED's disorder type of this event. */
    public DisorderType disorderType() {
        return subEventType.disorderType();
    }
}
