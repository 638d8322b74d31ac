package org.rasd.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One event as found in the text, before ACLED coding and merging ({@code org.rasd.code}). Immutable; build one with
 * {@link #builder()} or change a copy through {@link #toBuilder()}.
 *
 * @param subEventType     the ACLED sub-event type
 * @param date             the event day, or null when neither the text nor the publication gives one
 * @param timePrecision    ACLED time precision (1 day, 2 week, 3 month)
 * @param dateStated       the day is stated next to the trigger (not inherited from the paragraph or the lead)
 * @param actor1           the side that acted, or null
 * @param actor2           the side acted upon, or null
 * @param actor1Stated     actor 1 is named in the text (not a default)
 * @param location         the place
 * @param alternatives     other readings of the place name
 * @param fatalities       the death count (0 when none is reported)
 * @param fatalitiesStated the count is stated (not a vague "dead")
 * @param attempted        an attempt word stands with the trigger
 * @param sentence         index of the sentence
 * @param triggerStart     start offset of the first trigger
 * @param triggerEnd       end offset of the first trigger
 * @param evidence         original-text spans of the fields
 * @param genericTrigger   only a generic word ("attack", "killed") was the trigger
 * @param placeKind        the gazetteer's kind of place, or null
 * @param provisional      placed only at country level: too vague to code alone (see {@link #provisional()})
 * @param assoc1           associated actors of actor 1
 * @param assoc2           associated actors of actor 2
 */
public record EventMention(
        SubEventType subEventType, LocalDate date, int timePrecision, boolean dateStated,
        Actor actor1, Actor actor2, boolean actor1Stated, Location location, List<Location> alternatives,
        Integer fatalities, boolean fatalitiesStated, boolean attempted, int sentence, int triggerStart,
        int triggerEnd, List<Evidence> evidence, boolean genericTrigger, String placeKind,
        boolean provisional, List<String> assoc1, List<String> assoc2) {
    public EventMention {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        assoc1 = assoc1 == null ? List.of() : List.copyOf(assoc1);
        assoc2 = assoc2 == null ? List.of() : List.copyOf(assoc2);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this mention's fields. */
    public Builder toBuilder() {
        return new Builder().subEventType(subEventType).date(date).timePrecision(timePrecision).dateStated(dateStated)
                .actor1(actor1).actor2(actor2).actor1Stated(actor1Stated).location(location).alternatives(alternatives)
                .fatalities(fatalities).fatalitiesStated(fatalitiesStated).attempted(attempted).sentence(sentence)
                .trigger(triggerStart, triggerEnd).evidence(evidence).genericTrigger(genericTrigger)
                .placeKind(placeKind).provisional(provisional).assoc1(assoc1).assoc2(assoc2);
    }

    /** The ACLED event type of {@link #subEventType()}. */
    public EventType eventType() {
        return subEventType.eventType();
    }

    /**
     * A mention placed only at country level, too vague to code alone; it can name the type of an incident
     * the article places precisely elsewhere ("a suicide bomber … in northern Afghanistan" … "the attack in
     * Almar"). The coder drops it when nothing takes it.
     */
    @Override
    public boolean provisional() {
        return provisional;
    }

    /**
     * This mention completed by a provisional one that names the same incident: the type comes from it when
     * this one was only a generic word; actors, a stated toll and the evidence are combined.
     */
    public EventMention completedBy(EventMention o) {
        boolean takeFat = !fatalitiesStated && o.fatalitiesStated(); // a country-wide total is no better
        // a country's centre completed by a part of it («the border strip facing Kilis», «northern Syria») takes the part
        boolean finer = location != null && o.location() != null && location.gazetteerId() != null
                && location.gazetteerId().startsWith("cty:") && o.location().gazetteerId() != null
                && (o.location().gazetteerId().startsWith("region:") || o.location().gazetteerId().startsWith("border:"))
                && java.util.Objects.equals(location.country(), o.location().country());
        List<Evidence> ev = new ArrayList<>(evidence);
        if (finer) {
            ev.removeIf(x -> "location".equals(x.role()));
        }
        for (Evidence x : o.evidence()) {
            if ((finer || !"location".equals(x.role())) && !ev.contains(x)) {
                ev.add(x);
            }
        }
        return toBuilder().location(finer ? o.location() : location)
                .subEventType(genericTrigger ? o.subEventType() : subEventType)
                .date(dateStated ? date : o.date()).timePrecision(dateStated ? timePrecision : o.timePrecision())
                .dateStated(dateStated || o.dateStated())
                .actor1(actor1Stated ? actor1 : o.actor1()).actor2(actor2 != null ? actor2 : o.actor2())
                .actor1Stated(actor1Stated || o.actor1Stated())
                .fatalities(takeFat ? o.fatalities() : fatalities)
                .fatalitiesStated(fatalitiesStated || o.fatalitiesStated())
                .evidence(ev).genericTrigger(genericTrigger && o.genericTrigger()).provisional(false)
                .assoc1(assoc1.isEmpty() ? o.assoc1() : assoc1).assoc2(assoc2.isEmpty() ? o.assoc2() : assoc2)
                .build();
    }

    /** Builds an {@link EventMention}; unset fields are null, 0, false or empty. */
    public static final class Builder {
        private SubEventType subEventType;
        private LocalDate date;
        private int timePrecision;
        private boolean dateStated;
        private Actor actor1;
        private Actor actor2;
        private boolean actor1Stated;
        private Location location;
        private List<Location> alternatives = List.of();
        private Integer fatalities;
        private boolean fatalitiesStated;
        private boolean attempted;
        private int sentence;
        private int triggerStart;
        private int triggerEnd;
        private List<Evidence> evidence = List.of();
        private boolean genericTrigger;
        private String placeKind;
        private boolean provisional;
        private List<String> assoc1 = List.of();
        private List<String> assoc2 = List.of();

        private Builder() {
        }

        public Builder subEventType(SubEventType v) {
            subEventType = v;
            return this;
        }

        public Builder date(LocalDate v) {
            date = v;
            return this;
        }

        public Builder timePrecision(int v) {
            timePrecision = v;
            return this;
        }

        public Builder dateStated(boolean v) {
            dateStated = v;
            return this;
        }

        public Builder actor1(Actor v) {
            actor1 = v;
            return this;
        }

        public Builder actor2(Actor v) {
            actor2 = v;
            return this;
        }

        public Builder actor1Stated(boolean v) {
            actor1Stated = v;
            return this;
        }

        public Builder location(Location v) {
            location = v;
            return this;
        }

        public Builder alternatives(List<Location> v) {
            alternatives = v;
            return this;
        }

        public Builder fatalities(Integer v) {
            fatalities = v;
            return this;
        }

        public Builder fatalitiesStated(boolean v) {
            fatalitiesStated = v;
            return this;
        }

        public Builder attempted(boolean v) {
            attempted = v;
            return this;
        }

        public Builder sentence(int v) {
            sentence = v;
            return this;
        }

        /** Offsets of the first trigger. */
        public Builder trigger(int start, int end) {
            triggerStart = start;
            triggerEnd = end;
            return this;
        }

        public Builder evidence(List<Evidence> v) {
            evidence = v;
            return this;
        }

        public Builder genericTrigger(boolean v) {
            genericTrigger = v;
            return this;
        }

        public Builder placeKind(String v) {
            placeKind = v;
            return this;
        }

        public Builder provisional(boolean v) {
            provisional = v;
            return this;
        }

        public Builder assoc1(List<String> v) {
            assoc1 = v;
            return this;
        }

        public Builder assoc2(List<String> v) {
            assoc2 = v;
            return this;
        }

        public EventMention build() {
            return new EventMention(subEventType, date, timePrecision, dateStated, actor1, actor2, actor1Stated,
                    location, alternatives, fatalities, fatalitiesStated, attempted, sentence, triggerStart,
                    triggerEnd, evidence, genericTrigger, placeKind, provisional, assoc1, assoc2);
        }
    }
}
