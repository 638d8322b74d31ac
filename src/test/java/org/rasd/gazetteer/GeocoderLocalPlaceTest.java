package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.TextPipeline;

/** Minor places after a locative that the article places (beside its city, by a direction), and idioms round a head. */
class GeocoderLocalPlaceTest {
    static Gazetteer fixture() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        t.add(new Place("t:baghdad", "Baghdad", "بغداد", "IQ", "Baghdad", null, null, 33.34, 44.40, PlaceKind.CITY, 7_216_000),
                List.of("بغداد"), null, true);
        t.add(new Place("t:new-baghdad", "New Baghdad", "بغداد الجديدة", "IQ", "Baghdad", null, null, 33.30473, 44.48695,
                PlaceKind.NEIGHBOURHOOD, 0), List.of("بغداد الجديدة"), null, false);
        t.add(new Place("t:basra", "Basra", "البصرة", "IQ", "Basra", null, null, 30.51, 47.81, PlaceKind.CITY, 2_600_000),
                List.of("البصرة"), null, true);
        t.add(new Place("t:hamamiyat", "Hamamiyat", "الحماميات", "IQ", "Baghdad", null, null, 33.50861, 44.20139,
                PlaceKind.VILLAGE, 0), List.of("الحماميات"), null, false);
        t.add(new Place("t:muqabil", "Al Muqabil", "المقابل", "IQ", "Baghdad", null, null, 33.36, 44.45, PlaceKind.VILLAGE, 0),
                List.of("المقابل"), null, false);
        t.add(new Place("t:mafraq", "Al Mafraq", "مفرق", "IQ", "Baghdad", null, null, 33.32, 44.42, PlaceKind.VILLAGE, 0),
                List.of("مفرق"), null, false);
        t.add(new Place("t:mosul", "Mosul", "الموصل", "IQ", "Ninawa", null, null, 36.34, 43.15, PlaceKind.CITY, 1_683_000),
                List.of("الموصل"), null, true);
        t.add(new Place("t:thaniyah", "Ath Thaniyah", "ثانية", "IQ", "Basra", null, null, 31.27, 47.43, PlaceKind.TOWN, 0),
                List.of("ثانية"), null, false);
        return Gazetteer.fromTable(t, "test");
    }

    private static List<PlaceMention> find(String text) {
        return new Geocoder(fixture()).find(TextPipeline.analyze("t", text, LocalDate.of(2015, 7, 22)));
    }

    private static PlaceMention named(List<PlaceMention> ms, String ar) {
        return ms.stream().filter(m -> m.nameAr().equals(ar)).findFirst().orElse(null);
    }

    @Test
    void aMinorPlaceBesideAnotherPlaceOfTheArticleIsAccepted() {
        PlaceMention m = named(find("قتل 20 شخصا في تفجير سيارة مفخخة في بغداد الجديدة، شرقي بغداد."), "بغداد الجديدة");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:new-baghdad");
        // far from every other place of the article, a minor place after a bare «in» stays unproven
        assertThat(named(find("قتل شخصان في تفجير عبوة في الحماميات، وقال مسؤول في البصرة إن التحقيق جار."), "الحماميات"))
                .isNull();
        // nor a word after the proclitic bi- alone, or a frequent word of the news («in return»), beside a city
        assertThat(named(find("قصفت القوات مواقع في بغداد، وبالمقابل ردت الفصائل بقذائف الهاون."), "المقابل")).isNull();
        assertThat(named(find("قصفت القوات مواقع في بغداد، وقال إن الفصائل ردت في المقابل بقذائف الهاون."), "المقابل")).isNull();
    }

    @Test
    void aJunctionBeforeTheRestOfItsNameIsNoPlaceOfItsOwn() {
        // words.tsv: «مفرق» (junction) is the generic first word of a longer name, like wadi or bab
        assertThat(named(find("انفجرت عبوة بالقرب من مفرق الرشيد في بغداد، وقتل شخصان."), "مفرق")).isNull();
    }

    @Test
    void anIdiomRoundAHeadIsNoPlace() {
        assertThat(named(find("من ناحية ثانية، أعدم تنظيم داعش أمس إمام مسجد في الموصل."), "ثانية")).isNull();
    }
}
