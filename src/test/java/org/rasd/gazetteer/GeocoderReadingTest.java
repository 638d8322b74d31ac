package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.TextPipeline;

/**
 * Which reading a written word gets (issue 10): the proclitic ka- («like, as») makes no place; a region named by a
 * direction right after a name («X جنوب لبنان») holds it; a sub-district named with no district head is its seat
 * town. Made-up sentences.
 */
class GeocoderReadingTest {
    static Gazetteer fixture() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        t.add(new Place("t:taizz", "Taiz", "تعز", "YE", "Ta`izz", null, null, 13.57952, 44.02091, PlaceKind.CITY, 615_222),
                List.of("تعز"), null, true);
        t.add(new Place("t:birah", "Al Birah", "بيرة", "YE", "Ta`izz", null, null, 13.50, 43.90, PlaceKind.TOWN, 0),
                List.of("بيرة"), null, false);
        t.add(new Place("t:baghdad", "Baghdad", "بغداد", "IQ", "Baghdad", null, null, 33.34, 44.40, PlaceKind.CITY,
                7_216_000), List.of("بغداد"), null, true);
        t.add(new Place("t:hulwah-iq", "`Ayn Hulwah", "عين الحلوة", "IQ", "Baghdad", null, null, 33.50, 44.30,
                PlaceKind.TOWN, 0), List.of("عين الحلوة"), null, false);
        t.add(new Place("t:hilweh-lb", "Ain el Hiloue", "عين الحلوة", "LB", "South", null, null, 33.54694, 35.38167,
                PlaceKind.TOWN, 0), List.of("عين الحلوة"), null, false);
        t.add(new Place("t:south-lb", "South Lebanon", "جنوب لبنان", "LB", "South", null, null, 33.26, 35.30,
                PlaceKind.ADMIN1, 0), List.of("جنوب لبنان"), null, true);
        t.add(new Place("t:nubl", "Nabul", "نبل", "SY", "Aleppo", "A'zaz", "Nabul", 36.37, 37.00, PlaceKind.ADMIN3,
                51_948), List.of("نبل"), null, false);
        // a sub-district the gazetteer also calls by a region's name: that name is no town
        t.add(new Place("t:jaramana", "Jaramana", "جرمانا", "SY", "Rif Dimashq", "Damascus", "Jaramana", 33.49, 36.35,
                PlaceKind.ADMIN3, 120_000), List.of("جرمانا", "الغوطة الشرقية"), null, false);
        return Gazetteer.fromTable(t, "test");
    }

    private static List<String> written(String text) {
        return new Geocoder(fixture()).find(TextPipeline.analyze("t", text, LocalDate.of(2015, 7, 22))).stream()
                .map(PlaceMention::nameAr).toList();
    }

    @Test
    void aNameAfterTheComparativeKaIsNoPlace() {
        // «تعزيزات كبيرة» (large reinforcements) is no «بيرة», even with a place of its governorate beside it
        assertThat(written("أرسلت الميليشيات تعزيزات كبيرة إلى مدينة تعز أمس.")).contains("تعز").doesNotContain("بيرة");
        // the same name written without ka- after a head is the town
        assertThat(written("قصفت الطائرات بلدة بيرة قرب مدينة تعز أمس.")).contains("بيرة");
    }

    private static PlaceMention mention(String text, String ar) {
        return new Geocoder(fixture()).find(TextPipeline.analyze("t", text, LocalDate.of(2015, 7, 25))).stream()
                .filter(m -> m.nameAr().equals(ar)).findFirst().orElseThrow();
    }

    @Test
    void aRegionNamedByADirectionRightAfterANameHoldsIt() {
        // the Iraqi context pulls towards the Iraqi namesake; «جنوب لبنان» right after the name says where it lies
        String text = "بعد يومين من تفجير في بغداد، اغتيل قيادي في مخيم عين الحلوة جنوب لبنان اليوم.";
        assertThat(mention(text, "عين الحلوة").place().id()).isEqualTo("t:hilweh-lb");
        // «and southern Lebanon» is a list, not a container: the context decides
        assertThat(mention("بعد يومين من تفجير في بغداد، اغتيل قيادي في مخيم عين الحلوة وجنوب لبنان اليوم.", "عين الحلوة")
                .place().id()).isEqualTo("t:hulwah-iq");
    }

    @Test
    void aSubDistrictNamedWithoutADistrictHeadIsItsSeatTown() {
        // «في بلدة نبل»: the town of Nubl, as precise as a town (the nahiya is named after it)
        assertThat(mention("قصفت فصائل المعارضة مواقع للجيش في بلدة نبل أمس.", "نبل").geoPrecision()).isEqualTo(1);
        // «في ناحية نبل»: the sub-district itself
        assertThat(mention("قصفت فصائل المعارضة مواقع للجيش في ناحية نبل أمس.", "نبل").geoPrecision()).isEqualTo(2);
    }

    @Test
    void anotherNameOfASubDistrictIsNotItsSeatTown() {
        PlaceMention m = mention("قصفت طائرات النظام بلدات الغوطة الشرقية أمس.", "الغوطة الشرقية");
        assertThat(m.place().id()).isEqualTo("t:jaramana");
        assertThat(m.geoPrecision()).isEqualTo(2);
    }
}
