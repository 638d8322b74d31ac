package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.EventType;

/** The place argument: region places, the most precise, paragraph inheritance, codability. */
class PlaceArgumentTest {
    private static final String TOWNS = "كثفت قوات النظام أمس القصف الصاروخي على بلدات صيدا، الطيبة، الجيزة في ريف درعا الشرقي.";

    @Test
    void theMostPreciseCandidatesWin() {
        Fixture fx = new Fixture(TOWNS);
        PlaceArgument pa = new PlaceArgument(fx.layers);
        Frame f = fx.frame(0);
        PlaceArgument.Choice c = pa.candidates(fx.sentence(0), f.firstTok(), f, null);
        assertThat(c.inherited()).isFalse();
        assertThat(c.places()).hasSize(4);
        assertThat(pa.select(c.places(), EventType.EXPLOSIONS_REMOTE_VIOLENCE))
                .extracting(p -> p.location().name()).containsExactly("Sayda", "At Tayyibah", "Al Jizah");
    }

    @Test
    void aFrameWithNoPlaceTakesTheParagraphsUnlessItIsADeathReport() {
        Fixture fx = new Fixture("وأمس شنَّ النظام 18 غارة جوية استهدفت مدينة طفس.");
        Frame f = fx.frame(0);
        PlaceRef paragraph = fx.layers.places.get(0);
        SentenceView s = fx.sentence(0);
        SentenceView empty = new SentenceView(s.index(), s.paragraph(), s.sentence(), s.t0(), s.t1(), s.triggers(),
                s.actors(), s.cues(), List.of(), s.dates());
        PlaceArgument pa = new PlaceArgument(fx.layers);
        PlaceArgument.Choice c = pa.candidates(empty, f.firstTok(), f, paragraph);
        assertThat(c.inherited()).isTrue();
        assertThat(c.places()).containsExactly(paragraph);
        Frame killOnly = new Frame(0, f.subType(), false, false, true, f.triggers(), f.firstTok(), f.lastTok(),
                f.regionStart(), f.regionEnd());
        assertThat(pa.candidates(empty, f.firstTok(), killOnly, paragraph).places()).isEmpty();
    }

    @Test
    void aRegionNeedsAStatedDayAndActor() {
        Fixture fx = new Fixture(TOWNS);
        PlaceArgument pa = new PlaceArgument(fx.layers);
        Frame f = fx.frame(0);
        PlaceRef daraa = fx.layers.places.stream().filter(p -> p.precision() == 3).findFirst().orElseThrow();
        org.rasd.model.Actor syria = new org.rasd.model.Actor("Military Forces of Syria", 1);
        assertThat(pa.codable(daraa, syria, true, true, f)).isTrue();
        assertThat(pa.codable(daraa, syria, true, false, f)).isFalse();
        assertThat(pa.codable(daraa, syria, false, true, f)).isFalse();
        assertThat(pa.codable(fx.layers.places.get(0), null, false, false, f)).isTrue();
    }
}
