package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.fixtures.Daraa;
import org.rasd.model.Actor;
import org.rasd.model.Event;
import org.rasd.model.Location;

class DedupTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static EventRow row(Event e) {
        return EventRow.of(e, Daraa.articleA(), NOW);
    }

    private static EventRow clashA() {
        return row(Daraa.eventsA().get(0));
    }

    private static EventRow clashB() {
        return EventRow.of(Daraa.eventsB().get(0), Daraa.articleB(), NOW);
    }

    private static Event withLocation(Event e, Location l) {
        return new Event(e.eventType(), e.subEventType(), e.eventDate(), e.timePrecision(), e.actor1(),
                e.assocActor1(), e.actor2(), e.assocActor2(), l, e.fatalities(), e.attempted(),
                e.civilianTargeting(), e.evidence(), e.confidence(), e.notes());
    }

    @Test
    void twoOutletsReportingTheTafasClashAreOneIncident() {
        assertThat(Dedup.sameIncident(clashA(), clashB())).isTrue();
    }

    @Test
    void differentSubEventFamiliesAreDifferentIncidents() {
        assertThat(Dedup.sameIncident(clashA(), row(Daraa.eventsA().get(1)))).isFalse();
    }

    @Test
    void airStrikeAndShellingShareAFamily() {
        assertThat(Dedup.family("Explosions/Remote violence", "Air/drone strike"))
                .isEqualTo(Dedup.family("Explosions/Remote violence", "Shelling/artillery/missile attack"));
    }

    @Test
    void placesFartherThanThePrecisionToleranceAreDifferentIncidents() {
        // Tafas to Busra al-Sham is about 40 km: beyond 30 km (geo_precision 2)
        Event far = withLocation(Daraa.eventsB().get(0), Daraa.BUSRA);
        assertThat(Dedup.sameIncident(clashA(), EventRow.of(far, Daraa.articleB(), NOW))).isFalse();
    }

    @Test
    void regionLevelPrecisionWidensTheToleranceTo150Km() {
        Location daraaRegion = new Location("Daraa", "درعا", "SY", "Daraa", null, null, 32.6189, 36.1021, 3, null);
        Event vague = withLocation(Daraa.eventsB().get(0), daraaRegion);
        Event busra = withLocation(Daraa.eventsA().get(0), Daraa.BUSRA);
        assertThat(Dedup.sameIncident(row(busra), EventRow.of(vague, Daraa.articleB(), NOW))).isTrue();
    }

    @Test
    void datesTwoDaysApartAreDifferentIncidents() {
        Event e = Daraa.eventsB().get(0);
        Event later = new Event(e.eventType(), e.subEventType(), Daraa.JULY_2.plusDays(2), 1, e.actor1(), null,
                e.actor2(), null, e.location(), e.fatalities(), false, false, e.evidence(), 0.5, null);
        assertThat(Dedup.sameIncident(clashA(), EventRow.of(later, Daraa.articleB(), NOW))).isFalse();
    }

    @Test
    void incompatibleInterCodesAreDifferentIncidents() {
        Event e = Daraa.eventsB().get(0);
        Event other = new Event(e.eventType(), e.subEventType(), e.eventDate(), 1, new Actor("Islamic State (Syria)", 2),
                null, new Actor("Hezbollah", 8), null, e.location(), 3, false, false, e.evidence(), 0.5, null);
        assertThat(Dedup.sameIncident(clashA(), EventRow.of(other, Daraa.articleB(), NOW))).isFalse();
    }

    @Test
    void anUnknownActorIsCompatibleWithAnyActor() {
        Event e = Daraa.eventsB().get(0);
        Event anon = new Event(e.eventType(), e.subEventType(), e.eventDate(), 1, Daraa.SYRIAN_ARMY, null, null, null,
                e.location(), null, false, false, e.evidence(), 0.5, null);
        assertThat(Dedup.sameIncident(clashA(), EventRow.of(anon, Daraa.articleB(), NOW))).isTrue();
    }

    @Test
    void mergeKeepsTheLowestFatalityFigureNotTheSum() {
        EventRow m = Dedup.merge(clashA().withId(7), clashB(), NOW);
        assertThat(m.fatalities()).isEqualTo(2);
        assertThat(m.sourceCount()).isEqualTo(2);
        assertThat(m.id()).isEqualTo(7);
    }

    @Test
    void mergeTakesAFigureWhenTheFirstReportGaveNone() {
        Event e = Daraa.eventsA().get(0);
        Event noToll = new Event(e.eventType(), e.subEventType(), e.eventDate(), 1, e.actor1(), null, e.actor2(), null,
                e.location(), null, false, false, e.evidence(), 0.5, null);
        assertThat(Dedup.merge(row(noToll), clashB(), NOW).fatalities()).isEqualTo(5);
    }

    @Test
    void mergeKeepsTheMorePrecisePlace() {
        EventRow m = Dedup.merge(clashA(), clashB(), NOW);
        assertThat(m.geoPrecision()).isEqualTo(1);
    }

    @Test
    void mergeAlignsSwappedActorsAndFillsAnUnknownOne() {
        Event e = Daraa.eventsA().get(0);
        Event oneSided = new Event(e.eventType(), e.subEventType(), e.eventDate(), 1, e.actor1(), null, null, null,
                e.location(), 2, false, false, e.evidence(), 0.5, null);
        EventRow m = Dedup.merge(row(oneSided), clashB(), NOW);
        assertThat(List.of(m.actor1(), m.actor2())).containsExactly(Daraa.REBELS.name(), Daraa.SYRIAN_ARMY.name());
        assertThat(m.interaction()).isEqualTo(12);
    }

    @Test
    void mergeOfTwoReportsWithoutFiguresHasNoFigure() {
        Event e = Daraa.eventsA().get(0);
        Event noToll = new Event(e.eventType(), e.subEventType(), e.eventDate(), 1, e.actor1(), null, e.actor2(), null,
                e.location(), null, false, false, e.evidence(), 0.5, null);
        assertThat(Dedup.merge(row(noToll), row(noToll), NOW).fatalities()).isNull();
    }

    @Test
    void aReportWithoutDeathsDoesNotLowerACountedToll() {
        Event e = Daraa.eventsA().get(0);
        Event zero = new Event(e.eventType(), e.subEventType(), e.eventDate(), 1, e.actor1(), null, e.actor2(), null,
                e.location(), 0, false, false, e.evidence(), 0.5, null);
        assertThat(Dedup.merge(row(zero), clashB(), NOW).fatalities()).isEqualTo(5);
        assertThat(Dedup.merge(clashB(), row(zero), NOW).fatalities()).isEqualTo(5);
    }

    @Test
    void anUnidentifiedArmedGroupIsCompatibleWithANamedPerpetrator() {
        Event e = Daraa.eventsB().get(0);
        Event unnamed = new Event(e.eventType(), e.subEventType(), e.eventDate(), 1,
                new Actor("Unidentified Armed Group (Syria)", 3), null, Daraa.SYRIAN_ARMY, null, e.location(), 2, false,
                false, e.evidence(), 0.5, null);
        EventRow u = EventRow.of(unnamed, Daraa.articleB(), NOW);
        assertThat(Dedup.sameIncident(u, clashA())).isTrue();
        assertThat(Dedup.merge(u, clashA(), NOW).actor1()).isEqualTo(Daraa.REBELS.name());
    }

    @Test
    void aSingleOutlierCannotDragTheTollBelowAFigureTwoReportsAgreeOn() {
        assertThat(Dedup.credibleFatalities(java.util.Arrays.asList(31, 32, 1, 31, null, 0))).isEqualTo(31);
    }

    @Test
    void withoutAgreementTheLowestPositiveFigureStands() {
        assertThat(Dedup.credibleFatalities(java.util.Arrays.asList(5, 2, 0))).isEqualTo(2);
        assertThat(Dedup.credibleFatalities(java.util.Arrays.asList(0, null))).isZero();
        assertThat(Dedup.credibleFatalities(java.util.Arrays.asList(null, null))).isNull();
    }

    private static Event withToll(Event e, Integer fatalities, String notes) {
        return new Event(e.eventType(), e.subEventType(), e.eventDate(), e.timePrecision(), e.actor1(),
                e.assocActor1(), e.actor2(), e.assocActor2(), e.location(), fatalities, e.attempted(),
                e.civilianTargeting(), e.evidence(), e.confidence(), notes);
    }

    @Test
    void theMergedNoteGivesTheMergedFigure() {
        Event e = Daraa.eventsA().get(0);
        EventRow five = row(withToll(e, 5, "On 2018-07-02, rebels – armed clash with the army in Tafas. 5 fatalities."));
        EventRow two = row(withToll(e, 2, "On 2018-07-02, rebels – armed clash with the army. 2 fatalities."));
        EventRow vague = row(withToll(e, 3,
                "On 2018-07-02, rebels – armed clash. Fatalities reported without a number (coded 3)."));
        // the kept report said 5, the merge keeps the lowest figure 2: the note says 2, not 5
        EventRow m = Dedup.merge(five, two, NOW);
        assertThat(m.fatalities()).isEqualTo(2);
        assertThat(m.notes()).isEqualTo("On 2018-07-02, rebels – armed clash with the army in Tafas. 2 fatalities.");
        // a figure from an unstated report keeps its wording
        assertThat(Dedup.merge(five, vague, NOW).notes()).endsWith("in Tafas. Fatalities reported without a number (coded 3).");
        // recomputed from every report's figure
        assertThat(Dedup.withFatalities(five, 31).notes()).endsWith("in Tafas. 31 fatalities.");
        assertThat(Dedup.withFatalities(five, 0).notes()).endsWith("in Tafas. No fatalities reported.");
        assertThat(Dedup.withFatalities(five, 5).notes()).isEqualTo(five.notes());
    }
}
