package org.rasd.code;

import org.rasd.model.SubEventType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.EventMention;
import org.rasd.model.Actor;
import org.rasd.model.Event;
import org.rasd.model.Location;

class CoderTest {
    private static final Location TAFAS = new Location("Tafas", "طفس", "SY", "Dar'a", null, null, 32.73564, 36.06694, 1,
            "wof:1");
    private static final Location SAYDA = new Location("Sayda", "صيدا", "SY", "Dar'a", null, null, 32.62944, 36.22626, 1,
            "wof:2");
    private static final Location DARAA = new Location("Dar'a", "درعا", "SY", null, null, null, 32.61889, 36.10213, 3,
            "wof:3");
    private static final Actor SYR = new Actor("Military Forces of Syria", 1);

    private static EventMention m(String sub, Location loc, LocalDate d, boolean dateStated, Integer fat, boolean weak,
                                  int at) {
        return EventMention.builder().subEventType(SubEventType.of(sub)).date(d).timePrecision(dateStated ? 1 : 2)
                .dateStated(dateStated).actor1(SYR).actor1Stated(true).location(loc).fatalities(fat)
                .fatalitiesStated(fat != null).trigger(at, at + 3).genericTrigger(weak).build();
    }

    @Test
    void repeatedMentionsOfOneIncidentBecomeOneEventWithTheLargestStatedToll() {
        LocalDate d = LocalDate.of(2018, 7, 2);
        List<Event> es = Coder.code(List.of(m("Armed clash", TAFAS, d, true, 2, false, 10),
                m("Armed clash", TAFAS, d, false, 1, false, 50)));
        assertThat(es).hasSize(1);
        assertThat(es.get(0).fatalities()).isEqualTo(2);
        assertThat(es.get(0).eventDate()).isEqualTo(d);
    }

    @Test
    void aRegionLevelMentionJoinsThePreciseOneNearby() {
        LocalDate d = LocalDate.of(2018, 7, 2);
        List<Event> es = Coder.code(List.of(m("Armed clash", DARAA, null, false, 2, false, 5),
                m("Armed clash", TAFAS, d, true, 2, false, 40)));
        assertThat(es).hasSize(1);
        assertThat(es.get(0).location().name()).isEqualTo("Tafas");
    }

    @Test
    void theTollOfTheFinestPlaceWinsOverAWiderAreasFigure() {
        // "21 killed in attacks across the province" merged with "16 killed at Tafas": the town's own report
        LocalDate d = LocalDate.of(2018, 7, 2);
        List<Event> es = Coder.code(List.of(m("Armed clash", DARAA, d, true, 21, false, 5),
                m("Armed clash", TAFAS, d, true, 16, false, 40)));
        assertThat(es).hasSize(1);
        assertThat(es.get(0).fatalities()).isEqualTo(16);
        assertThat(es.get(0).notes()).endsWith("16 fatalities.");
    }

    @Test
    void anArrestHasNoFatalities() {
        List<Event> es = Coder.code(List.of(m("Arrests", TAFAS, LocalDate.of(2018, 7, 2), true, 1, false, 5)));
        assertThat(es).hasSize(1);
        assertThat(es.get(0).fatalities()).isZero();
        assertThat(es.get(0).notes()).endsWith("No fatalities reported.");
    }

    @Test
    void twoTownsOfOneListStayTwoEvents() {
        List<Event> es = Coder.code(List.of(m("Shelling/artillery/missile attack", TAFAS, null, false, 0, false, 1),
                m("Shelling/artillery/missile attack", SAYDA, null, false, 0, false, 1)));
        assertThat(es).hasSize(2);
    }

    @Test
    void differentDaysStayApart() {
        List<Event> es = Coder.code(List.of(m("Armed clash", TAFAS, LocalDate.of(2018, 7, 2), true, 0, false, 1),
                m("Armed clash", TAFAS, LocalDate.of(2018, 6, 20), true, 0, false, 9)));
        assertThat(es).hasSize(2);
    }

    @Test
    void aGenericAttackByAnotherStatedAttackerStaysItsOwnEvent() {
        LocalDate d = LocalDate.of(2018, 7, 2);
        EventMention strike = m("Air/drone strike", TAFAS, d, true, 3, false, 1);
        EventMention attack = m("Armed clash", TAFAS, d, true, 7, true, 20).toBuilder()
                .actor1(new Actor("Popular Resistance (Syria)", 3)).build();
        // the rebels' attack is not the government's air strike on the same town that day
        assertThat(Coder.code(List.of(strike, attack))).hasSize(2);
        // the same attacker's generic word is the strike told again
        assertThat(Coder.code(List.of(strike, m("Armed clash", TAFAS, d, true, 7, true, 20)))).hasSize(1);
    }

    @Test
    void aGenericAttackWordJoinsTheSpecificEventAtThatPlace() {
        LocalDate d = LocalDate.of(2018, 7, 2);
        List<Event> es = Coder.code(List.of(m("Suicide bomb", TAFAS, d, true, 5, false, 1),
                m("Armed clash", TAFAS, d, true, 7, true, 20)));
        assertThat(es).hasSize(1);
        assertThat(es.get(0).subEventType().label()).isEqualTo("Suicide bomb");
        assertThat(es.get(0).fatalities()).isEqualTo(7);
    }

    @Test
    void oneSideIsNeverBothActors() {
        // the dated mention carried the rebels as actor 1 and named the army as the side hit; the other mention states
        // the army as actor 1: the event's actor 1 is the army, and the army is not its actor 2 too
        LocalDate d = LocalDate.of(2018, 7, 2);
        Actor rebels = new Actor("Opposition Rebels (Syria)", 2);
        EventMention carried = m("Armed clash", TAFAS, d, true, 2, false, 10).toBuilder()
                .actor1(rebels).actor1Stated(false).actor2(SYR).build();
        EventMention stated = m("Armed clash", TAFAS, null, false, 2, false, 50);
        List<Event> es = Coder.code(List.of(carried, stated));
        assertThat(es).hasSize(1);
        assertThat(es.get(0).actor1()).isEqualTo(SYR);
        assertThat(es.get(0).actor2()).isEqualTo(rebels);
    }

    @Test
    void notesSummariseTheFields() {
        String n = Notes.line(SubEventType.ARMED_CLASH, LocalDate.of(2018, 7, 2), 1, SYR,
                new Actor("Opposition Rebels (Syria)", 2), TAFAS, 2, true, false);
        assertThat(n).contains("2018-07-02").contains("Military Forces of Syria").contains("Tafas").contains("2 fatalities");
    }

    @Test
    void aCountryLevelSuicideBombingMakesThePreciseExplosionASuicideBombing() {
        // "20 killed in two suicide blasts in Syria … the two blasts went off in Tafas": one suicide bombing at Tafas
        LocalDate d = LocalDate.of(2018, 7, 2);
        Location syria = new Location("Syria", "سوريا", "SY", null, null, null, 35.0, 38.0, 3, "cty:SY");
        EventMention lead = m("Suicide bomb", syria, d, true, 20, false, 5).toBuilder().provisional(true).build();
        List<Event> es = Coder.code(List.of(lead, m("Remote explosive/landmine/IED", TAFAS, d, true, null, false, 60)));
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.SUICIDE_BOMB);
            assertThat(e.location().name()).isEqualTo("Tafas");
            assertThat(e.fatalities()).isEqualTo(20);
        });
    }

    @Test
    void aRegionLevelSuicideBombingJoinsTheExplosionInItsTown() {
        LocalDate d = LocalDate.of(2018, 7, 2);
        List<Event> es = Coder.code(List.of(m("Suicide bomb", DARAA, d, true, 4, false, 5),
                m("Remote explosive/landmine/IED", TAFAS, d, true, 4, false, 40)));
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.SUICIDE_BOMB);
            assertThat(e.location().name()).isEqualTo("Tafas");
        });
    }
}
