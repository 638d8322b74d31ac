package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The toll argument: numbers bound to death cues, named ranks, vague deaths. */
class TollArgumentTest {
    private static TollArgument.Toll toll(String text) {
        Fixture fx = new Fixture(text);
        SentenceFrames fs = fx.frames(0);
        return new TollArgument(fx.layers).deaths(fs.frames().get(0), fs.kills(), fs.injures());
    }

    @Test
    void deathsAndInjuriesAreNotAddedTogether() {
        TollArgument.Toll t = toll("قتل 5 أشخاص وأصيب 10 آخرون أمس في قصف على مدينة عدن.");
        assertThat(t.count()).isEqualTo(5);
        assertThat(t.stated()).isTrue();
    }

    @Test
    void namedOfficersAreCounted() {
        TollArgument.Toll t = toll("قُتل أمس اللواء عماد إبراهيم واللواء يوسف علي خلال اشتباكات عنيفة بالقرب من بلدة طفس.");
        assertThat(t.count()).isEqualTo(2);
    }

    @Test
    void vagueDeathsCountThreeNotStated() {
        TollArgument.Toll t = toll("وأمس شنَّ النظام 18 غارة جوية استهدفت مدينة طفس، ما تسبب في سقوط قتلى وجرحى من المدنيين.");
        assertThat(t.count()).isEqualTo(3);
        assertThat(t.stated()).isFalse();
    }

    @Test
    void noDeathCueNoToll() {
        assertThat(toll("وأمس شنَّ النظام 18 غارة جوية استهدفت مدينة طفس.")).isNull();
    }
}
