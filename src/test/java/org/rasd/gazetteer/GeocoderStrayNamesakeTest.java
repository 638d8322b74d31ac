package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.TextPipeline;

/**
 * Stray namesakes (issue 10): a quarter, mountain or airport named near a town is not a small namesake in another
 * province or country; a region name shared by two countries is read by the towns named with it. Made-up sentences
 * on a hand-made gazetteer.
 */
class GeocoderStrayNamesakeTest {
    private static Place town(String id, String name, String ar, String cc, String admin1, double lat, double lon,
            PlaceKind kind, long pop) {
        return new Place(id, name, ar, cc, admin1, null, null, lat, lon, kind, pop);
    }

    static Gazetteer fixture() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        t.add(town("t:taizz", "Taizz", "تعز", "YE", "Ta`izz", 13.57952, 44.02091, PlaceKind.CITY, 615222),
                List.of("تعز"), null, true);
        t.add(town("t:sanaa", "Sanaa", "صنعاء", "YE", "Amanat Al Asimah", 15.35472, 44.20667, PlaceKind.CITY,
                1937451), List.of("صنعاء"), null, true);
        t.add(town("t:aden", "Aden", "عدن", "YE", "`Adan", 12.77944, 45.03667, PlaceKind.CITY, 550602),
                List.of("عدن"), null, true);
        t.add(town("t:huth", "Huth", "حوث", "YE", "Amran", 16.19, 43.95, PlaceKind.TOWN, 20000), List.of("حوث"), null,
                false);
        // namesakes: a village of Hudaydah, a village of Taizz province, a quarter of Aden
        t.add(town("t:jarrah", "Al Jarrah", "الجرة", "YE", "Al Hudaydah", 14.80, 43.10, PlaceKind.VILLAGE, 0),
                List.of("الجرة"), null, false);
        t.add(town("t:hasabah", "Al Hasabah", "الحصبة", "YE", "Ta`izz", 13.21803, 44.1669, PlaceKind.VILLAGE, 0),
                List.of("الحصبة"), null, false);
        t.add(town("t:crater", "Craiter", "كريتر", "YE", "`Adan", 12.78, 45.03, PlaceKind.TOWN, 0),
                List.of("كريتر"), null, false);
        t.add(town("t:makhadir", "Al Makhadir", "المخادر", "YE", "Ibb", 14.08, 44.17, PlaceKind.TOWN, 0),
                List.of("المخادر"), null, false);
        t.add(town("t:red-sea", "Red Sea", "البحر الأحمر", "EG", null, 25.5, 34.0, PlaceKind.ADMIN1, 0),
                List.of("البحر الأحمر"), null, true);
        t.add(town("t:radfan", "Radfan", "ردفان", "YE", "Lahij", 13.52534, 44.86786, PlaceKind.TOWN, 0),
                List.of("ردفان"), null, false);
        t.add(town("t:radfan-district", "Radfan", "مديرية ردفان", "YE", "Lahij", 13.475975, 45.005243,
                PlaceKind.ADMIN2, 0), List.of("ردفان", "مديرية ردفان"), null, false);
        t.add(town("t:hasakah", "Al Hasakah", "الحسكة", "SY", "Hasaka", 36.50239, 40.74771, PlaceKind.CITY, 188160),
                List.of("الحسكة"), null, true);
        t.add(town("t:nashwah", "An Nashwah", "النشوة", "IQ", "Al-Basrah", 30.82134, 47.5964, PlaceKind.TOWN, 0),
                List.of("النشوة"), null, false);
        t.add(town("t:aleppo", "Aleppo", "حلب", "SY", "Aleppo", 36.20124, 37.16117, PlaceKind.CITY, 1602264),
                List.of("حلب"), null, true);
        t.add(town("t:idlib", "Idlib", "إدلب", "SY", "Idlib", 35.93062, 36.63393, PlaceKind.CITY, 128840),
                List.of("إدلب", "ادلب"), null, true);
        t.add(town("t:kuwayris-idlib", "Kuwayris", "كويرس", "SY", "Idlib", 35.74245, 36.89872, PlaceKind.TOWN, 0),
                List.of("كويرس"), null, false);
        t.add(town("t:kuwayris-aleppo", "Kuwayris Sharqi", "كويرس", "SY", "Aleppo", 36.18, 37.58, PlaceKind.VILLAGE,
                0), List.of("كويرس"), null, false);
        t.add(town("t:punjab-pk", "Punjab", "البنجاب", "PK", null, 31.110484, 72.384598, PlaceKind.ADMIN1, 0),
                List.of("البنجاب"), null, false);
        t.add(town("t:lahore", "Lahore", "لاهور", "PK", "Punjab", 31.558, 74.35071, PlaceKind.CITY, 6310888),
                List.of("لاهور"), null, true);
        // quarters of Sanaa and a village 50 km from Taizz whose names Taizz's quarters also bear
        t.add(town("t:rawdah-sanaa", "Ar Rawdah", "الروضة", "YE", "Amanat Al Asimah", 15.43, 44.22, PlaceKind.TOWN, 0),
                List.of("الروضة"), null, false);
        t.add(town("t:misbah-sanaa", "Al Misbah", "المسبح", "YE", "Amanat Al Asimah", 15.36, 44.19, PlaceKind.TOWN, 0),
                List.of("المسبح"), null, false);
        t.add(town("t:yarmuk-village", "Qaryat al Yarmuk", "اليرموك", "YE", "Ibb", 14.02, 44.10, PlaceKind.VILLAGE,
                0), List.of("اليرموك"), null, false);
        // a city of 300,000 not notable, and an Iraqi namesake of one of its areas
        t.add(town("t:mukalla", "Al Mukalla", "المكلا", "YE", "Hadramawt", 14.54, 49.12, PlaceKind.CITY, 300000),
                List.of("المكلا"), null, false);
        t.add(town("t:alam-iq", "Nahiyat al Alam", "العلم", "IQ", "Salah ad-Din", 34.69, 43.67, PlaceKind.TOWN, 0),
                List.of("العلم"), null, false);
        Sources.loadExtras(t); // places-extra.tsv: India's Punjab
        return Gazetteer.fromTable(t, "test");
    }

    private static final Gazetteer GAZ = fixture();

    private static List<PlaceMention> find(String text) {
        return new Geocoder(GAZ).find(TextPipeline.analyze("t", text, LocalDate.of(2015, 7, 22)));
    }

    private static PlaceMention named(List<PlaceMention> ms, String ar) {
        return ms.stream().filter(m -> m.nameAr().equals(ar)).findFirst().orElse(null);
    }

    @Test
    void mountainInASentenceNamingNoPlaceIsNearTheTownOfTheSentenceBefore() {
        // "sources in Taizz said the Houthis shelled the hospital. Also, the militias shelled the quarters near
        // Jabal al-Jarrah": the mountain of Taizz, not the village al-Jarrah of Hudaydah
        PlaceMention m = named(find("قالت مصادر في مدينة تعز إن الحوثيين قصفوا المستشفى. إلى ذلك، استهدفت الميليشيات "
                + "الأحياء السكنية بالقرب من جبل الجرة."), "الجرة");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:taizz");
        assertThat(m.geoPrecision()).isEqualTo(2);
    }

    @Test
    void quarterAfterASentenceAboutTheCapitalIsAQuarterOfTheCapital() {
        // "in Sanaa, 16 gunmen were killed before the central bank. Also, 12 were killed by an IED in al-Hasaba
        // quarter": Sanaa's quarter, not the village of Taizz province
        PlaceMention m = named(find("وفي صنعاء قتل 16 من المسلحين في هجوم أمام البنك المركزي. كما قتل 12 آخرون "
                + "إثر انفجار عبوة ناسفة أمام قسم الشرطة في حي الحصبة."), "الحصبة");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:sanaa");
        assertThat(m.geoPrecision()).isEqualTo(1);
    }

    @Test
    void mountainClaimedByTheTownRightAfterItIsNearThatTownNotTheEarlierOne() {
        // "the forces shelled Taizz and took Jabal al-Jarrah overlooking the city of Aden": the town right after the
        // mountain claims it; neither the Hudaydah village nor Taizz
        PlaceMention m = named(find("قصفت القوات مدينة تعز وسيطرت المقاومة على جبل الجرة المطل على مدينة عدن."),
                "الجرة");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:aden");
        assertThat(m.geoPrecision()).isEqualTo(2);
    }

    @Test
    void airportIsTheNamesakeInTheProvinceItsSentenceNames() {
        // "aircraft fired around Kuweires military airport, which IS besieges in the eastern countryside of Aleppo"
        List<PlaceMention> ms = find("قصف الطيران مدينة إدلب. وفتح الطيران الحربي نيران رشاشاته على مناطق بمحيط مطار "
                + "كويرس العسكري، الذي يحاصره تنظيم داعش بريف حلب الشرقي.");
        PlaceMention m = named(ms, "كويرس");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:kuwayris-aleppo");
    }

    @Test
    void mountainOfTheSameProvinceAsTheTownKeepsItsReading() {
        // "clashes in the city of Taizz and near Jabal al-Hasaba": a reading in Taizz province stands
        PlaceMention m = named(find("اشتباكات عنيفة في مدينة تعز وقرب جبل الحصبة أمس."), "الحصبة");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:hasabah");
    }

    @Test
    void districtIsNotMovedToTheTownOfTheSentenceBefore() {
        // "coalition aircraft struck Huth. The resistance advanced in Crater district": a district is a region of its
        // own; the town of the sentence before does not govern it
        PlaceMention m = named(find("شن طيران التحالف غارات على مدينة حوث. وتقدمت المقاومة الشعبية في مديرية كريتر."),
                "كريتر");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:crater");
    }

    @Test
    void districtIsNotMovedToATownNamedLaterInItsSentence() {
        // "a patrol was hit near Hubaysh junction in al-Makhadir district, as the patrols were heading to Taizz
        // province": the town after a district is where the patrols went, not the district's town
        PlaceMention m = named(find("استهدفت دورية عسكرية بالقرب من مفرق حبيش بمديرية المخادر حيث كانت الدوريتان "
                + "متوجهتين إلى محافظة تعز كتعزيزات."), "المخادر");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:makhadir");
    }

    @Test
    void placeAbroadTheArticleNamesNothingElseInGovernsNothing() {
        // "coalition aircraft struck Aden. They destroyed Houthi positions on Jabal al-Jarrah and on the supply lines in
        // the Red Sea": Egypt's Red Sea province, in a country the article names nowhere else, governs no mountain
        PlaceMention m = named(find("قصفت طائرات التحالف مواقع في مدينة عدن. ودمرت الطائرات مواقع للحوثيين في جبل الجرة "
                + "وعلى خطوط الإمداد في البحر الأحمر."), "الجرة");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:jarrah");
    }

    @Test
    void readingInTheNextProvinceNearTheTownStands() {
        // "the resistance in Aden took prisoners on the Radfan front": Radfan, a district of Lahij 85 km away, may be
        // right
        PlaceMention m = named(find("أسرت المقاومة في مدينة عدن عشرات الحوثيين في جبهة ردفان أمس."), "ردفان");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).startsWith("t:radfan");
    }

    @Test
    void listOfQuartersAfterASentenceAboutTaizzAreQuartersOfTaizz() {
        // "the Houthis shelled Taizz. The gunmen shelled the centre of the city, al-Rawdah and al-Misbah quarters":
        // a list of quarters names no other place (the sibling read as a Sanaa town governs nothing)
        PlaceMention m = named(find("قصف الحوثيون مدينة تعز أمس. وقصف المسلحون وسط المدينة وحي الروضة وحي المسبح."),
                "الروضة");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:taizz");
    }

    @Test
    void quarterOfATownIsNoVillageFiftyKilometresOff() {
        // "violence in the city of Taizz. An IED exploded in al-Yarmouk quarter": a quarter lies near its town
        PlaceMention m = named(find("قتل خمسة في أعمال عنف شهدتها مدينة تعز. وانفجرت عبوة ناسفة أمس في حي اليرموك ما أدى "
                + "إلى مقتل ستة مدنيين."),
                "اليرموك");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:taizz");
    }

    @Test
    void areaInACityIsThatCityNotANamesakeAbroad() {
        // "the commander was killed today in al-Alam area in Mukalla": the city the area is put in holds it, though
        // the article names nothing else; not the Iraqi namesake
        PlaceMention m = named(find("قتل اليوم القيادي في منطقة العلم بالمكلا بعد هجوم كاسح."), "العلم");
        assertThat(m).isNotNull();
        assertThat(m.place().id()).isEqualTo("t:mukalla");
    }

    @Test
    void punjabNamedWithIndianTownsIsIndianPunjab() {
        // "gunmen stormed a police station in Dinanagar, Gurdaspur district, in the state of Punjab"
        PlaceMention m = named(find("اقتحم مسلحون مركزا للشرطة في بلدة ديناناجار بمنطقة جورداسبور في ولاية البنجاب."),
                "البنجاب");
        assertThat(m).isNotNull();
        assertThat(m.place().country()).isEqualTo("IN");
    }

    @Test
    void punjabNamedWithLahoreIsPakistaniPunjab() {
        PlaceMention m = named(find("قتل شرطيان في هجوم بولاية البنجاب قرب مدينة لاهور."), "البنجاب");
        assertThat(m).isNotNull();
        assertThat(m.place().country()).isEqualTo("PK");
    }
}
