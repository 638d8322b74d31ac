package org.rasd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
    @Test
    void acledHasTwentyFiveSubEventTypesUnderSixEventTypes() {
        assertThat(SubEventType.values()).hasSize(25);
        assertThat(EventType.values()).hasSize(6);
        Map<EventType, Integer> per = new EnumMap<>(EventType.class);
        for (SubEventType t : SubEventType.values()) {
            per.merge(t.eventType(), 1, Integer::sum);
        }
        assertThat(per).containsEntry(EventType.BATTLES, 3).containsEntry(EventType.EXPLOSIONS_REMOTE_VIOLENCE, 6)
                .containsEntry(EventType.VIOLENCE_AGAINST_CIVILIANS, 3).containsEntry(EventType.PROTESTS, 3)
                .containsEntry(EventType.RIOTS, 2).containsEntry(EventType.STRATEGIC_DEVELOPMENTS, 8);
        assertThat(Arrays.stream(SubEventType.values()).map(SubEventType::label).distinct()).hasSize(25);
    }

    @Test
    void labelsRoundTripAndUnknownLabelsAreRefused() {
        for (SubEventType t : SubEventType.values()) {
            assertThat(SubEventType.of(t.label())).isSameAs(t);
            assertThat(SubEventType.of(" " + t.label().toUpperCase(java.util.Locale.ROOT) + " ")).isSameAs(t);
            assertThat(SubEventType.of(t.eventType().label(), t.label())).isSameAs(t);
        }
        for (EventType t : EventType.values()) {
            assertThat(EventType.of(t.label())).isSameAs(t);
        }
        assertThat(SubEventType.of("Air/drone strike")).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
        assertThat(SubEventType.find("Airstrike")).isNull();
        assertThatThrownBy(() -> SubEventType.of("Airstrike")).hasMessageContaining("Airstrike");
        assertThatThrownBy(() -> SubEventType.of("Battles", "Attack")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.of("Fights")).hasMessageContaining("Fights");
    }

    @Test
    void disorderTypesFollowAcled() {
        assertThat(SubEventType.ARMED_CLASH.disorderType()).isEqualTo(DisorderType.POLITICAL_VIOLENCE);
        assertThat(SubEventType.AIR_DRONE_STRIKE.disorderType()).isEqualTo(DisorderType.POLITICAL_VIOLENCE);
        assertThat(SubEventType.ATTACK.disorderType()).isEqualTo(DisorderType.POLITICAL_VIOLENCE);
        assertThat(SubEventType.PEACEFUL_PROTEST.disorderType()).isEqualTo(DisorderType.DEMONSTRATIONS);
        assertThat(SubEventType.VIOLENT_DEMONSTRATION.disorderType()).isEqualTo(DisorderType.DEMONSTRATIONS);
        assertThat(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS.disorderType().label())
                .isEqualTo("Political violence; Demonstrations");
        assertThat(SubEventType.MOB_VIOLENCE.disorderType())
                .isEqualTo(DisorderType.POLITICAL_VIOLENCE_AND_DEMONSTRATIONS);
        assertThat(SubEventType.ARRESTS.disorderType().label()).isEqualTo("Strategic developments");
    }

    @Test
    void familiesGroupNeighbouringTypesAndKeepTheRestApart() {
        assertThat(SubEventType.AIR_DRONE_STRIKE.family()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK.family());
        assertThat(SubEventType.ARMED_CLASH.family()).isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY.family())
                .isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY.family()).isEqualTo("battle");
        assertThat(SubEventType.SUICIDE_BOMB.family()).isEqualTo(SubEventType.GRENADE.family()).isEqualTo("explosive");
        assertThat(SubEventType.ARRESTS.family()).isEqualTo("sub:arrests");
        assertThat(SubEventType.AGREEMENT.family()).isNotEqualTo(SubEventType.ARRESTS.family());
        assertThat(SubEventType.ATTACK.family()).isNotEqualTo(SubEventType.ARMED_CLASH.family());
    }

    @Test
    void notePhrasesReadAsEnglish() {
        assertThat(SubEventType.SUICIDE_BOMB.notePhrase()).isEqualTo("suicide bombing");
        assertThat(SubEventType.GOVERNMENT_REGAINS_TERRITORY.notePhrase()).isEqualTo("regained territory");
        assertThat(SubEventType.AIR_DRONE_STRIKE.notePhrase()).isEqualTo("air/drone strike");
        assertThat(SubEventType.OTHER.notePhrase()).isEqualTo("other");
        assertThat(SubEventType.values()).allSatisfy(t -> assertThat(t.notePhrase()).isNotBlank()
                .isEqualTo(t.notePhrase().toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void interCodesOneToEight() {
        assertThat(Inter.values()).hasSize(8);
        for (int i = 1; i <= 8; i++) {
            assertThat(Inter.of(i).code()).isEqualTo(i);
        }
        assertThat(Inter.of(7)).isEqualTo(Inter.CIVILIANS);
        assertThat(Inter.of(8).label()).isEqualTo("External/Other forces");
        assertThat(Inter.STATE_FORCES.isState()).isTrue();
        assertThat(Inter.EXTERNAL_OTHER_FORCES.isState()).isTrue();
        assertThat(Inter.REBEL_GROUPS.isState()).isFalse();
        assertThat(Inter.POLITICAL_MILITIAS.isArmedGroup()).isTrue();
        assertThat(Inter.CIVILIANS.isArmedGroup()).isFalse();
        assertThatThrownBy(() -> Inter.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Inter.of(9)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Actor("A", 3).inter()).isEqualTo(Inter.POLITICAL_MILITIAS);
    }

    @Test
    void anEventsTypeIsItsSubEventTypesOwn() {
        Event e = new Event(null, SubEventType.ARRESTS, null, 1, null, null, null, null, null, null, false, false,
                null, 0.5, "");
        assertThat(e.eventType()).isEqualTo(EventType.STRATEGIC_DEVELOPMENTS);
        assertThatThrownBy(() -> new Event(EventType.BATTLES, SubEventType.ARRESTS, null, 1, null, null, null, null,
                null, null, false, false, null, 0.5, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
