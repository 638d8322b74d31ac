package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Inter;
import org.rasd.model.SubEventType;

/**
 * Strict F1 fields (issue 9, second pass): who makes an arrest, and the toll or sub-type a later sentence gives a
 * matched event, on made-up sentences of the kinds the train split got wrong.
 */
class StrictFieldsTest {
    private static final LocalDate PUB = LocalDate.of(2015, 7, 22);

    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("طنجة", "Tangier", "MA", 35.76727, -5.79975, 1)
            .country("المغرب", "Morocco", "MA", 32.0, -6.0)
            .add("سجنان", "Sejenane", "TN", 37.05, 9.23, 1)
            .country("تونس", "Tunisia", "TN", 34.0, 9.0)
            .add("مقديشو", "Mogadishu", "SO", 2.03711, 45.34375, 1)
            .country("الصومال", "Somalia", "SO", 6.0, 46.0)
            .add("تعز", "Ta'izz", "YE", 13.57952, 44.02091, 1)
            .country("اليمن", "Yemen", "YE", 15.5, 47.5)
            .add("الطوال", "Al Tuwal", "SA", 16.97, 43.26, 1)
            .country("السعودية", "Saudi Arabia", "SA", 24.0, 45.0);

    private static List<Event> extract(String text) {
        Rasd rasd = Rasd.withPlaces(DataPaths.resolve(null), PLACES);
        return rasd.extract(new Article("t", PUB, "", text, null, null)).events();
    }

    @Test
    void anArrestOfATerroristCellIsMadeByThePolice() {
        // "the Moroccan authorities announced yesterday that they dismantled a terrorist cell of eight active members in
        // Tangier": the police arrest, the cell is arrested
        List<Event> es = extract("وأعلنت السلطات المغربية أمس تفكيك خلية إرهابية تضم ثمانية أعضاء ناشطين في مدينة طنجة.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.ARRESTS);
            assertThat(e.actor1().inter()).isEqualTo(Inter.STATE_FORCES);
            assertThat(e.actor1().name()).isEqualTo("Police Forces of Morocco");
        });
    }

    @Test
    void theResistanceAloneInYemenIsThePopularResistance() {
        // "the resistance took yesterday all the positions the Houthi militias held in the centre of the city of Taiz":
        // the Popular Resistance took them, not the Houthis
        List<Event> es = extract("وسيطرت المقاومة أمس على جميع المواقع التي كانت تتمركز فيها مليشيات الحوثي وسط مدينة تعز.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            assertThat(e.actor1().name()).isEqualTo("Popular Resistance (Yemen)");
        });
    }

    @Test
    void theResistanceRegainsForTheGovernmentOnlyRetakingOrWithTheArmy() {
        // "the Popular Resistance took yesterday Houthi positions in the city of Taiz": alone, a non-state actor's gain
        assertThat(extract("وسيطرت المقاومة الشعبية أمس على مواقع للحوثيين في مدينة تعز."))
                .singleElement().satisfies(e -> assertThat(e.subEventType())
                        .isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        // "the Popular Resistance backed by the national army took the centre of Taiz yesterday", "the Popular
        // Resistance and the national army took the centre of Taiz yesterday" and "the Popular
        // Resistance retook yesterday the Jumhuri quarter of Taiz": the government's side regains them
        assertThat(extract("وسيطرت المقاومة الشعبية المسنودة بقوات الجيش الوطني أمس على وسط مدينة تعز."))
                .singleElement().satisfies(e -> assertThat(e.subEventType())
                        .isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY));
        assertThat(extract("وسيطرت المقاومة الشعبية والجيش الوطني أمس على وسط مدينة تعز."))
                .singleElement().satisfies(e -> assertThat(e.subEventType())
                        .isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY));
        assertThat(extract("واستعادت المقاومة الشعبية أمس السيطرة على حي الجمهوري في مدينة تعز."))
                .singleElement().satisfies(e -> assertThat(e.subEventType())
                        .isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY));
    }

    @Test
    void aDeathThatResultsFromWhatASentenceOfItsParagraphToldIsTheEventsToll() {
        // "Tunisian forces launched an operation yesterday in Sejenane against terrorist elements. The forces arrested
        // 13 of them while one fled. The fugitive opened fire on the units, which forced them to respond, which led to
        // his death": the operation's toll is 1, told two sentences on by «ما أدى إلى مقتله»
        List<Event> es = extract("وشنت القوات التونسية أمس عملية أمنية في مدينة سجنان استهدفت عناصر إرهابية مسلحة."
                + " وتمكنت القوات من تطويق المكان والقبض على 13 عنصرا في حين لاذ أحدهم بالفرار."
                + " وبادر العنصر الفار بإطلاق النار تجاه الوحدات الأمنية وهو ما أجبرها على الرد ما أدى إلى مقتله.");
        assertThat(es).anySatisfy(e -> {
            assertThat(e.location().name()).isEqualTo("Sejenane");
            assertThat(e.fatalities()).isEqualTo(1);
        });
    }

    @Test
    void oneFamilyIsNoToll() {
        // "medical sources said eight people of one family were killed yesterday in shelling of their home in Taiz"
        List<Event> es = extract("وقالت مصادر طبية إن ثمانية أشخاص من أسرة واحدة قتلوا أمس في قصف تعرض له منزلهم في مدينة تعز.");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.fatalities()).isEqualTo(8));
    }

    @Test
    void theMilitiasOfTheDeposedPresidentWhoseAttackWasFoiledAttacked() {
        // "Saudi forces foiled today an attack of the militias of the deposed Yemeni president on the Tuwal border
        // crossing": Saleh's militias attacked
        List<Event> es = extract("وأحبطت القوات السعودية اليوم هجوما لميليشيات الرئيس اليمني المخلوع على منفذ الطوال الحدودي.");
        assertThat(es).singleElement().satisfies(e ->
                assertThat(e.actor1().name()).isEqualTo("Military Forces of Yemen (Saleh loyalists)"));
    }
}
