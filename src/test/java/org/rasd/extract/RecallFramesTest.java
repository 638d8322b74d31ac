package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
