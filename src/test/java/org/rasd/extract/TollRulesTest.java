package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.Event;

/** Fatalities by ACLED's rules (issue 9): never the injured or the arrested, never a tally, the updated toll. */
class TollRulesTest {
    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("الرمادي", "Ramadi", "IQ", 33.42056, 43.30778, 1)
            .add("تعز", "Taizz", "YE", 13.57952, 44.02091, 1)
            .add("درنة", "Darnah", "LY", 32.767, 22.63669, 1)
            .add("سروج", "Suruc", "TR", 36.97611, 38.42472, 1);
    private static final Rasd RASD = Rasd.withPlaces(DataPaths.resolve(null), PLACES);
    private static final LocalDate PUB = LocalDate.of(2015, 7, 25);

    static List<Event> extract(String text) {
        return RASD.extract(new Article("t", PUB, "", text, null, null)).events();
    }

    static Integer toll(String text) {
        List<Event> es = extract(text);
        assertThat(es).as(text).hasSize(1);
        return es.get(0).fatalities();
    }

    @Test
    void theInjuredAreNeverCountedAsDead() {
        assertThat(toll("أصيب 12 شخصا وقتل 3 آخرون في قصف على مدينة تعز أمس")).isEqualTo(3);
        assertThat(toll("قتل 5 وجرح 20 في قصف على مدينة تعز أمس")).isEqualTo(5);
        assertThat(toll("أصيب 12 شخصا في قصف على مدينة تعز أمس")).isEqualTo(0);
    }

    @Test
    void theArrestedAreNeverCountedAsDead() {
        assertThat(extract("قتل مسلحان واعتقل 20 آخرون في اشتباكات مع الجيش في مدينة الرمادي أمس"))
                .allMatch(e -> e.fatalities() == null || e.fatalities() < 20);
    }

    @Test
    void aTollBeforeTheInjuredAndTheArrestedStillBindsToTheClash() {
        assertThat(extract("قتل 3 أشخاص وأصيب 12 واعتقل 20 آخرون في اشتباكات بين الجيش ومسلحين في مدينة الرمادي أمس"))
                .anyMatch(e -> Integer.valueOf(3).equals(e.fatalities()));
    }

    @Test
    void noCasualtiesIsZero() {
        assertThat(toll("انفجرت سيارة مفخخة في مدينة درنة أمس لكن دون سقوط ضحايا")).isEqualTo(0);
    }

    @Test
    void aPeriodTallyIsNeverTheToll() {
        assertThat(toll("قتل 5 في قصف على مدينة تعز أمس، وبذلك ترتفع حصيلة القتلى خلال الأسبوع إلى 80 قتيلا")).isEqualTo(5);
        assertThat(extract("قصفت الميليشيات مدينة تعز أمس، وقتل نحو ألف شخص في المدينة خلال المعارك"))
                .allMatch(e -> e.fatalities() == null || e.fatalities() < 1000);
        assertThat(extract("قصفت الميليشيات مدينة تعز أمس، وقتل 300 شخص في المدينة حتى الآن"))
                .allMatch(e -> e.fatalities() == null || e.fatalities() < 300);
    }

    @Test
    void anUpdatedTollIsTaken() {
        assertThat(toll("وارتفعت حصيلة ضحايا التفجير الانتحاري في مدينة سروج أمس إلى 32 قتيلا، بعد أن كانت 27 قتيلا")).isEqualTo(32);
    }

    @Test
    void bothSidesDeadAreSummed() {
        assertThat(toll("قتل 8 من الحوثيين و3 من المقاومة الشعبية في اشتباكات في مدينة تعز أمس")).isEqualTo(11);
        assertThat(toll("قتل 8 من الحوثيين وقتل واحد من المقاومة في اشتباكات في مدينة تعز أمس")).isEqualTo(9);
    }

    @Test
    void severalStrikesOfOneEventAreSummed() {
        assertThat(toll("شن طيران التحالف غارتين على مدينة تعز أمس، أسفرت الأولى عن مقتل 3 أشخاص والثانية عن مقتل 4 آخرين"))
                .isEqualTo(7);
    }

    @Test
    void aRepeatedPartOrSeparateFigureIsNotAdded() {
        // a part of the toll ("among them"), the same figure told twice, a separate report ("while")
        assertThat(toll("قتل 20 شخصا بينهم 5 أطفال في قصف على مدينة تعز أمس")).isEqualTo(20);
        assertThat(toll("قتل 57 مدنيا في قصف على مدينة تعز أمس، وقتل 57 مدنيا على الأقل")).isEqualTo(57);
        assertThat(toll("قتل 30 شخصا في تفجير في مدينة الرمادي أمس فيما قتل عنصران في مكان آخر")).isEqualTo(30);
    }

    @Test
    void notesFollowTheSummedToll() {
        List<Event> es = extract("قتل 8 من الحوثيين و3 من المقاومة الشعبية في اشتباكات في مدينة تعز أمس");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).notes()).contains("11 fatalities.");
    }

    @Test
    void theFigureOfADeathCueJoinedToTheAttackByACauseCounts() {
        // the death cue and its figure come before the attack, joined by "in" / "as a result of"
        assertThat(toll("قتل 20 متمردا بينهم قيادي من مليشيات الحوثي في قصف لطيران التحالف لتجمع لهم في مدينة تعز أمس"))
                .isEqualTo(20);
        assertThat(toll("أدى ذلك إلى مقتل 18 مدنيا وإصابة 26 آخرين وتدمير 13 منزلا وإحراق ثماني سيارات جراء سقوط قذائف هاون على منازل في مدينة تعز أمس"))
                .isEqualTo(18);
    }

    @Test
    void shellsAndLabelsAreNotDead() {
        // "160 shells on the town, which killed one person": 1, not 160 (snn-2015-07-21-2034)
        assertThat(toll("قصفت فصائل المعارضة مدينة تعز أمس بنحو 160 قذيفة، ما أدى إلى مقتل شخص وإصابة آخرين بجروح"))
                .isEqualTo(1);
        // "the 151st class" graduating, "brigade 55": names, not counts
        assertThat(toll("قتل قائد اللواء 55 في قصف على مدينة تعز أمس")).isEqualTo(1);
    }

    @Test
    void aLargeFigureInATallysSentenceIsNeverTheToll() {
        // a headline run into the lead, "about a thousand killed in Aden during the fighting" (snn-2015-07-21-2102)
        assertThat(extract("ألف قتيل وقال وزير النقل اليمني إن نحو ألف شخص قتلوا في مدينة تعز خلال المعارك وقصف مليشيا الحوثي للمدينة."))
                .allMatch(e -> e.fatalities() == null || e.fatalities() < 1000);
        // coalition strikes and raids in the plural with a figure of months (snn-2015-07-24-1842)
        assertThat(extract("كما لقي ما لا يقل عن 115 مسلحا حتفهم جراء ضربات صاروخية وغارات للتحالف على مقرات في مدينة تعز"))
                .allMatch(e -> e.fatalities() == null || e.fatalities() < 115);
        // a large figure of one attack still counts
        assertThat(toll("قتل 120 شخصا في تفجير سيارة مفخخة في سوق مدينة الرمادي أمس")).isEqualTo(120);
    }

    @Test
    void aNamedVictimAndTheCountJoinedToHimAreSummed() {
        // "the killing of the governor and three of his aides" (snn-2015-07-26-0118): 4
        assertThat(toll("هاجم مسلحو العشائر منزل والي داعش في مدينة الرمادي أمس واشتبكوا مع حراسه، ما أدى إلى مقتل الوالي وثلاثة من مساعديه"))
                .isEqualTo(4);
        assertThat(toll("قتل قيادي بارز و11 من معاونيه في اشتباكات مع الجيش في مدينة الرمادي أمس")).isEqualTo(12);
    }

    @Test
    void inAClashTheOtherSidesDeadAfterWhileAreAdded() {
        // "8 Houthis were killed and dozens wounded, while one resistance fighter was killed" (snn-2015-07-22-0925)
        assertThat(toll("قتل 8 من الحوثيين وأصيب العشرات في اشتباكات مع المقاومة في مدينة تعز أمس، فيما قتل 2 من رجال المقاومة"))
                .isEqualTo(10);
        // not in a bombing, and not when the second count is elsewhere
        assertThat(toll("قتل 30 شخصا في تفجير في مدينة الرمادي أمس فيما قتل عنصران في مكان آخر")).isEqualTo(30);
        assertThat(extract("قتل 8 من الحوثيين في اشتباكات مع المقاومة في مدينة تعز أمس، فيما قتل 2 من المقاومة في مدينة الرمادي"))
                .noneMatch(e -> Integer.valueOf(10).equals(e.fatalities()));
    }

    @Test
    void aDeathWordWithASingularPronounIsOneVictim() {
        // "which led to his killing" (snn-2015-07-25-0591): 1, not the vague 3
        assertThat(toll("طاردت قوات الأمن مسلحا في مدينة الرمادي أمس وأطلقت النار عليه ما أدى إلى مقتله")).isEqualTo(1);
        assertThat(toll("طاردت قوات الأمن مسلحين في مدينة الرمادي أمس وأطلقت النار عليهم ما أدى إلى مقتلهم")).isEqualTo(3);
    }

    @Test
    void theDeadAndWoundedTogetherAreNeverADeathToll() {
        assertThat(toll("أسفر القصف على مدينة تعز أمس عن سقوط 20 قتيلا وجريحا")).isEqualTo(3);
        assertThat(toll("أسفر القصف على مدينة تعز أمس عن سقوط 45 بين قتيل وجريح")).isEqualTo(3);
        assertThat(toll("أسفر القصف على مدينة تعز أمس عن مقتل وإصابة 45 شخصا")).isEqualTo(3);
        // the dead and the wounded counted apart still give the dead
        assertThat(toll("أسفر القصف على مدينة تعز أمس عن سقوط 5 قتلى و20 جريحا")).isEqualTo(5);
        assertThat(toll("أسفر القصف على مدينة تعز أمس عن 30 إصابة و5 وفيات")).isEqualTo(5);
        // "two soldiers were killed and ten wounded" (snn-2015-07-25-0477): the dead are counted apart
        assertThat(toll("وقال مسعفون إن جنديين قتلا وأصيب عشرة بجروح في قتال في وسط مدينة الرمادي أمس")).isEqualTo(2);
        // "15 Houthis were killed and others wounded in an air strike" (snn-2015-07-23-0035)
        assertThat(toll("قالت مصادر إن 15 من مسلحي الحوثي قتلوا وجرح آخرون في غارة جوية على مدينة تعز أمس")).isEqualTo(15);
        // "dozens of civilians were killed and wounded" (snn-2015-07-21-0074): no count of the dead
        assertThat(toll("قتل وجرح 12 مدنيا في غارة جوية على مدينة تعز أمس")).isEqualTo(3);
    }

    @Test
    void twoSourcesOfOneTollGiveTheLowerFigure() {
        // snn-2015-07-25-1225: the group claims 113, army sources 58
        assertThat(toll("أفادت مصادر التنظيم بأن 113 من الحشد قتلوا في هجوم على موقع في مدينة الرمادي أمس، "
                + "بينما أفادت مصادر في الجيش بأن الهجوم أسفر عن مقتل 58 وإصابة العشرات")).isEqualTo(58);
    }
}
