package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Not-events of issue 9 told with event words: a state since an old event, a group's growth told as boilerplate,
 * exercises and war scenarios, a halt that a truce announces, a claim dismissed as fabrication, a diplomatic protest,
 * the nuclear bomb, fatal mistakes. Each pair: the same made-up sentence as an event and as a not-event.
 */
class StatementAndRehearsalCuesTest {
    private static boolean framed(String text) {
        SentenceFrames fs = new Fixture(text).frames(0);
        return fs != null && !fs.frames().isEmpty();
    }

    @Test
    void aStateSinceAnOldCaptureIsBackground() {
        assertThat(framed("واستولت جماعة منافسة على مدينة طرابلس.")).isTrue();
        assertThat(framed("وتتخذ الحكومة من مدينة طبرق مقرا لها منذ أن استولت جماعة منافسة على مدينة طرابلس.")).isFalse();
        assertThat(framed("واستغل تنظيم داعش فراغا أمنيا وخطف أجانب في مدينة طرابلس.")).isFalse();
    }

    /** Whether the sentence has a frame of sub-type {@code sub}. */
    private static boolean framedAs(String text, org.rasd.model.SubEventType sub) {
        SentenceFrames fs = new Fixture(text).frames(0);
        return fs != null && fs.frames().stream().anyMatch(f -> f.subType() == sub);
    }

    @Test
    void anExerciseOrAWarScenarioIsRehearsed() {
        assertThat(framed("ونفذت القوات الخاصة عملية اقتحام في مدينة تبوك.")).isTrue();
        assertThat(framed("وشمل التمرين المشترك عملية اقتحام في مدينة تبوك.")).isFalse();
        assertThat(framed("وبحسب السيناريو يطلق حزب الله الصواريخ على مدينة حيفا.")).isFalse();
    }

    @Test
    void whatATruceHaltsIsNoStrike() {
        org.rasd.model.SubEventType air = org.rasd.model.SubEventType.AIR_DRONE_STRIKE;
        assertThat(framedAs("وأعلن التحالف هدنة إنسانية وشنت طائراته الغارات على مدينة عدن.", air)).isTrue();
        assertThat(framedAs("وأعلن التحالف هدنة إنسانية تتوقف خلالها الغارات على مدينة عدن.", air)).isFalse();
        // a call for a halt stays a demand
        assertThat(framed("وطالب مجلس المحافظة رئيس الوزراء بوقف القصف على مدينة الفلوجة.")).isFalse();
        // a halt denied: the strikes go on
        assertThat(framed("وقالت مصادر إن المقاتلات لم تتوقف منذ ساعات عن قصف مدينة لحج.")).isTrue();
    }

    @Test
    void aClaimDismissedAsFabricationIsNoStrike() {
        assertThat(framed("وأعلن الحوثيون استهداف مطار مدينة عدن بصاروخ سكود.")).isTrue();
        assertThat(framed("وسخر اللواء من ادعاءات الحوثيين استهداف مطار مدينة عدن بصاروخ سكود.")).isFalse();
    }

    @Test
    void aDiplomaticProtestANuclearBombAndFatalMistakesAreIdioms() {
        assertThat(framed("وخرج المئات في احتجاج في مدينة لاهور.")).isTrue();
        assertThat(framed("وقالت باكستان إنها تتقدم باحتجاج على هذا العمل في مدينة لاهور.")).isFalse();
        assertThat(framed("وانفجرت قنبلة في مدينة طهران.")).isTrue();
        assertThat(framed("ويحول الاتفاق دون حصول إيران على القنبلة النووية في مدينة طهران.")).isFalse();
        assertThat(framed("وأدت أخطاء قاتلة إلى تكوين قاعدة من المقاتلين في مدينة بغداد.")).isFalse();
    }

    @Test
    void fleeingFromFightingIsNoIncident() {
        assertThat(framed("واندلع الاقتتال بين الميليشيات في مدينة درنة.")).isTrue();
        assertThat(framed("وجاء الليبيون إلى مدينة القاهرة هربا من الاقتتال بين الميليشيات.")).isFalse();
    }

    @Test
    void praiseOfAnOperationIsAStatement() {
        assertThat(framed("وقصفت القوات العراقية مواقع داعش في مدينة الرمادي.")).isTrue();
        assertThat(framed("وأشاد الوزير بقصف القوات العراقية مواقع داعش في مدينة الرمادي.")).isFalse();
        // «هنا» (here) and «ثمن» (price) are no praise
        assertThat(framed("وقال مصدر هنا إن القوات العراقية قصفت مواقع داعش في مدينة الرمادي.")).isTrue();
        assertThat(framed("وارتفع ثمن قذائف الهاون بعد قصف القوات العراقية مدينة الرمادي.")).isTrue();
    }

    @Test
    void haltingAnAdvanceIsNoArrest() {
        assertThat(framed("وأعلنت الشرطة توقيف ثلاثة مطلوبين في مدينة حلب.")).isTrue();
        assertThat(framed("وحشد النظام قوات في مدينة حلب مما يتيح له توقيف التمدد المعارض.")).isFalse();
    }
}
