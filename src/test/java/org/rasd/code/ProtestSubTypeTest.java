package org.rasd.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.EventMention;
import org.rasd.model.Actor;
import org.rasd.model.Event;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

/** One demonstration told with a peaceful word and a word of intervention or force is one event (issue 9 item 5). */
class ProtestSubTypeTest {
    private static final Location BAGHDAD = new Location("Baghdad", "بغداد", "IQ", "Baghdad", null, null, 33.34058,
            44.40088, 1, "wof:1");
    private static final Location BASRA = new Location("Basra", "البصرة", "IQ", "Basra", null, null, 30.50852, 47.7804,
            1, "wof:2");
    private static final LocalDate DAY = LocalDate.of(2015, 7, 20);

    private static EventMention m(String sub, Location loc, LocalDate d, int at) {
        return EventMention.builder().subEventType(SubEventType.of(sub)).date(d).timePrecision(1).dateStated(true)
                .actor1(new Actor("Protesters (Iraq)", 6)).actor1Stated(true).location(loc).fatalities(0)
                .trigger(at, at + 3).build();
    }

    private static List<String> subTypes(EventMention... ms) {
        return Coder.code(List.of(ms)).stream().map(Event::subEventType).map(SubEventType::label).toList();
    }

    @Test
    void interventionAtTheSamePlaceAndDayAbsorbsThePeacefulWord() {
        assertThat(subTypes(m("Peaceful protest", BAGHDAD, DAY, 1), m("Protest with intervention", BAGHDAD, DAY, 40)))
                .containsExactly("Protest with intervention");
        assertThat(subTypes(m("Protest with intervention", BAGHDAD, DAY, 1), m("Peaceful protest", BAGHDAD, DAY, 40)))
                .containsExactly("Protest with intervention");
    }

    @Test
    void forceAndRiotingAbsorbTheMilderWords() {
        assertThat(subTypes(m("Peaceful protest", BAGHDAD, DAY, 1), m("Protest with intervention", BAGHDAD, DAY, 20),
                m("Excessive force against protesters", BAGHDAD, DAY, 40)))
                .containsExactly("Excessive force against protesters");
        assertThat(subTypes(m("Peaceful protest", BAGHDAD, DAY, 1), m("Violent demonstration", BAGHDAD, DAY, 40)))
                .containsExactly("Violent demonstration");
    }

    @Test
    void otherPlacesOrDaysAndOtherFamiliesStayApart() {
        assertThat(subTypes(m("Peaceful protest", BASRA, DAY, 1), m("Protest with intervention", BAGHDAD, DAY, 40)))
                .containsExactly("Peaceful protest", "Protest with intervention");
        assertThat(subTypes(m("Peaceful protest", BAGHDAD, DAY.minusDays(5), 1),
                m("Protest with intervention", BAGHDAD, DAY, 40))).hasSize(2);
        assertThat(subTypes(m("Peaceful protest", BAGHDAD, DAY, 1), m("Armed clash", BAGHDAD, DAY, 40))).hasSize(2);
    }

    @Test
    void protestersAreActorOneAndTheInterveningForceActorTwo() {
        Actor police = new Actor("Police Forces of Iraq", 1);
        Actor[] r = Coder.demonstrators(SubEventType.PROTEST_WITH_INTERVENTION, police, null, BAGHDAD,
                java.util.Arrays.asList(police, null));
        assertThat(r[0]).isEqualTo(new Actor("Protesters (Iraq)", 6));
        assertThat(r[1]).isEqualTo(police);
        Actor protesters = new Actor("Protesters (Iraq)", 6);
        assertThat(Coder.demonstrators(SubEventType.PROTEST_WITH_INTERVENTION, protesters, null, BAGHDAD,
                List.of(protesters, police))).containsExactly(protesters, police);
        Actor[] strikers = Coder.demonstrators(SubEventType.PEACEFUL_PROTEST, new Actor("Civilians (Iraq)", 7), null,
                BAGHDAD, List.of(new Actor("Civilians (Iraq)", 7)));
        assertThat(strikers[0]).isEqualTo(new Actor("Protesters (Iraq)", 6));
        assertThat(strikers[1]).isNull();
        assertThat(Coder.demonstrators(SubEventType.VIOLENT_DEMONSTRATION, police, null, BAGHDAD, List.of(police))[0])
                .isEqualTo(new Actor("Rioters (Iraq)", 5));
    }

    @Test
    void withExcessiveForceTheForceStaysActorOne() {
        Actor police = new Actor("Police Forces of Iraq", 1);
        Actor protesters = new Actor("Protesters (Iraq)", 6);
        assertThat(Coder.demonstrators(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, police, protesters, BAGHDAD,
                List.of(police, protesters)))
                .containsExactly(police, protesters);
    }
}
