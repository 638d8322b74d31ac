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
 * A place characterised by what it saw before («مدينة عدن التي شهدت الأربعاء الماضي تفجيرين»): the event in that
 * relative clause is retold, not reported, and its day is not the reported event's (issue 9, dates).
 */
class RecalledPlaceTest {
    private static final LocalDate PUB = LocalDate.of(2015, 7, 26); // a Sunday

    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("عدن", "Aden", "YE", 12.77944, 45.03667, 1);

    private static List<Event> extract(String text) {
        // the rules alone: what this tests is the recall cue, not the learned event filter trained on top of it
        Rasd rasd = Rasd.withPlaces(DataPaths.resolve(null), PLACES).withFilter(EventFilter.NONE);
        return rasd.extract(new Article("t", PUB, "", text, null, null)).events();
    }

    @Test
    void theBombingsAPlaceSawLastWednesdayAreNotASecondEvent() {
        // "20 killed on Saturday evening in clashes in Aden, which saw two suicide bombings last Wednesday"
        List<Event> es = extract("وقتل 20 شخصا مساء السبت في اشتباكات في مدينة عدن التي شهدت الأربعاء الماضي تفجيرين انتحاريين.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.ARMED_CLASH);
            assertThat(e.eventDate()).isEqualTo(LocalDate.of(2015, 7, 25));
        });
    }

    @Test
    void aTownThatSawFightingWithNoEarlierDayMayBeTheFightingReported() {
        // "the rebels took positions near Aden, the town that saw heavy fighting in which dozens were killed": no
        // earlier day is stated, so the fighting is not taken as retold
        List<Event> es = extract("وسيطر المسلحون أمس على مواقع قرب مدينة عدن التي شهدت مواجهات عنيفة قتل فيها عشرات.");
        assertThat(es).extracting(e -> e.subEventType()).contains(SubEventType.ARMED_CLASH);
    }

    @Test
    void theClashesATownSawYesterdayAreStillReported() {
        // «التي شهدتها»: the trigger comes before the relative clause, the event it reports
        List<Event> es = extract("وقتل 20 شخصا في الاشتباكات التي شهدتها مدينة عدن أمس.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.ARMED_CLASH);
            assertThat(e.eventDate()).isEqualTo(LocalDate.of(2015, 7, 25));
        });
    }
}
