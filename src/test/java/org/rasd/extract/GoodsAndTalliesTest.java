package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Not-events of issue 9 (precision of what the map shows): events counted in the thousands are a period tally, and
 * weapons seized, owned or bought are an arsenal, neither a capture of territory nor an attack. Each pair: the same
 * made-up sentence as an event and as a not-event.
 */
class GoodsAndTalliesTest {
    private static boolean framed(String text) {
        SentenceFrames fs = new Fixture(text).frames(0);
        return fs != null && !fs.frames().isEmpty();
    }

    @Test
    void strikesCountedInTheThousandsAreAPeriodTally() {
        assertThat(framed("وألقت طائرات النظام 12 برميلا متفجرا على مدينة حلب.")).isTrue();
        assertThat(framed("وألقت طائرات النظام 14297 برميلا متفجرا على مدينة حلب.")).isFalse();
        assertThat(framed("ووثق المرصد تنفيذ طائرات النظام 26350 غارة على الأقل، استهدفت بصواريخها مدينة حلب.")).isFalse();
        // hundreds of shells on one town in a day are one event
        assertThat(framed("وسقطت أكثر من 300 قذيفة على مدينة حلب.")).isTrue();
        // a report after «فيما» is news of its own
        assertThat(framed("وشن النظام خلال تسعة أشهر 26350 غارة، فيما اقتحم الثوار حواجز حزب الله في مدينة الزبداني."))
                .isTrue();
    }

    @Test
    void seizingWeaponsTakesNoTerritory() {
        assertThat(framed("واستولى المسلحون على مدينة سرت.")).isTrue();
        assertThat(framed("واستولى المسلحون على كميات ضخمة من الأسلحة في مدينة سرت.")).isFalse();
        // a place named before «على» is the subject's («مقاتلو مصراتة»), not the object
        assertThat(framed("واستولى مقاتلو مصراتة على الأسلحة في مدينة سرت.")).isFalse();
        assertThat(framed("وسيطرت المقاومة على أربع دبابات للمسلحين قرب مدينة لحج.")).isFalse();
        // armour used in the fight for the place: the capture stands
        assertThat(framed("واستعادت القوات السيطرة على حي البساتين في مدينة عدن بعد معارك استخدمت فيها مدرعات.")).isTrue();
    }

    @Test
    void weaponsOwnedBoughtOrSeizedAreAnArsenalNotAnAttack() {
        assertThat(framed("وأطلقت الميليشيات الصواريخ على مدينة درنة.")).isTrue();
        assertThat(framed("وتمتلك الميليشيات في مدينة درنة ترسانة من الصواريخ.")).isFalse();
        assertThat(framed("وتقبل الميليشيات في مدينة درنة على شراء هذا النوع من القنابل.")).isFalse();
        // a weapon fired after a capture is an attack
        assertThat(framed("واستولى المسلحون على مدينة درنة ثم أطلقوا الصواريخ على مدينة سرت.")).isTrue();
    }
}
