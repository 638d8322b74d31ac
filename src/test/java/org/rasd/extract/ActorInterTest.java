package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.io.DataPaths;
import org.rasd.model.Actor;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Inter;

/** Inter codes that depend on where an event is, and actors known by the country of the article (actors.tsv). */
class ActorInterTest {
    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("طفس", "Tafas", "SY", 32.73564, 36.06694, 1)
            .add("الرمادي", "Ramadi", "IQ", 33.42056, 43.30778, 1)
            .add("عدن", "Aden", "YE", 12.77944, 45.03667, 1);

    private static List<Event> extract(String text) {
        Rasd rasd = Rasd.withPlaces(DataPaths.resolve(null), PLACES);
        return rasd.extract(new Article("t", LocalDate.of(2015, 7, 21), "", text, null, null)).events();
    }

    @Test
    void aCountrysForcesAreStateForcesAtHomeAndExternalAbroad() {
        ActorDefaults d = new ActorDefaults(new Fixture("قصف الجيش مدينة طفس.").layers);
        Actor turkey = new Actor("Military Forces of Turkey", Inter.STATE_FORCES);
        assertThat(d.external(turkey, "IQ").inter()).isEqualTo(Inter.EXTERNAL_OTHER_FORCES);
        assertThat(d.external(turkey, "TR").inter()).isEqualTo(Inter.STATE_FORCES);
        // a row coded external (US forces abroad) is state forces at home; "the" is not part of the country's name
        Actor us = new Actor("Military Forces of the United States", Inter.EXTERNAL_OTHER_FORCES);
        assertThat(d.external(us, "US").inter()).isEqualTo(Inter.STATE_FORCES);
        assertThat(d.external(us, "AF").inter()).isEqualTo(Inter.EXTERNAL_OTHER_FORCES);
        // a faction of a country's army that fights its government is no state force anywhere
        Actor saleh = new Actor("Military Forces of Yemen (Saleh loyalists)", Inter.REBEL_GROUPS);
        assertThat(d.external(saleh, "SA")).isEqualTo(saleh);
        assertThat(d.external(new Actor("Military Forces of Iraq (Kurdistan Regional Government)", 8), "IQ").inter())
                .isEqualTo(Inter.STATE_FORCES);
    }

    @Test
    void oneFrameAtPlacesInTwoCountriesCodesTheForcesByPlace() {
        // "Syrian forces shelled Tafas and Ramadi": at home in Tafas, abroad in Ramadi
        List<Event> es = extract("قصفت القوات السورية أمس بلدة طفس ومدينة الرمادي بالمدفعية.");
        assertThat(es).extracting(e -> e.location().name()).contains("Tafas", "Ramadi");
        for (Event e : es) {
            assertThat(e.actor1().name()).isEqualTo("Military Forces of Syria");
            assertThat(e.actor1().inter()).isEqualTo(e.location().name().equals("Tafas")
                    ? Inter.STATE_FORCES : Inter.EXTERNAL_OTHER_FORCES);
        }
    }

    @Test
    void theRebelsOfAYemenArticleAreTheHouthis() {
        Fixture fx = new Fixture("قتل 8 من المتمردين في اشتباكات مع المقاومة الشعبية في مدينة عدن أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
        Fixture saleh = new Fixture("اندلعت اشتباكات بين المقاومة الشعبية وميليشيات صالح في مدينة عدن أمس.");
        ActorRoles s = new ActorArgument(saleh.layers).roles(saleh.sentence(0), saleh.frame(0), "YE", null);
        assertThat(s.actor2().name()).isEqualTo("Military Forces of Yemen (Saleh loyalists)");
    }

    @Test
    void kurdishMilitantsInTurkeyAreThePkk() {
        Fixture fx = new Fixture("قال الجيش إن مسلحين أكرادا قتلوا اثنين من جنوده في تفجير قنبلة قرب مدينة ديار بكر أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "TR", null);
        assertThat(r.actor1().name()).isEqualTo("PKK: Kurdistan Workers Party");
        assertThat(r.actor1().inter()).isEqualTo(Inter.REBEL_GROUPS);
    }
}
