package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Inter;
import org.rasd.model.SubEventType;

/** Default perpetrators of bombings by country and period (default-perpetrators.tsv). */
class PerpetratorsTest {
    private static final LocalDate DAY = LocalDate.of(2015, 7, 20);
    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("مايدوغوري", "Maiduguri", "NG", 11.84692, 13.15712, 1)
            .add("الرمادي", "Ramadi", "IQ", 33.42056, 43.30778, 1);

    private static List<Event> extract(String text) {
        Rasd rasd = Rasd.withPlaces(DataPaths.resolve(null), PLACES);
        return rasd.extract(new Article("t", DAY, "", text, null, null)).events();
    }

    @Test
    void bokoHaramAroundLakeChadAndAlShabaabInSomalia() {
        assertThat(Perpetrators.of(SubEventType.SUICIDE_BOMB, "NG", DAY).name()).startsWith("Boko Haram");
        assertThat(Perpetrators.of(SubEventType.SUICIDE_BOMB, "TD", DAY).name()).startsWith("Boko Haram");
        assertThat(Perpetrators.of(SubEventType.SUICIDE_BOMB, "TD", LocalDate.of(2015, 6, 14))).isNull();
        assertThat(Perpetrators.of(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, "CM", DAY)).isNull();
        assertThat(Perpetrators.of(SubEventType.SUICIDE_BOMB, "SO", DAY).name()).isEqualTo("Al Shabaab");
        assertThat(Perpetrators.of(SubEventType.ARMED_CLASH, "NG", DAY)).isNull();
        assertThat(Perpetrators.of(SubEventType.SUICIDE_BOMB, "IQ", DAY)).isNull();
    }

    @Test
    void aBombingNobodyIsNamedForTakesTheCountrysDefaultPerpetrator() {
        // "a suicide bomber blew himself up in a market in Maiduguri, killing 20 people"
        List<Event> es = extract("فجر انتحاري نفسه في سوق مدينة مايدوغوري أمس مما أسفر عن مقتل 20 شخصا.");
        assertThat(es).isNotEmpty();
        assertThat(es.get(0).subEventType()).isEqualTo(SubEventType.SUICIDE_BOMB);
        assertThat(es.get(0).actor1().name()).startsWith("Boko Haram");
        assertThat(es.get(0).actor1().inter()).isEqualTo(Inter.REBEL_GROUPS);
        // the same bombing in Iraq, where no default is known, stays unidentified
        List<Event> iq = extract("فجر انتحاري نفسه في سوق مدينة الرمادي أمس مما أسفر عن مقتل 20 شخصا.");
        assertThat(iq.get(0).actor1().name()).startsWith("Unidentified Armed Group");
    }

    @Test
    void anArticleNamingAnotherGroupKeepsTheRulesReading() {
        // the article names the Islamic State: no default is put in place of the unidentified bomber
        List<Event> es = extract("فجر انتحاري نفسه في سوق مدينة مايدوغوري أمس مما أسفر عن مقتل 20 شخصا.\n\n"
                + "وكان تنظيم داعش قد هدد بشن هجمات في المنطقة.");
        assertThat(es).isNotEmpty();
        assertThat(es.get(0).actor1().name()).doesNotStartWith("Boko Haram");
    }
}
