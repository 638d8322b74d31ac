package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.EventType;

/**
 * Which of a frame's place mentions become its events' places (issues 9 and 10): a place «close to» which something lies
 * is a scene, not an origin; the towns of one list are one event each though they are named with different precision;
 * where a report's source sits gives way to the place the report names. Made-up sentences; the places are fixtures.
 */
class PlaceChoiceTest {
    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("حلب", "Aleppo", "SY", 36.20, 37.15, 2)
            .add("الحسكة", "Al Hasakah", "SY", 36.50, 40.75, 2)
            .add("الرقة", "Ar Raqqah", "SY", 35.95, 39.01, 1)
            .add("دير الزور", "Deir ez-Zor", "SY", 35.34, 40.14, 1)
            .add("بلدروز", "Baladruz", "IQ", 33.70, 45.08, 2)
            .add("المقدادية", "Al Miqdadiyah", "IQ", 33.97, 44.93, 2)
            .add("بعقوبة", "Baqubah", "IQ", 33.74, 44.61, 1)
            .add("قرية النصر", "Qaryat an Nasr", "IQ", 35.72, 43.50, 1)
            .add("مخمور", "Makhmur", "IQ", 35.77, 43.58, 2)
            .add("تعز", "Taiz", "YE", 13.58, 44.02, 1)
            .add("لحج", "Lahij", "YE", 13.06, 44.88, 1)
            .add("قعطبة", "Qa'tabah", "YE", 13.86, 44.70, 1)
            .add("المعزوب", "Al Ma'zub", "YE", 13.90, 44.70, 1)
            .add("المسيمير", "Al Musaymir", "YE", 13.44, 44.62, 2)
            .add("المخاء", "Mocha", "YE", 13.32, 43.25, 1)
            .add("عدن", "Aden", "YE", 12.85, 45.04, 1)
            .add("العند", "Al Anad", "YE", 13.21, 44.78, 2)
            .add("الموصل", "Mosul", "IQ", 36.34, 43.15, 1)
            .add("بعاج", "Al Ba'aj", "IQ", 36.04, 41.72, 2)
            .add("كييف", "Kyiv", "UA", 50.45, 30.52, 1)
            .add("افدييفكا", "Avdiivka", "UA", 48.14, 37.74, 1);

    private static List<String> chosen(String text) {
        Fixture f = new Fixture(text, PLACES);
        return new PlaceArgument(f.layers).select(f.sentence(0).places(), EventType.EXPLOSIONS_REMOTE_VIOLENCE).stream()
                .map(p -> p.location().name()).toList();
    }

    @Test
    void aPlaceCloseToWhichTheTargetLiesIsAScene() {
        // «قريبة من» is «close to», not «from»: the minefields near Raqqa were struck, and so were the towns of the list
        assertThat(chosen("وأصابت الضربات مواقع بالقرب من مدن حلب والحسكة وحقول ألغام قريبة من مدينة الرقة."))
                .containsExactlyInAnyOrder("Aleppo", "Al Hasakah", "Ar Raqqah");
    }

    @Test
    void aNearWordAfterAnotherConjunctTiesThePlaceToNoPlaceBefore() {
        // the fields are near Deir ez-Zor, Raqqa is not: two scenes, not a town and its anchor
        assertThat(chosen("قصفت الطائرات الرقة وحقولا قريبة من دير الزور."))
                .containsExactlyInAnyOrder("Ar Raqqah", "Deir ez-Zor");
        // a place right before the near word is placed by it: one scene
        assertThat(chosen("قصفت الطائرات الرقة قرب دير الزور.")).containsExactly("Ar Raqqah");
    }

    @Test
    void theTownsOfOneListAreScenesThoughNamedWithAnotherPrecision() {
        // two districts joined by «and», then the city where the report puts them: each is a scene
        assertThat(chosen("قتل عشرة مدنيين في انفجار عبوتين ناسفتين في قضاء بلدروز والمقدادية في بعقوبة."))
                .contains("Baladruz", "Al Miqdadiyah");
        // a district that holds the village named with it only says where the village lies
        assertThat(chosen("قصف طيران التحالف مواقع في قرية النصر وقضاء مخمور."))
                .containsExactly("Qaryat an Nasr");
        // a coarser place not joined to the list stays a mere reference
        assertThat(chosen("قصف طيران التحالف مواقع في الرقة في ريف حلب.")).containsExactly("Ar Raqqah");
    }

    @Test
    void whereTheSourceIsGivesWayToThePlaceReported() {
        assertThat(chosen("وقالت مصادر محلية في تعز إن طائرات التحالف قصفت مواقع في المخاء."))
                .containsExactly("Mocha");
        // alone, the source's town stays: the report names no other place
        assertThat(chosen("مصادر محلية في تعز: الحوثيون قصفوا مستشفى الثورة بالكاتيوشا."))
                .containsExactly("Taiz");
    }

    @Test
    void aPlaceThatPlacesAnotherIsAReferenceInAllItsMentions() {
        // «in Lahij ... near al-Musaymir north of Lahij»: the topical Lahij is the anchor named again, not a second scene
        assertThat(chosen("وفي لحج دارت اشتباكات عنيفة بين المقاومة والحوثيين قرب منطقة المسيمير شمال لحج."))
                .containsExactly("Al Musaymir");
    }

    @Test
    void aPlaceNamedInsideTheClauseStaysAScene() {
        // the stadium in Qa'tabah was struck, and a village north of Qa'tabah: the town is no mere reference here
        assertThat(chosen("قصفت الطائرات الملعب الرياضي في قعطبة، وقرية المعزوب شمال قعطبة."))
                .containsExactlyInAnyOrder("Qa'tabah", "Al Ma'zub");
    }

    @Test
    void whereFightersCameFromIsNoListOfScenes() {
        // «from the areas of X, Y and Z»: where the fighters came from, no list of scenes
        assertThat(chosen("اشتبك مقاتلون وافدون من مناطق بعقوبة وبلدروز والمقدادية.")).containsExactly("Baqubah");
    }

    @Test
    void theSpeakersPostGivesWayToThePlaceOfTheWordsSaid() {
        // the spokesman is the resistance's in Aden; the fighting he reports is at al-Anad base
        assertThat(chosen("وقال علي أحمدي المتحدث باسم قوات المقاومة الشعبية في عدن، ان القتال مستمر بقاعدة العند."))
                .containsExactly("Al Anad");
        // a long title, then the outlet, then the quote
        assertThat(chosen("وقال سعيد مسؤول إعلام الفرع الرابع عشر للحزب الديمقراطي الكردستاني في الموصل، لـ«الشرق الأوسط»: "
                + "«فجر أحد المسلحين نفسه في قضاء بعاج»."))
                .containsExactly("Al Ba'aj");
        // a capital that confirms is its government speaking
        assertThat(chosen("قتل ثلاثة مدنيين أمس في قصف على بلدة افدييفكا، حسبما أكدت كييف أمس."))
                .containsExactly("Avdiivka");
        // alone, the speaker's town stays: the words said name no other place
        assertThat(chosen("وقال علي، المتحدث باسم المقاومة في عدن، إن الحوثيين قصفوا الأحياء السكنية.")).containsExactly("Aden");
        // an official's town with no words said after it is where he was: a scene
        assertThat(chosen("قتل مدير مدرسة البنات الثانوية في عدن وثلاثة من أبنائه في قصف على العند.")).contains("Aden");
    }
}
