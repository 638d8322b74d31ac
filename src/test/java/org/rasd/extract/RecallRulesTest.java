package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.SubEventType;

/**
 * Events the rules used to veto or never frame (issue 9, recall): each rule with a made-up sentence it must now
 * frame and a near twin it must still leave alone.
 */
class RecallRulesTest {
    private static List<SubEventType> types(String text) {
        SentenceFrames fs = new Fixture(text).frames(0);
        return fs == null ? List.of() : fs.frames().stream().map(Frame::subType).toList();
    }

    @Test
    void gunmenOpeningFireAtAWeddingAttackItButCelebratoryGunfireIsAnAccident() {
        assertThat(types("وقتل عشرون شخصا عندما فتح مسلحون النار في حفل زفاف في مدينة عدن أمس.")).isNotEmpty();
        assertThat(types("وقتل طفل عندما أطلق رجل النار في حفل زفاف في مدينة عدن أمس.")).isEmpty();
        // an armed group elsewhere in the sentence is what lifts the cue: without it the same shooting is blocked
        assertThat(types("وقتل عشرون شخصا عندما فتح رجل النار في حفل زفاف في مدينة عدن أمس.")).isEmpty();
    }

    @Test
    void anIncidentIsAnAccidentUnlessItsSentenceNamesTheAttack() {
        // «الحادث» with a roadside bomb: the incident is the bombing
        assertThat(types("وأصيب خمسة جنود في حادث انفجار عبوة ناسفة في مدينة عدن أمس."))
                .contains(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
        // a burning after a rocket attack: «إضافة لاحتراق عدد من السيارات العسكرية بعد قصف بصواريخ»
        assertThat(types("وقتل جنود أمس إضافة لاحتراق عدد من السيارات بعد قصف بصواريخ غراد على مدينة عدن."))
                .isNotEmpty();
        // a bare explosion or death in an incident is still an accident
        assertThat(types("وقتل ثلاثة أشخاص في حادث انفجار في مدينة عدن أمس.")).isEmpty();
        assertThat(types("وتوفي شخصان في حادث سير في مدينة عدن أمس.")).isEmpty();
    }

    @Test
    void destroyedIsAnAirStrikeOnlyWithAircraftNamed() {
        assertThat(types("ودمرت طائرات التحالف مواقع للحوثيين في مدينة عدن أمس."))
                .contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(types("ونجحت طائرات التحالف في تدمير مواقع للحوثيين في مدينة عدن أمس."))
                .contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(types("ودمر المسلحون التماثيل الأثرية في مدينة عدن أمس.")).isEmpty();
        // «الحربي» of a media office names no aircraft
        assertThat(types("وأعلنت خلية الإعلام الحربي تدمير معمل للتفخيخ في مدينة عدن أمس."))
                .doesNotContain(SubEventType.AIR_DRONE_STRIKE);
        assertThat(types("ودمرت عبوة ناسفة عربة عسكرية في مدينة عدن أمس."))
                .doesNotContain(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void aThreatEndsAtInTheWakeOfAndTheEventAfterItTookPlace() {
        assertThat(types("وهدد الحزب بقطع الهدنة إثر الغارات الجوية التي شنها الجيش على مدينة عدن أمس."))
                .contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(types("وهدد الحزب بشن غارات جوية على مدينة عدن.")).isEmpty();
        assertThat(types("وهدد الحزب بقطع الهدنة بعد الغارات الجوية التي شنها الجيش على مدينة عدن أمس.")).isEmpty();
    }
}
