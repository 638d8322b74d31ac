package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.TextPipeline;

/**
 * Names the plain lookup misses: a head word as a town's name, a dropped article after a head, a name whose key is a
 * particle (al-Anad, «عند» at).
 */
class GeocoderHeadNameTest {
    static Gazetteer fixture() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        t.add(new Place("t:dhamar-gov", "Dhamar", "ذمار", "YE", "Dhamar", null, null, 14.54, 44.40, PlaceKind.ADMIN1, 0),
                List.of("ذمار", "محافظة ذمار"), null, true);
        t.add(new Place("t:mabar", "Ma`bar", "معبر", "YE", "Dhamar", null, null, 14.79395, 44.29354, PlaceKind.TOWN, 0),
                List.of("معبر"), null, false);
        t.add(new Place("t:mosul", "Mosul", "الموصل", "IQ", "Ninawa", null, null, 36.34, 43.15, PlaceKind.CITY, 1_683_000),
                List.of("الموصل"), null, true);
        t.add(new Place("t:jabal", "Al Jabal", "الجبل", "SY", null, null, null, 33.7, 36.1, PlaceKind.VILLAGE, 0),
                List.of("الجبل"), null, false);
        t.add(new Place("t:alawiyah", "Qaryat al `Alawiyah", "العلوية", "SY", null, null, null, 35.1, 36.5, PlaceKind.VILLAGE, 0),
                List.of("العلوية"), null, false);
        t.add(new Place("t:qarn", "Al Qarn", "القرن", "YE", null, null, null, 13.9, 44.1, PlaceKind.VILLAGE, 0),
                List.of("القرن"), null, false);
        t.add(new Place("t:lahij", "Lahij", "لحج", "YE", "Lahij", null, null, 13.05667, 44.88194, PlaceKind.ADMIN1, 0),
                List.of("لحج", "محافظة لحج"), null, true);
        t.add(new Place("t:anad", "Al Anad", "العند", "YE", "Lahij", null, null, 13.21056, 44.785, PlaceKind.TOWN, 0),
                List.of("العند", "قاعدة العند"), null, true);
        t.add(new Place("t:baaj", "Al Ba'aj", "البعاج", "IQ", "Ninawa", null, null, 36.0426, 41.71632, PlaceKind.TOWN, 0),
                List.of("البعاج"), null, false);
        return Gazetteer.fromTable(t, "test");
    }

    private static List<PlaceMention> find(String text) {
        return new Geocoder(fixture()).find(TextPipeline.analyze("t", text, LocalDate.of(2015, 7, 25)));
    }

    private static PlaceMention named(List<PlaceMention> ms, String ar) {
        return ms.stream().filter(m -> m.nameAr().equals(ar)).findFirst().orElse(null);
    }

    @Test
    void aHeadWordNamedByATownHeadIsTheTown() {
        PlaceMention m = named(find("هاجم مسلحون دورية في مدينة معبر بمحافظة ذمار وقتلوا ثلاثة جنود."), "معبر");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:mabar");
        assertThat(named(find("هاجم مسلحون دورية في مدينة معبر، جنوب صنعاء."), "معبر")).isNotNull();
        // a crossing head with no town head before it, or one that heads a name of its own, is no town
        assertThat(named(find("أغلقت السلطات معبر الحدود أمس أمام المسافرين."), "معبر")).isNull();
        assertThat(named(find("قتل جنديان في منطقة معبر عسكري قرب ذمار."), "معبر")).isNull();
        // with the article the head word is a noun ("the eastern mountain"), not a name
        assertThat(named(find("تركزت الاشتباكات في منطقة الجبل الشرقي، وقتل عدد من الجنود."), "الجبل")).isNull();
    }

    @Test
    void aHeadMayDropTheArticleOfAName() {
        PlaceMention m = named(find("فجر أحد المسلحين نفسه في قضاء بعاج غرب الموصل وقتل 33 مسلحا."), "بعاج");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:baaj");
        // without a head the bare form is not the name the gazetteer knows with the article
        assertThat(named(find("فجر أحد المسلحين نفسه في بعاج غرب الموصل وقتل 33 مسلحا."), "بعاج")).isNull();
        // nor after a plural head (an adjective: "Alawite towns"), nor as the first word of a longer name
        assertThat(named(find("أمطرت الفصائل أربع بلدات علوية محاصرة في شمال سوريا بالقذائف."), "علوية")).isNull();
        assertThat(named(find("حاصر الثوار مجموعة من المسلحين في منطقة قرن الصابحية، وقتل 14."), "قرن")).isNull();
    }

    @Test
    void aParticleWithTheArticleIsAName() {
        PlaceMention m = named(find("قتل عشرة حوثيين في معارك داخل قاعدة العند في محافظة لحج."), "العند");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:anad");
        assertThat(named(find("سيطرت المقاومة على مثلث العند القريب من لحج."), "العند")).isNotNull();
        // the particle itself («at the entrance») stays no place
        assertThat(find("وقف الجنود عند مدخل لحج وقتلوا ثلاثة.")).noneMatch(x -> x.place().id().equals("t:anad"));
    }
}
