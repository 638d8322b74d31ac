package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.EventMention;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

/** A stated toll of one frame at several distant towns is divided among them (ACLED), not counted at each. */
class SharedTollTest {
    private static final Location SABHA = new Location("Sabha", "سبها", "LY", null, null, null, 27.03766, 14.42832, 1, "a");
    private static final Location KUFRA = new Location("Al Kufrah", "الكفرة", "LY", null, null, null, 24.17, 23.29, 1, "b");
    private static final Location UBARI = new Location("Awbari", "أوباري", "LY", null, null, null, 26.59, 12.77, 1, "c");
    private static final Location NEAR = new Location("Qurt", "قرط", "LY", null, null, null, 27.05, 14.45, 1, "d");

    private static EventMention m(Location loc, int fat, boolean stated) {
        return EventMention.builder().subEventType(SubEventType.of("Armed clash")).location(loc).fatalities(fat)
                .fatalitiesStated(stated).trigger(0, 3).build();
    }

    @Test
    void aTollOverDistantTownsIsDividedTheRemainderToTheFirst() {
        List<EventMention> out = SharedTolls.shared(List.of(m(SABHA, 61, true), m(KUFRA, 61, true), m(UBARI, 61, true)));
        assertThat(out).extracting(EventMention::fatalities).containsExactly(21, 20, 20);
    }

    @Test
    void placesCloseTogetherAreOneIncidentAndAVagueTollIsKept() {
        assertThat(SharedTolls.shared(List.of(m(SABHA, 10, true), m(NEAR, 10, true))))
                .extracting(EventMention::fatalities).containsExactly(10, 10);
        assertThat(SharedTolls.shared(List.of(m(SABHA, 3, false), m(KUFRA, 3, false))))
                .extracting(EventMention::fatalities).containsExactly(3, 3);
    }
}
