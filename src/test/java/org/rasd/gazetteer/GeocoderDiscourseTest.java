package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.TextPipeline;

/** One reading per name and article: a repeated city is not pulled to a namesake village in one sentence. */
class GeocoderDiscourseTest {
    static Gazetteer fixture() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        t.add(new Place("t:taiz", "Taizz", "تعز", "YE", "Taizz", null, null, 13.58, 44.02, PlaceKind.CITY, 615222),
                List.of("تعز"), null, true);
        t.add(new Place("t:taiz-village", "Ta'izz", "تعز", "YE", "Hajjah", null, null, 16.24, 43.31, PlaceKind.VILLAGE, 0),
                List.of("تعز"), null, false);
        t.add(new Place("t:harad", "Harad", "حرض", "YE", "Hajjah", null, null, 16.25, 43.30, PlaceKind.VILLAGE, 0),
                List.of("حرض"), null, false);
        t.add(new Place("t:abs", "Abs", "عبس", "YE", "Hajjah", null, null, 16.22, 43.33, PlaceKind.VILLAGE, 0),
                List.of("عبس"), null, false);
        t.add(new Place("t:banihasan", "Bani Hasan", "بني حسن", "YE", "Hajjah", null, null, 16.21, 43.32,
                PlaceKind.VILLAGE, 0), List.of("بني حسن"), null, false);
        t.add(new Place("t:mocha", "Mocha", "المخا", "YE", "Taizz", null, null, 13.32, 43.25, PlaceKind.TOWN, 20000),
                List.of("المخا"), null, false);
        return Gazetteer.fromTable(t, "discourse");
    }

    @Test
    void aRepeatedNameIsOnePlace() {
        List<PlaceMention> ms = new Geocoder(fixture()).find(TextPipeline.analyze("t",
                "قتل خمسة مدنيين في قصف على تعز أمس. واشتدت المعارك في تعز والمخا. "
                        + "وقصفت الطائرات مواقع في قرية حرض وقرية عبس وقرية بني حسن، وفي تعز.", LocalDate.of(2015, 7, 22)));
        List<String> taiz = ms.stream().filter(m -> m.nameAr().equals("تعز")).map(m -> m.place().id()).toList();
        assertThat(taiz).hasSize(3).containsOnly("t:taiz");
    }
}
