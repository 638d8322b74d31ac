package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.TextPipeline;

/** Remarks in parentheses inside a list, a crossing named after a town (and, later, a governorate and its town). */
class GeocoderTownAndListTest {
    static Gazetteer fixture() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        t.add(new Place("t:taizz-gov", "Ta`izz", "تعز", "YE", "Ta`izz", null, null, 13.418758, 43.778108, PlaceKind.ADMIN1, 0),
                List.of("تعز", "محافظة تعز"), null, true);
        t.add(new Place("t:taizz", "Taiz", "تعز", "YE", "Ta`izz", null, null, 13.57952, 44.02091, PlaceKind.CITY, 615_222),
                List.of("تعز"), null, true);
        t.add(new Place("t:mawza", "Mawza", "موزع", "YE", "Ta`izz", null, null, 13.26, 43.52, PlaceKind.TOWN, 0),
                List.of("موزع"), null, false);
        t.add(new Place("t:waziiyah", "Al Wazi'iyah", "الوازعية", "YE", "Ta`izz", null, null, 13.18, 43.56, PlaceKind.TOWN, 0),
                List.of("الوازعية"), null, false);
        t.add(new Place("t:tangier", "Tangier", "طنجة", "MA", null, null, null, 35.77, -5.80, PlaceKind.CITY, 688_356),
                List.of("طنجة"), null, true);
        t.add(new Place("t:bouznika", "Bouznika", "بوزنيقة", "MA", null, null, null, 33.79, -7.16, PlaceKind.TOWN, 27_028),
                List.of("بوزنيقة"), null, false);
        t.add(new Place("t:taounate", "Taounate", "تاونات", "MA", null, null, null, 34.54, -4.64, PlaceKind.TOWN, 37_526),
                List.of("تاونات"), null, false);
        t.add(new Place("t:tuwal", "Al Tuwal", "الطوال", "SA", null, null, null, 16.45, 42.98, PlaceKind.TOWN, 0),
                List.of("الطوال"), null, false);
        // a governorate whose only same-name town is a small namesake village: no capital to place it at
        t.add(new Place("t:abyan-gov", "Abyan", "أبين", "YE", "Abyan", null, null, 13.71, 46.16, PlaceKind.ADMIN1, 0),
                List.of("أبين", "محافظة أبين"), null, true);
        t.add(new Place("t:abyan-village", "Qaryat Abyan", "أبين", "YE", "Abyan", null, null, 13.60, 46.00,
                PlaceKind.VILLAGE, 0), List.of("أبين"), null, false);
        return Gazetteer.fromTable(t, "test");
    }

    private static List<PlaceMention> find(String text) {
        return new Geocoder(fixture()).find(TextPipeline.analyze("t", text, LocalDate.of(2015, 7, 22)));
    }

    private static PlaceMention named(List<PlaceMention> ms, String ar) {
        return ms.stream().filter(m -> m.nameAr().equals(ar)).findFirst().orElse(null);
    }

    @Test
    void remarksInParenthesesDoNotBreakAList() {
        List<PlaceMention> ms = find("تفكيك خلية ارهابية تضم ثمانية اعضاء ناشطين في مدن طنجة (شمال) وبوزنيقة (غرب) وتاونات (شمال).");
        assertThat(named(ms, "بوزنيقة")).isNotNull();
        assertThat(named(ms, "تاونات")).isNotNull();
        // without a head or locative before the list, the items stay unproven
        assertThat(named(find("وذكرت المصادر أن طنجة (شمال) وبوزنيقة (غرب) تعانيان من الجفاف."), "بوزنيقة")).isNull();
    }

    @Test
    void aCommonWordAfterACrossingHeadIsTheTownOfTheCrossing() {
        PlaceMention m = named(find("قتل جنديان في هجوم على منفذ الطوال الحدودي مع اليمن."), "الطوال");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:tuwal");
        // «throughout the day» stays a common word
        assertThat(named(find("استمرت الاشتباكات طوال اليوم في اليمن."), "طوال")).isNull();
    }

    @Test
    void aGovernorateIsPlacedAtItsSameNameCapital() {
        PlaceMention m = named(find("أحرزت المقاومة تقدما كبيرا بسيطرتها على مواقع مهمة في محافظة تعز أمس."), "تعز");
        assertThat(m).isNotNull();
        // still the governorate, with its precision, but at the point of Taizz city (ACLED's provincial capital)
        assertThat(m.place().id()).isEqualTo("t:taizz-gov");
        assertThat(m.geoPrecision()).isEqualTo(3);
        assertThat(Place.distanceKm(m.place().lat(), m.place().lon(), 13.57952, 44.02091)).isLessThan(1);
        assertThat(m.alternatives()).noneMatch(a -> a.id().equals("t:taizz"));
    }

    @Test
    void aGovernorateWithOnlyANamesakeVillageKeepsItsOwnPoint() {
        PlaceMention m = named(find("أحرزت المقاومة تقدما كبيرا بسيطرتها على مواقع مهمة في محافظة أبين أمس."), "أبين");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:abyan-gov");
        assertThat(Place.distanceKm(m.place().lat(), m.place().lon(), 13.71, 46.16)).isLessThan(1);
    }
}
