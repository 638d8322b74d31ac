package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.TextPipeline;

/** Recurring errors of the audits: "birthplace" read as Muscat, "how" read as Kyiv. */
class GeocoderIdiomTest {
    static Gazetteer fixture() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        t.add(new Place("t:kyiv", "Kyiv", "كيف", "UA", "Kyiv", null, null, 50.45, 30.52, PlaceKind.CITY, 2_800_000),
                List.of("كيف", "كييف"), null, true);
        Sources.loadExtras(t);
        return Gazetteer.fromTable(t, "idioms");
    }

    private static List<String> ids(String text) {
        return new Geocoder(fixture()).find(TextPipeline.analyze("t", text, LocalDate.of(2015, 7, 22))).stream()
                .map(m -> m.place().name()).toList();
    }

    @Test
    void birthplaceIsNotMuscat() {
        assertThat(ids("أقيم المعرض في مسقط رأس الشاعر في روسيا وأوكرانيا.")).doesNotContain("Muscat").hasSize(2);
        assertThat(ids("وصل الوزير إلى مسقط أمس قادما من الرياض.")).contains("Muscat", "Riyadh");
    }

    @Test
    void howIsNotKyiv() {
        assertThat(ids("كيف يمكن أن يحكم الرئيس في روسيا وأوكرانيا؟ فكيف يرد؟")).doesNotContain("Kyiv");
        assertThat(ids("وصل الرئيس إلى كييف عاصمة أوكرانيا.")).contains("Kyiv");
    }
}
