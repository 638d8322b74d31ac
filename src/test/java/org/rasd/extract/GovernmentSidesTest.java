package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rasd.model.Actor;
import org.rasd.model.Inter;

/** The government's non-state allies are data (government-sides.tsv), read once. */
class GovernmentSidesTest {
    @Test
    void alliesComeFromTheTable() {
        assertThat(ActorDefaults.GOVERNMENT_AFFILIATES).contains("Popular Resistance (Yemen)",
                "Popular Mobilization Forces", "National Defence Forces (Syria)", "Tribal Militia (Iraq)", "Hezbollah");
        assertThat(ActorDefaults.government(new Actor("Popular Mobilization Forces", Inter.POLITICAL_MILITIAS))).isTrue();
        assertThat(ActorDefaults.government(new Actor("Islamic State", Inter.POLITICAL_MILITIAS))).isFalse();
    }
}
