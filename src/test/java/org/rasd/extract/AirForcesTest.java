package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rasd.model.Actor;
import org.rasd.model.Inter;

class AirForcesTest {
    @Test
    void theCoalitionFliesOverYemenFromDecisiveStorm() {
        assertThat(AirForces.defaultAir("YE", LocalDate.of(2015, 3, 25))).isNull();
        assertThat(AirForces.defaultAir("YE", LocalDate.of(2015, 3, 26))).isEqualTo(new Actor("Saudi-led Coalition", Inter.EXTERNAL_OTHER_FORCES));
        assertThat(AirForces.defaultAir("YE", null)).isNotNull();
        assertThat(AirForces.defaultAir("SY", LocalDate.of(2015, 7, 22))).isNull();
        assertThat(AirForces.defaultAir(null, LocalDate.of(2015, 7, 22))).isNull();
    }

    @Test
    void coalitionsBombardFromTheAir() {
        assertThat(AirForces.airPower(new Actor("Saudi-led Coalition", 8))).isTrue();
        assertThat(AirForces.airPower(new Actor("Global Coalition Against Daesh", 8))).isTrue();
        assertThat(AirForces.airPower(new Actor("Military Forces of Syria", 1))).isFalse();
        assertThat(AirForces.airPower(null)).isFalse();
    }

    @Test
    void theCoalitionFliesOverIraqAndTheUnitedStatesOverAfghanistan() {
        assertThat(AirForces.defaultAir("IQ", LocalDate.of(2015, 7, 22)))
                .isEqualTo(new Actor("Global Coalition Against Daesh", Inter.EXTERNAL_OTHER_FORCES));
        assertThat(AirForces.defaultAir("IQ", LocalDate.of(2014, 8, 7))).isNull();
        assertThat(AirForces.defaultAir("AF", LocalDate.of(2015, 7, 22)))
                .isEqualTo(new Actor("Military Forces of the United States", Inter.EXTERNAL_OTHER_FORCES));
        assertThat(AirForces.defaultAir("AF", LocalDate.of(2021, 9, 1))).isNull();
    }
}
