package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.extract.TollRulesTest.extract;
import static org.rasd.extract.TollRulesTest.toll;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.Event;

/**
 * Tolls of clauses and victims (issue 9 item 4): a «فيما» clause with its own dead and place is another event, a death
 * word caused by a later attack is that attack's, the dual and "with" count victims, arrests carry no deaths.
 * Made-up sentences.
 */
class TollClausesTest {
    private static Integer tollAt(List<Event> es, String place) {
        return es.stream().filter(e -> place.equals(e.location().name())).map(Event::fatalities).findFirst()
                .orElse(null);
    }

    @Test
    void aWhileClauseWithItsOwnDeadAndPlaceIsAnotherEvent() {
        List<Event> es = extract("أسفر تفجير سيارة مفخخة في مدينة الرمادي أمس عن مقتل 12 شخصا، "
                + "فيما قتل ثلاثة أشخاص في تفجير عبوة ناسفة استهدف سوقا في مدينة درنة");
        assertThat(tollAt(es, "Ramadi")).isEqualTo(12);
        assertThat(tollAt(es, "Darnah")).isEqualTo(3);
    }

    @Test
    void theFirstClausesDeadAreNotTheLaterAttacks() {
        // "about 30 were killed on the fronts of Yemen, while 7 civilians were killed in shelling on Taiz"
        assertThat(toll("قتل نحو 30 من المسلحين في جبهات القتال في البلاد أمس، "
                + "بينما لقي 7 مدنيين مصرعهم في قصف عشوائي على أحياء مدينة تعز")).isEqualTo(7);
    }

    @Test
    void whileHeWasPassingIsNoSeparateReport() {
        // «بينما كان يمر»: what the victim was doing, the death is still the attack's
        assertThat(toll("أطلق مسلحون النار على دورية للشرطة أمس بينما كانت تمر في سوق مدينة الرمادي، فقتل 4 من عناصرها"))
                .isEqualTo(4);
    }

    @Test
    void aDeathWordCausedByALaterAttackIsThatAttacks() {
        List<Event> es = extract("قصفت طائرات التحالف معسكرا للحوثيين في مدينة تعز أمس، "
                + "فيما قتل 22 من الحوثيين في كمين للمقاومة في مدينة درنة");
        assertThat(tollAt(es, "Taizz")).isEqualTo(0);
    }

    @Test
    void dualFormsCountTwo() {
        assertThat(toll("أعلن الحزب أن الضابطين قتلا في هجوم مسلح في مدينة الرمادي أمس")).isEqualTo(2);
        assertThat(toll("طاردت قوات الأمن مسلحين في مدينة الرمادي أمس وأطلقت النار عليهما ما أدى إلى مقتلهما")).isEqualTo(2);
        // the plural pronoun stays a vague toll
        assertThat(toll("طاردت قوات الأمن مسلحين في مدينة الرمادي أمس وأطلقت النار عليهم ما أدى إلى مقتلهم")).isEqualTo(3);
    }

    @Test
    void aSingularVictimWithItsAdjectiveIsOne() {
        assertThat(toll("قال مسؤول إن جنديا عراقيا قتل في اشتباكات مع مسلحين في مدينة الرمادي أمس")).isEqualTo(1);
    }

    @Test
    void killedWithHisCompanionsCountsHimToo() {
        assertThat(toll("اشتبكت قوات الأمن مع قيادي في التنظيم في مدينة الرمادي أمس فقتل مع ثلاثة من مرافقيه"))
                .isEqualTo(4);
        assertThat(toll("اشتبكت قوات الأمن مع قيادي في التنظيم في مدينة الرمادي أمس فقتل مع أحد مرافقيه"))
                .isEqualTo(2);
    }

    @Test
    void vehiclesDestroyedAreNotDead() {
        assertThat(toll("دمرت غارة للتحالف على مدينة تعز أمس ثلاثة أطقم للحوثيين وقتلت القيادي أبو علي و20 من مرافقيه"))
                .isEqualTo(21);
    }

    @Test
    void anArrestCarriesNoDeaths() {
        // ACLED: the arrest is a strategic development with no fatalities; the death belongs to a violent event
        List<Event> es = extract("نفذت قوات الأمن عملية في مدينة الرمادي أمس أسفرت عن اعتقال ثمانية مسلحين");
        assertThat(es).allMatch(e -> e.fatalities() == 0);
        List<Event> withDeath = extract("اعتقلت قوات الأمن ثمانية مسلحين في مدينة الرمادي أمس وقتلت أحدهم");
        assertThat(withDeath).filteredOn(e -> "Arrests".equals(e.subEventType().label()))
                .allMatch(e -> e.fatalities() == 0 && e.notes().endsWith("No fatalities reported."));
    }

    @Test
    void theDeadOfABombingBeforeARaidWordAreTheBombings() {
        // «قوة المداهمة» names the force hit by the bomb: the deaths after it are the bombing's
        assertThat(extract("انفجرت عبوة ناسفة في مدينة الرمادي أمس في إحدى مركبات قوة المداهمة، "
                + "مما أسفر عن استشهاد ضابط وثلاثة جنود"))
                .anyMatch(e -> Integer.valueOf(4).equals(e.fatalities()));
    }

    @Test
    void andInAnotherPlaceWithItsOwnEventWordIsAnotherReport() {
        // «، وفي لحج دارت اشتباكات»: the ambush's dead are not the clash's, nor divided with it
        List<Event> es = extract("نصبت المقاومة كمينا للحوثيين في مدينة تعز أمس قتل فيه 22 مسلحا، "
                + "وفي مدينة درنة دارت اشتباكات عنيفة بين الجيش ومسلحين");
        assertThat(tollAt(es, "Taizz")).isEqualTo(22);
        assertThat(tollAt(es, "Darnah")).isEqualTo(0);
    }

    @Test
    void aCountOverDaysOrOngoingBattlesIsATally() {
        assertThat(extract("قصفت الطائرات مدينة الرمادي أمس، وقال مصدر إنه قتل خلال اليومين الماضيين أكثر من 30 مسلحا"))
                .allMatch(e -> e.fatalities() < 30);
        assertThat(extract("اشتبك الجيش مع مسلحين في مدينة تعز أمس، وتسببت المعارك المتواصلة بمقتل 80 مقاتلا من الطرفين"))
                .allMatch(e -> e.fatalities() < 80);
        // a day's figure stays
        assertThat(toll("اشتبك الجيش مع مسلحين في مدينة تعز أمس، وأسفرت المعارك عن مقتل 80 مقاتلا من الطرفين"))
                .isEqualTo(80);
    }

    @Test
    void aSingularVictimInTheAccusativeIsOne() {
        assertThat(toll("وقال المصدر إن شخصا قتل وأصيب خمسة آخرون بتفجير عبوة ناسفة في مدينة الرمادي أمس")).isEqualTo(1);
    }

    @Test
    void theOtherSidesDeadOfATallyShareItsPeriod() {
        assertThat(extract("اندلعت معارك عنيفة في مدينة تعز خلال اليومين الماضيين أدت إلى مقتل 30 مسلحا، "
                + "فيما قتل من جانب المقاومة ثمانية أشخاص"))
                .allMatch(e -> e.fatalities() < 8);
    }

    @Test
    void aLaterAttackAfterWhereasDoesNotTakeTheDead() {
        // «في حين رد التنظيم بقصف»: the reply is another report, the 15 are the clash's
        assertThat(extract("اشتبكت فصائل المعارضة مع مسلحي التنظيم قرب مدينة الرمادي أمس وقتلت 15 عنصرا منهم، "
                + "في حين رد التنظيم بقصف مدفعي على المدينة"))
                .anyMatch(e -> e.fatalities() == 15);
    }
}
