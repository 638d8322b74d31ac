package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The date argument: a stated day, else the paragraph's or the lead's, with its vetoes. */
class DateArgumentTest {
    @Test
    void yesterdayIsStatedWithDayPrecision() {
        Fixture fx = new Fixture("وأمس شنَّ النظام 18 غارة جوية استهدفت مدينة طفس.");
        DateArgument.Choice c = new DateArgument(fx.layers).choose(fx.sentence(0), fx.frame(0), false);
        assertThat(c.stated()).isTrue();
        assertThat(c.day()).isEqualTo(Fixture.PUB.minusDays(1));
        assertThat(c.precision()).isEqualTo(1);
    }

    @Test
    void aSentenceWithoutADayTakesTheLeadsAtWeekPrecision() {
        Fixture fx = new Fixture("قتل 5 أشخاص أمس في قصف على مدينة عدن.\n\nوشنت طائرات التحالف غارات على مدينة طفس.");
        DateArgument.Choice c = new DateArgument(fx.layers).choose(fx.sentence(1), fx.frame(1), false);
        assertThat(c.stated()).isFalse();
        assertThat(c.day()).isEqualTo(Fixture.PUB.minusDays(1));
        assertThat(c.precision()).isEqualTo(2);
    }

    @Test
    void noDayAnywhereAndABareNounIsCommentary() {
        Fixture fx = new Fixture("وشنت طائرات التحالف غارات على مدينة طفس.");
        assertThat(fx.layers.leadDate).isNull();
        Frame f = fx.frame(0);
        if (f.triggers().stream().allMatch(t -> t.firstToken() == t.lastToken())) {
            assertThat(new DateArgument(fx.layers).choose(fx.sentence(0), f, false)).isNull();
        }
    }
}
