package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.SubEventType;

/**
 * Frames the rules used to veto or mis-merge (issue 9, recall), session 10: each rule with a made-up sentence it must
 * now frame and a near twin it must still leave alone.
 */
class RecallFramesTest {
    private static List<Frame> frames(String text) {
        SentenceFrames fs = new Fixture(text).frames(0);
        return fs == null ? List.of() : fs.frames();
    }

    @Test
    void andThatAfterAThreatDatesARealEvent() {
        // «وذلك بعد يوم من هجوم»: the threat is about what comes next, the attack after «وذلك» took place
        assertThat(frames("وقال الوزير إن العمليات ستستمر ما دامت بلاده تواجه تهديدا وذلك بعد يوم من هجوم شنته"
                + " الطائرات الحربية على مدينة عدن أمس.")).isNotEmpty();
        // without it the attack stays under the threat
        assertThat(frames("وقال الوزير إن العمليات ستستمر ما دامت بلاده تواجه تهديدا بعد يوم من هجوم شنته"
                + " الطائرات الحربية على مدينة عدن أمس.")).isEmpty();
        // a threat whose attack comes before «وذلك» is still a threat
        assertThat(frames("وهدد الحزب بشن هجوم على مدينة عدن وذلك ردا على تصريحات الوزير.")).isEmpty();
    }

    @Test
    void aGenericWordDoesNotTakeTheTypeOfABombingFarOnInALongSentence() {
        String operation = "وقال المسؤولون إن قوة أمنية شنت عملية عسكرية أمس على قرى تابعة لأطراف ناحية بعيدة"
                + " ومنطقة جبال شمال شرقي مدينة درعا تمكنت خلالها من قتل أحد عشر مسلحا من تنظيم داعش بينهم قيادي"
                + " عربي يحمل الجنسية البريطانية، ";
        String bombing = "وأشاروا إلى مقتل عشرة مدنيين في انفجار عبوتين ناسفتين في مدينة طفس.";
        // more than GENERIC_REACH tokens apart: the operation and the bombing stay two frames
        List<Frame> far = frames(operation + bombing);
        assertThat(far).hasSize(2);
        assertThat(far.get(0).generic()).isTrue();
        assertThat(far.get(1).subType()).isEqualTo(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
        // a generic word far after a frame still takes its type («صواريخ استهدفت مخازن … كما استهدف معسكرا»)
        List<Frame> after = frames("وقال شهود عيان إن ستة صواريخ أطلقتها الميليشيات أمس سقطت على مخازن السلاح في معسكر"
                + " شرق مدينة عدن أدت لتدميرها بالكامل وإحدى الشاحنات التي كانت محملة بالأسلحة وتقف أمام المعسكر"
                + " وظلت تحترق لبضع ساعات طويلة حتى ساعة متأخرة من الليل بحسب ما ذكره سكان المنطقة المجاورة الذين"
                + " شاهدوا النيران من بعيد، كما استهدف معسكر آخر في مدينة عدن.");
        assertThat(after).noneMatch(Frame::generic);
        // a generic word next to the bombing is still the bombing
        List<Frame> near = frames("وقال المسؤولون إن قوة أمنية شنت هجوما أمس على قرى قرب مدينة درعا، " + bombing);
        assertThat(near).hasSize(1);
        assertThat(near.get(0).subType()).isEqualTo(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }

    private static List<org.rasd.model.Event> extract(String text) {
        org.rasd.Rasd rasd = org.rasd.Rasd.withPlaces(org.rasd.io.DataPaths.resolve(null), Fixture.PLACES);
        return rasd.extract(new org.rasd.model.Article("t", Fixture.PUB, "", text, null, null)).events();
    }

    @Test
    void anArrestInAParagraphAboutATerrorCellIsCoded() {
        // the arrest sentence names no political side, the sentence before it in its paragraph does
        assertThat(extract("وتواصلت الحملة أمس ضد عناصر خلية إرهابية في مدينة عدن. واعتقلت الشرطة ثلاثة أشخاص آخرين"
                + " في مدينة عدن أمس.")).extracting(e -> e.subEventType().label()).containsExactly("Arrests");
        // after a campaign against drug dealers the same arrest is ordinary crime (ACLED codes no such arrests)
        assertThat(extract("وتواصلت الحملة أمس ضد تجار المخدرات في مدينة عدن. واعتقلت الشرطة ثلاثة أشخاص آخرين"
                + " في مدينة عدن أمس.")).isEmpty();
        // a crime report's «الأجهزة الأمنية» in the sentence before is no political side either
        assertThat(extract("وباشرت الأجهزة الأمنية الموقع في مدينة عدن أمس. واعتقلت الشرطة ثلاثة أشخاص آخرين"
                + " في مدينة عدن أمس.")).isEmpty();
        // «أوقفت تقدمهم» halted an advance: no arrest, even in a paragraph about militants
        assertThat(extract("وتواصلت الحملة أمس ضد عناصر خلية إرهابية في مدينة عدن. وقصفت المقاتلات مواقع المسلحين"
                + " وأوقفت تقدمهم في مدينة عدن أمس.")).extracting(e -> e.subEventType().label())
                .doesNotContain("Arrests");
    }

    @Test
    void withoutThatNegatesTheVerbAndTheStrikesItGoverns() {
        // «من دون أن تشن غارات»: the jets flew, no strike took place
        assertThat(frames("وحلقت مقاتلات تركية أمس في أجواء مدينة عدن من دون أن تشن غارات.")).isEmpty();
        // a strike after the negated clause still took place
        assertThat(frames("وحلقت مقاتلات تركية أمس في أجواء مدينة عدن من دون تحديد الهدف ثم شنت غارات.")).isNotEmpty();
    }

    @Test
    void openedFireWithTheGunmenBetweenVerbAndFireIsAnAttack() {
        // «فتح مسلحون النار»: the gunmen between the verb and «النار» are its subject, not a name the trigger is part of
        List<org.rasd.model.Event> events = extract("فتح مسلحون النار على مركز للشرطة في مدينة عدن أمس.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).subEventType()).isEqualTo(SubEventType.ARMED_CLASH);
        // opening a crossing is no shooting
        assertThat(extract("فتح مسلحون المعبر في مدينة عدن أمس.")).isEmpty();
    }
}
