package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.rasd.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Which named place is an event's scene (issue 9, the stream audit's wrong places): not what lies across a border,
 * not a person's hometown, not the patron an actor is loyal to, not the two ends of a road, not a town by which a
 * province is placed. Made-up sentences; the places are fixtures.
 */
class EventSceneTest {
    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("رفح", "Rafah (EG)", "EG", 31.28, 34.24, 1)
            .add("قطاع غزة", "Gaza Strip", "PS", 31.45, 34.40, 1)
            .add("العريش", "Arish", "EG", 31.13, 33.80, 1)
            .add("سروج", "Suruc", "TR", 36.98, 38.42, 1)
            .add("أديامان", "Adiyaman", "TR", 37.76, 38.28, 1)
            .add("عدن", "Aden", "YE", 12.80, 45.03, 1)
            .add("المخاء", "Mocha", "YE", 13.32, 43.25, 1)
            .add("تعز", "Taiz", "YE", 13.58, 44.02, 1)
            .add("البيضاء", "Al Bayda", "YE", 13.99, 45.57, 1)
            .add("عين الدفلى", "Ain Defla", "DZ", 36.17, 2.08, 3)
            .add("الجزائر", "Algiers", "DZ", 36.74, 3.08, 2)
            .add("ادلب", "Idlib", "SY", 35.93, 36.63, 1)
            .add("جازان", "Jazan", "SA", 16.89, 42.55, 1)
            .add("حلب", "Aleppo", "SY", 36.20, 37.15, 3)
            .add("قصر البريج", "Qasr al Burayj", "SY", 36.10, 37.50, 1)
            .add("الطوال", "At Tuwal", "SA", 16.53, 42.97, 2)
            .add("حرض", "Harad", "YE", 16.43, 43.12, 2)
            .add("الحديدة", "Hodeidah", "YE", 14.80, 42.95, 1)
            .add("درنة", "Darnah", "LY", 32.76, 22.64, 2)
            .add("بنغازي", "Benghazi", "LY", 32.12, 20.07, 1)
            .add("العند", "Al Anad", "YE", 13.21, 44.78, 2)
            .add("برقين", "Birqin", "PS", 32.46, 35.26, 1)
            .add("جنين", "Jenin", "PS", 32.46, 35.30, 2)
            .country("إيران", "Iran", "IR", 32.0, 53.0)
            .country("سوريا", "Syria", "SY", 35.0, 38.5)
            .country("تركيا", "Turkey", "TR", 39.0, 35.0);

    private static List<String> scenes(String text) {
        return new Fixture(text, PLACES).sentence(0).places().stream().map(p -> p.location().name()).toList();
    }

    private static List<String> chosen(String text, EventType type) {
        Fixture f = new Fixture(text, PLACES);
        return new PlaceArgument(f.layers).select(f.sentence(0).places(), type).stream()
                .map(p -> p.location().name()).toList();
    }

    @Test
    void whatLiesAcrossTheBorderIsNoScene() {
        assertThat(scenes("قتل أربعة جنود في انفجار قنبلة في رفح على الحدود مع قطاع غزة."))
                .containsExactly("Rafah (EG)");
        assertThat(scenes("انفجرت عبوة ناسفة في المنطقة الممتدة من العريش حتى حدود قطاع غزة."))
                .containsExactly("Arish");
        // alone, the place stays: nothing else to put the event at
        assertThat(scenes("قتل جندي في اشتباكات على الحدود مع سوريا.")).containsExactly("Syria");
        // a place merely next to the word is no border reference
        assertThat(scenes("انفجرت عبوة في رفح وقطاع غزة.")).containsExactly("Rafah (EG)", "Gaza Strip");
    }

    @Test
    void theNearSideOfABorderIsTheRegionFacingTheCountryAcrossIt() {
        // a Turkish soldier killed across the border with Syria: Turkey's region facing Syria (country-regions.tsv)
        assertThat(scenes("قتل جندي تركي في اشتباكات مع تنظيم داعش عبر الحدود مع سوريا اليوم."))
                .containsExactly("Southern Turkey");
        // «a Turkish border post»: an adjective after the border adjective names no side
        assertThat(scenes("هاجم مسلحون مركزا حدوديا تركيا.")).doesNotContain("Northern Syria", "North-western Syria");
        // another scene named: the border country is only dropped
        assertThat(scenes("قتل جندي تركي في رفح قرب الحدود مع سوريا.")).containsExactly("Rafah (EG)");
    }

    @Test
    void aSaudiRegionGivesWayToAPlaceInsideIt() {
        // «منطقة جازان» is the Jazan Region (province-heads.tsv); the shells fell in Al-Tuwal inside it
        assertThat(chosen("سقطت قذائف حوثية على محافظات الشريط الحدودي بمنطقة جازان، حيث سقطت قذائف بمحافظة الطوال.",
                EventType.EXPLOSIONS_REMOTE_VIOLENCE)).containsExactly("At Tuwal");
        assertThat(chosen("سقطت قذائف حوثية بمنطقة جازان.", EventType.EXPLOSIONS_REMOTE_VIOLENCE))
                .containsExactly("Jazan");
        // a place of another country is not inside it; without the head the city is the city
        assertThat(chosen("سقطت قذائف بمنطقة جازان أطلقت من حرض.", EventType.EXPLOSIONS_REMOTE_VIOLENCE))
                .containsExactly("Jazan");
        assertThat(chosen("سقطت قذائف في جازان وفي محافظة الطوال.", EventType.EXPLOSIONS_REMOTE_VIOLENCE))
                .containsExactly("Jazan");
    }

    @Test
    void aDismantledCellIsAnArrestAtEachTownItWasActiveIn() {
        FixturePlaces morocco = new FixturePlaces()
                .add("طنجة", "Tangier", "MA", 35.76, -5.83, 1)
                .add("بوزنيقة", "Bouznika", "MA", 33.78, -7.16, 1);
        org.rasd.Rasd rasd = org.rasd.Rasd.withPlaces(org.rasd.io.DataPaths.resolve(null), morocco);
        List<org.rasd.model.Event> es = rasd.extract(new org.rasd.model.Article("t", java.time.LocalDate.of(2015, 7, 22),
                "", "أعلنت السلطات المغربية أمس تفكيك خلية إرهابية تضم ثمانية أعضاء ناشطين في مدن طنجة وبوزنيقة.",
                null, null)).events();
        // «خلية إرهابية» is an actor's name; the arrest trigger holding its first word still makes an event
        assertThat(es).extracting(e -> e.subEventType().label() + "@" + e.location().name())
                .containsExactlyInAnyOrder("Arrests@Tangier", "Arrests@Bouznika");
    }

    @Test
    void forcesThatStrikeAcrossABorderAreNoNearSide() {
        // Turkish jets strike IS targets «at the border with Syria»: the strike is coded at its target, not in Turkey
        assertThat(scenes("وقصفت الطائرات التركية أهدافا لتنظيم داعش عند الحدود مع سوريا اليوم."))
                .doesNotContain("Southern Turkey");
        // Turkish soldiers hit (a victim word before, a death verb after): Turkey's side of the border
        assertThat(scenes("أعلن الجيش مقتل جنديين تركيين في قصف عبر الحدود مع سوريا."))
                .containsExactly("Southern Turkey");
        assertThat(scenes("وقال مسؤول إن جنديا تركيا قتل في اشتباكات عبر الحدود مع سوريا."))
                .containsExactly("Southern Turkey");
        // a country named as where it happened («شهدت تركيا») is the near side; one that only acts («فتحت تركيا») is not
        assertThat(scenes("وشهدت تركيا تفجيرا انتحاريا في بلدة على الحدود مع سوريا."))
                .containsExactly("Southern Turkey");
        assertThat(scenes("وفتحت تركيا جبهة عند الحدود مع سوريا.")).doesNotContain("Southern Turkey");
    }

    @Test
    void aHometownIsNoScene() {
        assertThat(scenes("وجد المحققون بطاقة هوية لشاب من مدينة أديامان يدعى علي في مكان التفجير.")).isEmpty();
        assertThat(scenes("قتل في تفجير سروج شاب من أبناء مدينة أديامان.")).containsExactly("Suruc");
        assertThat(scenes("المهاجم ينحدر من أديامان وفجر نفسه في سروج.")).containsExactly("Suruc");
        // without a cue the town is a scene
        assertThat(scenes("انفجرت عبوة في مدينة أديامان.")).containsExactly("Adiyaman");
    }

    @Test
    void thePatronAnActorIsLoyalToIsNoScene() {
        assertThat(scenes("استعادت القوات المطار بعد أن طردت القوات الحوثية الموالية لإيران.")).isEmpty();
        assertThat(scenes("طردت القوات المسلحين الموالين لإيران من عدن.")).containsExactly("Aden");
    }

    @Test
    void theEndsOfARoadAreNoScenes() {
        // «the main road that links the city of Mocha and Taiz»: neither end is where the clashes were
        assertThat(scenes("اشتباكات في البيضاء قرب الخط العام الذي يربط بين مدينة المخاء وتعز."))
                .containsExactly("Al Bayda");
        assertThat(scenes("اشتباكات في البيضاء قرب طريق تعز المخاء.")).containsExactly("Al Bayda");
        // a single town after a road word is where the road runs: it stays
        assertThat(scenes("انفجرت عبوة على طريق العريش الساحلي.")).containsExactly("Arish");
    }

    @Test
    void aSecondRoadEndJoinedByAndAfterCommasIsNoScene() {
        // «بين مدينة المخاء، غرب تعز، ومحافظة الحديدة»: Hodeidah is the road's other end, Taiz (west of which Mocha
        // lies) remains
        assertThat(scenes("اشتباكات قرب الخط العام الذي يربط بين مدينة المخاء، غرب تعز، ومحافظة الحديدة."))
                .containsExactly("Taiz");
        // «وفي X» after a road opens a new place phrase: it stays
        assertThat(scenes("اشتباكات على الخط الذي يربط بين المخاء وتعز، وفي الحديدة."))
                .contains("Hodeidah");
    }

    @Test
    void theCityPointsBackToNoRoadEnd() {
        // «في المدينة» points back to the last town named that is no end of a road: Taiz, not Mocha
        Fixture f = new Fixture("اشتباكات في تعز قرب الخط الذي يربط بين مدينة المخاء والبيضاء حسب مصادر في المدينة.",
                PLACES);
        int at = f.layers.doc.text().lastIndexOf("المدينة");
        assertThat(f.layers.places).filteredOn(p -> p.start() == at).extracting(p -> p.location().name())
                .containsExactly("Taiz");
    }

    @Test
    void aTownAStatedDistanceAwayIsOnlyAReference() {
        // the base is 50 km north of Aden: Aden only says where it lies
        assertThat(scenes("اشتباكات للسيطرة على قاعدة العند التي تقع على مسافة 50 كيلومترا إلى الشمال من مدينة عدن."))
                .containsExactly("Al Anad");
        assertThat(scenes("قتل ثلاثة في قصف على قرية تبعد نحو ١١٠ كلم جنوب عدن.")).isEmpty();
        // a few kilometres away is near the town: it may be coded there
        assertThat(scenes("حاصرت المقاومة معسكرا يقع على بعد 10 كم الى الشمال من قاعدة العند."))
                .containsExactly("Al Anad");
    }

    @Test
    void theCityPointsBackToATownNamedWithItsOutskirts() {
        // the last town named is Darnah, by its outskirts: «the city» is Darnah, not Benghazi named before it
        Fixture f = new Fixture("طرد الجيش المتطرفين من بنغازي. وقاتلهم في ضواحي درنة الشرقية ثم تحصنوا داخل المدينة.",
                PLACES);
        int at = f.layers.doc.text().lastIndexOf("المدينة");
        assertThat(f.layers.places).filteredOn(p -> p.start() == at).extracting(p -> p.location().name())
                .containsExactly("Darnah");
        // a town placed by a compass word is a reference point: «the town» is the one it places
        Fixture g = new Fixture("قتل شاب من سكان بلدة برقين غرب جنين خلال مواجهات مع السكان في البلدة.", PLACES);
        int in = g.layers.doc.text().lastIndexOf("البلدة");
        assertThat(g.layers.places).filteredOn(p -> p.start() == in).extracting(p -> p.location().name())
                .containsExactly("Birqin");
    }

    @Test
    void aTownByWhichAProvinceIsPlacedIsOnlyAReference() {
        assertThat(chosen("قتل 14 جنديا في كمين في ولاية عين الدفلى جنوب غرب العاصمة الجزائر.", EventType.BATTLES))
                .containsExactly("Ain Defla");
        // «ريف حلب الشرقي»: a compass adjective of the province is no «east of Y»; the village is the scene
        assertThat(chosen("قصف الطيران المروحي ريف حلب الشرقي تحديدا قرية قصر البريج.",
                EventType.EXPLOSIONS_REMOTE_VIOLENCE)).containsExactly("Qasr al Burayj");
        // a country placed near a town still gives way to the town
        assertThat(chosen("غارات في سوريا قرب ادلب.", EventType.EXPLOSIONS_REMOTE_VIOLENCE))
                .containsExactly("Idlib");
    }
}
