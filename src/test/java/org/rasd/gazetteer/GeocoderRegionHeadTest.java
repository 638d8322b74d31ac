package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.TextPipeline;

/**
 * A place outside the article's world region stands on a head of its own kind only when the head is written before
 * it (not inherited down a list) and fits it (a village head does not name a city abroad): on the split4 train «ليل
 * السبت» (Saturday night) after «مدينة صبر،» became Lille, «قرية البسيط» in Latakia became Albacete.
 */
class GeocoderRegionHeadTest {
    static Gazetteer fixture() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        t.add(new Place("t:lille", "Lille", "ليل", "FR", "Hauts-de-France", null, null, 50.63, 3.06, PlaceKind.CITY,
                232741), List.of("ليل"), null, false);
        t.add(new Place("t:albacete", "Albacete", "البسيط", "ES", "Castilla-La Mancha", null, null, 38.99, -1.86,
                PlaceKind.CITY, 169716), List.of("البسيط"), null, false);
        t.add(new Place("t:sabir", "Sabir", "صبر", "YE", "Lahij", null, null, 13.02, 44.87, PlaceKind.TOWN, 0),
                List.of("صبر"), null, false);
        t.add(new Place("t:hawtah", "Al Hawtah", "الحوطة", "YE", "Lahij", null, null, 13.05, 44.88, PlaceKind.TOWN,
                20000), List.of("الحوطة"), null, false);
        t.add(new Place("t:slinfah", "Slinfah", "صلنفة", "SY", "Lattakia", null, null, 35.59, 36.19, PlaceKind.TOWN, 0),
                List.of("صلنفة"), null, false);
        t.add(new Place("t:bouznika", "Bouznika", "بوزنيقة", "MA", "Rabat", null, null, 33.79, -7.16, PlaceKind.CITY,
                27028), List.of("بوزنيقة"), null, false);
        Sources.loadExtras(t);
        return Gazetteer.fromTable(t, "test");
    }

    private static List<PlaceMention> find(String text) {
        return new Geocoder(fixture()).find(TextPipeline.analyze("t", text, LocalDate.of(2015, 7, 23)));
    }

    @Test
    void wordAfterACommaDoesNotInheritAHeadThatCarriesItAbroad() {
        assertThat(find("أحكمت المقاومة سيطرتها على مدينة صبر، ليل السبت، وتقدمت نحو مدينة الحوطة."))
                .noneMatch(m -> m.place().id().equals("t:lille"))
                .anyMatch(m -> m.place().id().equals("t:sabir"));
    }

    @Test
    void villageHeadDoesNotNameACityAbroad() {
        assertThat(find("نقلت قوات النظام دبابات إلى بلدة صلنفة وقرية البسيط الخاضعتين لسيطرتها."))
                .noneMatch(m -> m.place().id().equals("t:albacete"))
                .anyMatch(m -> m.place().id().equals("t:slinfah"));
    }

    @Test
    void cityHeadStillNamesACityAbroad() {
        assertThat(find("وقعت انفجارات في مدينة صلنفة وفي مدينة البسيط."))
                .anyMatch(m -> m.place().id().equals("t:albacete"));
    }
}
