package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.decide.EventFilter;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.SubEventType;

/**
 * A frame that describes its town without naming it («في بلدة تركية على الحدود السورية») is not at the place the
 * paragraph named before (issue 9: a border-town bombing coded at Istanbul, where the raids told before it were).
 */
class UnnamedTownTest {
    private static final LocalDate PUB = LocalDate.of(2015, 7, 25);

    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("عدن", "Aden", "YE", 12.78, 45.04, 1);

    private static List<Event> extract(String text) {
        // the rules alone: the learned event filter is not what this tests
        Rasd rasd = Rasd.withPlaces(DataPaths.resolve(null), PLACES).withFilter(EventFilter.NONE);
        return rasd.extract(new Article("t", PUB, "", text, null, null)).events();
    }

    @Test
    void aBombingInAnUnnamedBorderTownIsNotAtTheParagraphsPlace() {
        List<Event> es = extract("قتل خمسة أشخاص أمس في اشتباكات بين المقاومة والحوثيين في مدينة عدن."
                + " وقتل 32 شخصا أمس في تفجير انتحاري في بلدة يمنية على الحدود السعودية.");
        assertThat(es).noneMatch(e -> e.subEventType() == SubEventType.SUICIDE_BOMB);
        assertThat(es).anyMatch(e -> e.subEventType() == SubEventType.ARMED_CLASH);
    }

    @Test
    void theTownNamedBeforeStillPlacesAFrameThatDescribesNoOther() {
        // no town described: the bombing is in Aden, the paragraph's place
        List<Event> es = extract("قتل خمسة أشخاص أمس في اشتباكات بين المقاومة والحوثيين في مدينة عدن."
                + " وقتل 32 شخصا أمس في تفجير انتحاري استهدف سوقا شعبيا.");
        assertThat(es).anyMatch(e -> e.subEventType() == SubEventType.SUICIDE_BOMB
                && "Aden".equals(e.location().name()));
    }
}
