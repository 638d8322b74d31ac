package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Cues of reports that are no event (issue 9, the stream audit's not-event rows): routines, obligations, history,
 * an individual's crime, animals, a topic that «dominated». Each pair: the same made-up sentence with and without
 * the cue.
 */
class NotEventCuesTest {
    private static boolean framed(String text) {
        SentenceFrames fs = new Fixture(text).frames(0);
        return fs != null && !fs.frames().isEmpty();
    }

    @Test
    void aDailyOrWeeklyRoutineIsNoIncidentButADailyReportsNewsIs() {
        assertThat(framed("وتواصل الطائرات الأمريكية غاراتها على مواقع القاعدة في مدينة عدن.")).isTrue();
        assertThat(framed("وتواصل الطائرات الأمريكية غاراتها اليومية على مواقع القاعدة في مدينة عدن.")).isFalse();
        assertThat(framed("وتنفذ الطائرات الأمريكية غارات أسبوعيا على مواقع القاعدة في مدينة عدن.")).isFalse();
        // «في تقريره اليومي» masks the adjective: the report's news is still an event
        assertThat(framed("وذكر المرصد في تقريره اليومي أن طائرات النظام قصفت مدينة طفس.")).isTrue();
    }

    @Test
    void anObligationIsNoAct() {
        assertThat(framed("وقال مصدر إن قوات التحالف استهدفت مواقع الحوثيين في مدينة عدن.")).isTrue();
        assertThat(framed("وقال مصدر إن على قوات التحالف استهداف مواقع الحوثيين في مدينة عدن.")).isFalse();
        assertThat(framed("وأشار إلى ضرورة تركيز الضربات الجوية على مواقع الحوثيين في مدينة عدن.")).isFalse();
        // «أن على الأقل» (that at least) is no obligation
        assertThat(framed("وقال مصدر إن على الأقل خمسة قتلوا في قصف على مدينة عدن.")).isTrue();
    }

    @Test
    void aPastDecadeSetsTheSentenceInHistory() {
        assertThat(framed("وأطلق الجيش العراقي صواريخ على مدينة عدن.")).isTrue();
        assertThat(framed("وفي التسعينات أطلق الجيش العراقي صواريخ على مدينة عدن.")).isFalse();
    }

    @Test
    void aCitizensDeedAndALoneGunmansRampageAreCrime() {
        assertThat(framed("وأقدم مسلحون على قتل رجل بالرصاص في مدينة عدن.")).isTrue();
        assertThat(framed("وأقدم مواطن على قتل رجل بالرصاص في مدينة عدن.")).isFalse();
        assertThat(framed("وقتل مسلح شخصين بالرصاص في صالة سينما في مدينة عدن.")).isTrue();
        assertThat(framed("وقتل مسلح شخصين بالرصاص في صالة سينما في مدينة عدن قبل أن ينتحر.")).isFalse();
    }

    @Test
    void seekingAnExchangeIsNoAgreement() {
        assertThat(framed("وأجرى الحوثيون عمليات تبادل للأسرى مع المقاومة في مدينة عدن.")).isTrue();
        assertThat(framed("والحوثيون يسعون إلى إجراء عمليات تبادل للأسرى مع المقاومة في مدينة عدن.")).isFalse();
    }

    @Test
    void animalsAreNoVictimsOfSlaughterNorAnAttackTactic() {
        assertThat(framed("وذبح المسلحون عشرة أشخاص في مدينة عدن.")).isTrue();
        assertThat(framed("وأبدى الأهالي استياءهم من الزحام وأولوية الذبح بمسلخ مدينة عدن.")).isFalse();
        assertThat(framed("وربط المسلحون أحزمة ناسفة حول الجنود في مدينة عدن.")).isTrue();
        assertThat(framed("وربط المسلحون أحزمة ناسفة حول الدجاج في مدينة عدن.")).isFalse();
    }

    @Test
    void aTopicThatDominatedControlsNoTerritory() {
        assertThat(framed("وسيطر المسلحون على مدينة عدن.")).isTrue();
        assertThat(framed("وسيطر الملف اليمني على مجريات المؤتمر في مدينة عدن.")).isFalse();
        assertThat(framed("وسيطر الهدوء على مدينة عدن.")).isFalse();
    }

    @Test
    void aboutMonthsAgoIsBackgroundAboutDaysAgoIsNot() {
        assertThat(framed("ووقع هجوم قبل حوالي ثلاثة أيام في مدينة عدن على يد مسلحين قتل فيه 20 شخصا.")).isTrue();
        assertThat(framed("ووقع هجوم قبل حوالي ثلاثة أشهر في مدينة عدن على يد مسلحين قتل فيه 20 شخصا.")).isFalse();
        // «منذ نحو شهر» is how long a state has lasted, not the date of the act in its clause
        assertThat(framed("وأعلنت الفصائل بدء معارك في مدينة عدن نصرة لمدينة طفس التي تتعرض منذ نحو شهر لهجوم واسع."))
                .isTrue();
    }

    @Test
    void whatASideSaidInEarlierStatementsIsBackground() {
        assertThat(framed("وكانت المقاومة قد أكدت أنها حررت مدينة عدن.")).isTrue();
        assertThat(framed("وكانت المقاومة قد أكدت في تصريحات سابقة لها أنها حررت مدينة عدن.")).isFalse();
    }

    @Test
    void actsDoneWhenAnEarlierSeizureHappenedAreRetold() {
        assertThat(framed("وقام المسلحون الحوثيون باقتحام منزل القائد العسكري في مدينة عدن.")).isTrue();
        assertThat(framed("وقام المسلحون الحوثيون عند سيطرتهم على مدينة عدن باقتحام منزل القائد العسكري.")).isFalse();
    }

    @Test
    void aDeedQualifiedByAnImperfectRelativeClauseIsAPracticeNotAnIncident() {
        assertThat(framed("واتهم الوزير الحوثيين بأعمال الشغب في مدينة عدن أمس.")).isTrue();
        assertThat(framed("واتهم الوزير الحوثيين بأعمال الشغب التي يقومون بها في مدينة عدن.")).isFalse();
        // the relative clause qualifies only the word right before it: the protests against the operations stay
        assertThat(framed("وشهدت مدينة عدن أمس احتجاجات ضد العمليات التي يقوم بها الجيش.")).isTrue();
    }

    @Test
    void aMonkeyThatSnatchesABagAbductsNoOne() {
        assertThat(framed("وخطف مسلحون امرأة في مدينة عدن.")).isTrue();
        assertThat(framed("وانقض قرد على امرأة وخطف حقيبتها في مدينة عدن.")).isFalse();
    }

    @Test
    void fightersSentToJoinTheFightingAreNoBattle() {
        assertThat(framed("وخاض الحوثيون القتال في مدينة عدن.")).isTrue();
        assertThat(framed("واستقدم الحوثيون عددا من الشباب للمشاركة في القتال في مدينة عدن.")).isFalse();
        assertThat(framed("واستقدم الحوثيون عددا من الشباب للانضمام إلى القتال في مدينة عدن.")).isFalse();
    }
}
