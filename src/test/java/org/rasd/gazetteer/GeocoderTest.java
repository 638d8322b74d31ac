package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.Location;
import org.rasd.text.TextPipeline;

/** Geocoder behaviour on a small hand-made gazetteer (two Saydas, a Tayyibah, Daraa, a common-word village). */
class GeocoderTest {
    static Gazetteer fixture() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        t.add(new Place("t:daraa", "Dar'a", "درعا", "SY", "Dar'a", null, null, 32.61889, 36.10213, PlaceKind.CITY, 97969),
                List.of("درعا"), null, true);
        t.add(new Place("t:daraa-gov", "Dar'a", "درعا", "SY", "Dar'a", null, null, 32.85, 36.22, PlaceKind.ADMIN1, 0),
                List.of("درعا", "محافظة درعا"), null, true);
        t.add(new Place("t:sayda-sy", "Sayda", "صيدا", "SY", "Dar'a", null, null, 32.62944, 36.22626, PlaceKind.VILLAGE, 0),
                List.of("صيدا"), null, false);
        t.add(new Place("t:sidon", "Sidon", "صيدا", "LB", "South", null, null, 33.55751, 35.37148, PlaceKind.CITY, 163554),
                List.of("صيدا"), null, false);
        t.add(new Place("t:tayyibah", "At Tayyibah", "الطيبة", "SY", "Dar'a", null, null, 32.56323, 36.24392,
                PlaceKind.VILLAGE, 0), List.of("الطيبة"), null, false);
        t.add(new Place("t:tayyibah2", "At Tayyibah", "الطيبة", "SY", "Homs", null, null, 34.9, 37.5,
                PlaceKind.VILLAGE, 0), List.of("الطيبة"), null, false);
        t.add(new Place("t:nasr", "An Nasr", "النصر", "SY", "Dar'a", null, null, 32.7, 36.2, PlaceKind.VILLAGE, 0),
                List.of("النصر"), null, false);
        t.add(new Place("t:kfarfoo", "Kfar Foo", "كفرفو", "LB", "South", null, null, 33.3, 35.4, PlaceKind.VILLAGE, 0),
                List.of("كفرفو"), null, false);
        // a town with a street named like a village in another province (the village's reading is the only one)
        t.add(new Place("t:taizz", "Taizz", "تعز", "YE", "Ta`izz", null, null, 13.57952, 44.02091, PlaceKind.CITY,
                615222), List.of("تعز"), null, true);
        t.add(new Place("t:arbain-marib", "Al Arba'in", "الأربعين", "YE", "Ma'rib", null, null, 15.54572, 45.3926,
                PlaceKind.VILLAGE, 0), List.of("الأربعين"), null, false);
        t.add(new Place("t:libby", "Libby", "ليبي", "US", "Montana", null, null, 48.39, -115.56, PlaceKind.TOWN, 2645),
                List.of("ليبي"), null, false);
        Sources.loadExtras(t);
        return Gazetteer.fromTable(t, "test");
    }

    private static List<PlaceMention> find(String text) {
        return new Geocoder(fixture()).find(TextPipeline.analyze("t", text, LocalDate.of(2018, 7, 3)));
    }

    private static PlaceMention named(List<PlaceMention> ms, String ar) {
        return ms.stream().filter(m -> m.nameAr().equals(ar)).findFirst().orElse(null);
    }

    @Test
    void listAfterHeadInheritsEvidenceAndContainerPicksDaraaVillage() {
        List<PlaceMention> ms = find("قصفت القوات بلدات صيدا، الطيبة في ريف درعا الشرقي.");
        assertThat(named(ms, "صيدا").place().id()).isEqualTo("t:sayda-sy");
        assertThat(named(ms, "الطيبة").place().id()).isEqualTo("t:tayyibah");
    }

    @Test
    void ruralHeadGivesPrecisionTwo() {
        PlaceMention m = named(find("اشتباكات في ريف درعا أمس."), "درعا");
        assertThat(m.geoPrecision()).isEqualTo(2);
        assertThat(m.head()).isEqualTo("ريف");
    }

    @Test
    void countryAloneHasPrecisionThree() {
        PlaceMention m = named(find("تواصل القصف في سوريا."), "سوريا");
        assertThat(m.geoPrecision()).isEqualTo(3);
        assertThat(m.place().country()).isEqualTo("SY");
    }

    @Test
    void commonWordWithoutHeadIsNotAPlace() {
        assertThat(named(find("احتفل الناس بالنصر في درعا."), "بالنصر")).isNull();
        assertThat(find("احتفل الناس بالنصر في درعا.")).noneMatch(m -> m.place().id().equals("t:nasr"));
    }

    @Test
    void commonWordAfterHeadIsAPlace() {
        assertThat(find("قصفت القوات بلدة النصر قرب درعا.")).anyMatch(m -> m.place().id().equals("t:nasr"));
    }

    @Test
    void unknownVillageWithoutEvidenceIsIgnored() {
        assertThat(find("قال إن صيدا جميلة.")).noneMatch(m -> m.nameAr().equals("صيدا"));
    }

    @Test
    void datelineIsMarked() {
        List<PlaceMention> ms = find("لندن: قال المتحدث إن القصف استهدف مدينة درعا.");
        assertThat(named(ms, "لندن").dateline()).isTrue();
        assertThat(named(ms, "درعا").dateline()).isFalse();
    }

    @Test
    void directionGivesPrecisionTwo() {
        assertThat(named(find("قتل جنديان شمال درعا."), "درعا").geoPrecision()).isEqualTo(2);
    }

    @Test
    void offsetsPointAtTheNameWithoutClitics() {
        String text = "اشتباكات بدرعا أمس";
        PlaceMention m = named(find(text), "درعا");
        assertThat(text.substring(m.start(), m.end())).isEqualTo("درعا");
    }

    @Test
    void toLocationCarriesAcledFields() {
        Location l = named(find("قصف على مدينة درعا."), "درعا").toLocation();
        assertThat(l.country()).isEqualTo("SY");
        assertThat(l.gazetteerId()).isEqualTo("t:daraa");
        assertThat(l.geoPrecision()).isEqualTo(1);
        assertThat(l.nameAr()).isEqualTo("درعا");
    }

    @Test
    void namesakeOutsideTheNamedContainerFallsBackToTheContainer() {
        PlaceMention m = named(find("قصفت القوات قرية كفرفو التابعة لمحافظة درعا أمس."), "كفرفو");
        assertThat(m.place().country()).isEqualTo("SY");
        assertThat(m.geoPrecision()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void adjectiveWithArticleDoesNotMatchNameWithoutIt() {
        assertThat(find("قال الجيش الليبي إن مدينة درعا هادئة.")).noneMatch(m -> m.place().id().equals("t:libby"));
    }

    @Test
    void directionDoesNotMakeTheSecondPlaceAContainer() {
        List<PlaceMention> ms = find("قصفت الطائرات مدينة صيدا شمال درعا.");
        assertThat(named(ms, "صيدا").place().id()).isEqualTo("t:sayda-sy");
        assertThat(named(ms, "درعا").geoPrecision()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void streetAfterTownIsInThatTownNotANamesakeInAnotherProvince() {
        List<PlaceMention> ms = find("شهدت مدينة تعز مواجهات عنيفة بين المقاومة والحوثيين في شارع الأربعين أمس.");
        PlaceMention m = named(ms, "الأربعين");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:taizz");
        assertThat(m.geoPrecision()).isEqualTo(1);
    }

    @Test
    void streetWithoutTownInItsSentenceKeepsItsReading() {
        PlaceMention m = named(find("اندلعت مواجهات عنيفة في شارع الأربعين أمس."), "الأربعين");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:arbain-marib");
    }

    @Test
    void streetInASentenceNamingTwoTownsIsNotMovedToTheFirst() {
        // "shelled the town of Daraa and took al-Arbain street, the last quarter of the town of Taizz": two towns
        PlaceMention m = named(find("قصفت القوات مدينة درعا وسيطرت على شارع الأربعين آخر أحياء مدينة تعز."),
                "الأربعين");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isNotEqualTo("t:daraa");
    }
}
