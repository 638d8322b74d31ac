package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.TextPipeline;

/** Places known only by a Latin name, matched through {@link Transliteration} in the article's focus country. */
class GeocoderTranslitTest {
    static Gazetteer fixture() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        t.add(new Place("t:yaounde", "Yaounde", "ياوندي", "CM", null, null, null, 3.87, 11.52, PlaceKind.CITY, 1_299_369),
                List.of("ياوندي"), null, true);
        t.add(new Place("t:maroua", "Maroua", "", "CM", "Far North", null, null, 10.59, 14.32, PlaceKind.CITY, 319_941),
                List.of(), null, false);
        t.add(new Place("t:marwa-eg", "Marwa", "", "EG", null, null, null, 27.0, 31.0, PlaceKind.VILLAGE, 3000),
                List.of(), null, false);
        t.add(new Place("t:bamra", "Bamra", "", "CM", null, null, null, 5.0, 12.0, PlaceKind.VILLAGE, 800),
                List.of(), null, false);
        t.add(new Place("t:marwah-sa", "Al Marwah", "المروة", "SA", null, null, null, 21.0, 40.0, PlaceKind.VILLAGE, 0),
                List.of("المروة"), null, false);
        t.add(new Place("t:kano", "Kano", "كانو", "NG", null, null, null, 12.0, 8.5, PlaceKind.CITY, 3_626_068),
                List.of("كانو"), null, true);
        t.add(new Place("t:kano-cm", "Kanou", "", "CM", null, null, null, 6.0, 13.0, PlaceKind.VILLAGE, 900),
                List.of(), null, false);
        t.add(new Place("t:mari-ng", "Mari", "", "NG", null, null, null, 11.0, 13.0, PlaceKind.VILLAGE, 1200),
                List.of(), null, false);
        t.add(new Place("t:pan-ng", "Pan", "", "NG", null, null, null, 9.0, 9.0, PlaceKind.VILLAGE, 1500),
                List.of(), null, false);
        t.add(new Place("t:bayana-ng", "Bayana", "", "NG", null, null, null, 9.5, 9.5, PlaceKind.VILLAGE, 1500),
                List.of(), null, false);
        t.add(new Place("t:maiduguri", "Maiduguri", "مايدوغوري", "NG", null, null, null, 11.85, 13.16, PlaceKind.CITY,
                1_112_449), List.of("مايدوغوري"), null, true);
        t.add(new Place("t:makhzan-ye", "Makhazin", "", "YE", null, null, null, 13.0, 44.0, PlaceKind.VILLAGE, 900),
                List.of(), null, false);
        t.add(new Place("t:aden", "Aden", "عدن", "YE", null, null, null, 12.78, 45.04, PlaceKind.CITY, 550_602),
                List.of("عدن"), null, true);
        Sources.loadExtras(t);
        return Gazetteer.fromTable(t, "test");
    }

    private static List<PlaceMention> find(String text) {
        return new Geocoder(fixture()).find(TextPipeline.analyze("t", text, LocalDate.of(2015, 7, 22)));
    }

    private static PlaceMention named(List<PlaceMention> ms, String ar) {
        return ms.stream().filter(m -> m.nameAr().equals(ar)).findFirst().orElse(null);
    }

    @Test
    void latinOnlyPlaceOfTheFocusCountryAfterALocative() {
        List<PlaceMention> ms = find("قتل 13 شخصا في هجوم انتحاري في مدينة مروة شمال الكاميرون.");
        assertThat(named(ms, "مروة")).isNotNull();
        assertThat(named(ms, "مروة").place().id()).isEqualTo("t:maroua");
        assertThat(named(find("وقع الهجوم في مروة بشمال الكاميرون."), "مروة").place().id()).isEqualTo("t:maroua");
    }

    @Test
    void cliticIsStrippedBeforeTheSkeletonButIsNoEvidenceAlone() {
        // wa-Maroua in a list after "in": the conjunction is not read as a letter of the name
        PlaceMention m = named(find("وقع انفجاران في ياوندي ومروة في الكاميرون."), "مروة");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:maroua");
        // bi- alone ("with", "by") is no evidence for a name read through its Latin spelling
        assertThat(find("وقع انفجار بمروة في الكاميرون.")).noneMatch(x -> x.place().id().equals("t:maroua"));
        // nor is "on" or "from"
        assertThat(find("هجوم على مروة في الكاميرون.")).noneMatch(x -> x.place().id().equals("t:maroua"));
    }

    @Test
    void noTransliterationOutsideTheFocusCountryOrWithoutContext() {
        // no country of the article: nothing to restrict the reading to
        assertThat(named(find("وقع الهجوم في مروة أمس."), "مروة")).isNull();
        // no locative or head before it
        assertThat(named(find("قالت مروة إن الكاميرون تواجه بوكو حرام."), "مروة")).isNull();
        // an article about Egypt does not read Maroua in Cameroon, and reads the Egyptian namesake
        PlaceMention eg = named(find("اشتباكات في مروة جنوب مصر."), "مروة");
        assertThat(eg == null ? null : eg.place().country()).isNotEqualTo("CM");
    }

    @Test
    void anArabicNameOfMinorNamesakesAbroadGivesWayToTheLatinName() {
        // al-Marwah (a Saudi village) shares the key of Maroua's Arabic spelling
        PlaceMention m = named(find("ووقع التفجيران في مدينة مروة عاصمة منطقة الشمال الأقصى في الكاميرون."), "مروة");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:maroua");
    }

    @Test
    void aWellKnownArabicNameIsNeverReadThroughItsLatinSpelling() {
        PlaceMention m = named(find("اعتقلت قوات الكاميرون عشرة مسلحين فروا من كانو الى الحدود مع الكاميرون."), "كانو");
        assertThat(m == null ? null : m.place().id()).isNotEqualTo("t:kano-cm");
    }

    @Test
    void aWordWithTheArticleIsNoTransliteratedPlace() {
        assertThat(find("شعر الجنود في الكاميرون بالمروة.")).noneMatch(m -> m.place().id().equals("t:maroua"));
        assertThat(find("شعر الجنود في الكاميرون في مروة.")).anyMatch(m -> m.place().id().equals("t:maroua"));
    }

    @Test
    void theCountryTheTextPutsItInBeatsTheFocus() {
        // an article about Boko Haram in Nigeria: Maroua is "north of Cameroon", not the Nigerian village Mari
        PlaceMention m = named(find("هاجمت بوكو حرام مايدوغوري في نيجيريا، وقتلت العشرات في نيجيريا. والهجوم المزدوج"
                + " في مروة بشمال الكاميرون أسفر عن مقتل 11 شخصا. ونفذت فتاتان الهجوم في السوق في مروة."), "مروة");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:maroua");
        // its second mention, with only the focus country (Nigeria) to go by, is the same place
        List<PlaceMention> ms = find("هاجمت بوكو حرام مايدوغوري في نيجيريا، وقتلت العشرات في نيجيريا. والهجوم المزدوج"
                + " في مروة بشمال الكاميرون أسفر عن مقتل 11 شخصا. ونفذت فتاتان الهجوم في السوق في مروة.");
        assertThat(ms.stream().filter(x -> x.nameAr().equals("مروة")).map(x -> x.place().id()))
                .hasSize(2).containsOnly("t:maroua");
    }

    @Test
    void aFrequentWordOfTheNewsIsNoTransliteratedPlace() {
        // "in a statement" spells Pan, a Nigerian village
        assertThat(find("وقال الجيش في نيجيريا في بيان إن بوكو حرام هاجمت مايدوغوري."))
                .noneMatch(m -> m.place().id().equals("t:pan-ng"));
        // nor a form of one with a suffix: "in his statement"
        assertThat(find("وقال الجيش في نيجيريا في بيانه إن بوكو حرام هاجمت مايدوغوري."))
                .noneMatch(m -> m.place().id().equals("t:bayana-ng"));
        Gazetteer g = fixture();
        assertThat(g.lookupTranslit("بيانه")).isNotEmpty(); // it spells Bayana: only the guard keeps it out
    }

    @Test
    void noPlaceOfACountryWithArabicNamesIsReadThroughItsLatinName() {
        // "stores" spells Makhazin, a Yemeni village known only in Latin
        assertThat(find("قصف الحوثيون عدن واندلع حريق في مخازن قرب عدن.")).noneMatch(m -> m.place().id().equals("t:makhzan-ye"));
        Gazetteer g = fixture();
        assertThat(g.lookupTranslit("مخازن")).isEmpty(); // Yemen is in translit-countries.tsv
        assertThat(java.util.Arrays.stream(g.lookupTranslit("مروه")).mapToObj(i -> g.place(i).id())).contains("t:maroua");
    }

    @Test
    void aFeatureHeadOrANumberWordIsNoTransliteratedPlace() {
        assertThat(named(find("قصفت الطائرات مطار مروة في الكاميرون."), "مروة")).isNull();
    }
}
