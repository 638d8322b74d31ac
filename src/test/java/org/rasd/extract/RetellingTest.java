package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.SubEventType;

/**
 * A later sentence that retells a coded incident with a suicide-bombing word and no place or day of its own gives the
 * incident its sub-type ({@link Retellings}, issue 9: suicide bombings read as an attack or an explosion).
 */
class RetellingTest {
    private static final LocalDate PUB = LocalDate.of(2015, 7, 22);

    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("عدن", "Aden", "YE", 12.77944, 45.03667, 1)
            .add("تعز", "Taiz", "YE", 13.57952, 44.02091, 1);

    private static List<Event> extract(String text) {
        Rasd rasd = Rasd.withPlaces(DataPaths.resolve(null), PLACES);
        return rasd.extract(new Article("t", PUB, "", text, null, null)).events();
    }

    @Test
    void theAttackJustToldWasASuicideBombing() {
        // "five killed yesterday in an attack on a market in Aden. A police source said the attack was carried out by a
        // suicide bomber wearing an explosive belt": one suicide bombing, not an attack on civilians
        List<Event> es = extract("قتل خمسة أشخاص أمس في هجوم استهدف سوقا في مدينة عدن."
                + " وقال مصدر في الشرطة إن الهجوم نفذه انتحاري يرتدي حزاما ناسفا.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.SUICIDE_BOMB);
            assertThat(e.location().name()).isEqualTo("Aden");
            assertThat(e.fatalities()).isEqualTo(5);
            assertThat(e.eventDate()).isEqualTo(PUB.minusDays(1));
        });
    }

    @Test
    void aPlacelessSuicideBomberLaterInTheArticleIsTheExplosionsBomber() {
        // "an explosion hit a hotel in Aden yesterday. / An officer said a car bomb driven by a suicide bomber broke
        // through the hotel gate"
        List<Event> es = extract("وقع انفجار أمس في فندق بوسط مدينة عدن.\n\n"
                + "وقال ضابط في الشرطة إن سيارة ملغومة يقودها انتحاري اقتحمت بوابة الفندق.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.SUICIDE_BOMB);
            assertThat(e.location().name()).isEqualTo("Aden");
        });
    }

    @Test
    void aPlacelessSuicideBomberDoesNotChooseBetweenTwoExplosions() {
        // explosions in Aden and in Taiz, then a suicide bomber with no place: which one he was is not said
        List<Event> es = extract("وقع انفجار أمس في فندق بوسط مدينة عدن، وانفجرت عبوة ناسفة في مدينة تعز.\n\n"
                + "وقال ضابط في الشرطة إن سيارة ملغومة يقودها انتحاري اقتحمت بوابة الفندق.");
        assertThat(es).hasSize(2).allSatisfy(e ->
                assertThat(e.subEventType()).isEqualTo(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED));
    }
}
