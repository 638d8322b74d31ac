package org.rasd.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rasd.model.Actor;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

class NotesTest {
    private static final Location TAFAS = new Location("Tafas", "طفس", "Syria", "Dar'a", null, null, 32.7, 36.1, 1,
            "wof:1");
    private static final Actor ARMY = new Actor("Military Forces of Syria", 1);
    private static final Actor REBELS = new Actor("Opposition Rebels (Syria)", 2);

    @Test
    void aClashIsWithTheOtherSide() {
        assertThat(Notes.line(SubEventType.ARMED_CLASH, LocalDate.of(2018, 7, 2), 1, ARMY, REBELS, TAFAS, 2, true,
                false)).isEqualTo("On 2018-07-02, Military Forces of Syria – armed clash with Opposition Rebels (Syria)"
                + " in Tafas (Dar'a), Syria. 2 fatalities.");
    }

    @Test
    void otherTypesAreAgainstTheOtherSideWithTheirPhrase() {
        assertThat(Notes.line(SubEventType.SUICIDE_BOMB, LocalDate.of(2018, 7, 2), 2, REBELS, ARMY, null, 1, true,
                false)).isEqualTo("Around 2018-07-02 (date approximate), Opposition Rebels (Syria) – suicide bombing"
                + " against Military Forces of Syria. 1 fatality.");
        assertThat(Notes.line(SubEventType.AIR_DRONE_STRIKE, null, 1, ARMY, null, TAFAS, null, false, true))
                .isEqualTo("Military Forces of Syria attempted air/drone strike in Tafas (Dar'a), Syria."
                        + " No fatalities reported.");
    }

    @Test
    void anUnstatedTollAndAnUnknownActorAreSaid() {
        assertThat(Notes.line(SubEventType.GOVERNMENT_REGAINS_TERRITORY, null, 1, null, null, null, 3, false, false))
                .isEqualTo("an unidentified actor – regained territory. Fatalities reported without a number (coded 3).");
    }

    @Test
    void aNoteTakesANewFigureAndKeepsOneItAlreadyGives() {
        String n = Notes.line(SubEventType.ARMED_CLASH, LocalDate.of(2018, 7, 2), 1, ARMY, REBELS, TAFAS, 5, true,
                false);
        assertThat(Notes.withFatalities(n, 1)).endsWith("Syria. 1 fatality.");
        assertThat(Notes.withFatalities(n, null)).endsWith("Syria. No fatalities reported.");
        assertThat(Notes.withFatalities(n, 5)).isEqualTo(n);
        String vague = Notes.line(SubEventType.ARMED_CLASH, null, 1, ARMY, null, null, 3, false, false);
        assertThat(Notes.withFatalities(vague, 3)).isEqualTo(vague);
        assertThat(Notes.withFatalities(vague, 7)).endsWith("armed clash. 7 fatalities.");
        // a note written elsewhere, with no toll sentence of ours, is left as it is
        assertThat(Notes.withFatalities("Clashes near Tafas.", 4)).isEqualTo("Clashes near Tafas.");
        assertThat(Notes.withTollOf(n, vague)).endsWith("Syria. Fatalities reported without a number (coded 3).");
    }
}
