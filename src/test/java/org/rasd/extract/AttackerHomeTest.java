package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.EventType;

/** A cross-border strike is coded at its target, never in the striker's own country (issue 10). */
class AttackerHomeTest {
    private static final FixturePlaces PLACES = new FixturePlaces()
            .country("العراق", "Iraq", "IQ", 33.0, 44.0)
            .country("تركيا", "Turkey", "TR", 39.0, 35.0)
            .country("سوريا", "Syria", "SY", 35.03, 38.51)
            .add("كيليس", "Kilis", "TR", 36.72, 37.12, 1)
            .add("تل أبيض", "Tall Abyad", "SY", 36.70, 38.96, 1);

    private static List<String> chosen(String text, EventType type) {
        Fixture f = new Fixture(text, PLACES);
        return new PlaceArgument(f.layers).select(f.sentence(0).places(), type).stream()
                .map(p -> p.location().gazetteerId() != null && p.location().gazetteerId().startsWith("region:")
                        ? p.location().country() + " region" : p.location().name()).toList();
    }

    @Test
    void theStrikersCountryGivesWayToTheTargetsNearestRegion() {
        // «Turkish aircraft shelled our positions on the border strip between Iraq and Turkey»: in Iraq, by Turkey
        assertThat(chosen("قصفت الطائرات التركية مواقعنا في مناطق على الشريط الحدودي بين العراق وتركيا.",
                EventType.EXPLOSIONS_REMOTE_VIOLENCE)).containsExactly("IQ region");
    }

    @Test
    void aTownOfTheStrikersOwnCountryStaysATarget() {
        // a state strikes its own towns too («Syrian forces shelled Tafas», ActorInterTest): a named town of the
        // striker's country is kept with the foreign place; only its country or a region of it gives way
        assertThat(chosen("قصفت طائرات حربية تركية مواقع في كيليس وتل أبيض.", EventType.EXPLOSIONS_REMOTE_VIOLENCE))
                .containsExactly("Kilis", "Tall Abyad");
    }

    @Test
    void aNationalityThatIsNoStrikerLeavesThePlaces() {
        // no striker noun before the nationality, or its people were hit, or the frame is no strike
        assertThat(chosen("قصف مسلحون مواقع في كيليس وتل أبيض.", EventType.EXPLOSIONS_REMOTE_VIOLENCE))
                .containsExactly("Kilis", "Tall Abyad");
        assertThat(chosen("قتل جنديان من الجيش التركي في قصف على كيليس وتل أبيض.",
                EventType.EXPLOSIONS_REMOTE_VIOLENCE)).containsExactly("Kilis", "Tall Abyad");
        assertThat(chosen("اشتبكت القوات التركية مع مسلحين في كيليس وتل أبيض.", EventType.BATTLES))
                .containsExactly("Kilis", "Tall Abyad");
    }
}
