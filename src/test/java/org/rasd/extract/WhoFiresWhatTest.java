package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.extract.TypeFamilyRulesTest.subTypes;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, sub-types by who fires what: sides exchanging fire or shells clash, an air power's guns and warships are
 * not its aircraft.
 */
class WhoFiresWhatTest {
    @Test
    void sidesExchangingArtilleryFireClash() {
        // "the Houthis and their allies exchanged artillery fire with the coalition forces in Aden yesterday"
        assertThat(subTypes("وتبادلت جماعة الحوثي وحلفاؤها إطلاق نيران المدفعية مع قوات التحالف في مدينة عدن أمس."))
                .containsExactly("Armed clash");
        // "the two sides exchanged artillery shelling in Taiz yesterday"
        assertThat(subTypes("وتبادل الطرفان القصف المدفعي أمس في مدينة تعز.")).containsExactly("Armed clash");
    }

    @Test
    void exchangingAccusationsOfShellingIsNoClash() {
        // "the two sides traded accusations of shelling Taiz yesterday": the shelling, not a clash
        assertThat(subTypes("وتبادل الطرفان الاتهامات بقصف مدينة تعز أمس.")).doesNotContain("Armed clash");
        // no exchange word: one side shells
        assertThat(subTypes("وقصفت جماعة الحوثي بالمدفعية أمس أحياء في مدينة تعز."))
                .containsExactly("Shelling/artillery/missile attack");
    }

    @Test
    void anAirPowersArtilleryIsShelling() {
        // "the coalition forces fired artillery shells at Houthi positions in Aden yesterday"
        assertThat(subTypes("وأطلقت قوات التحالف قذائف المدفعية أمس على مواقع الحوثيين في مدينة عدن."))
                .containsExactly("Shelling/artillery/missile attack");
        // its bombardment with no gun named is still an air strike
        assertThat(subTypes("وقصفت قوات التحالف أمس مواقع الحوثيين في مدينة عدن.")).containsExactly("Air/drone strike");
    }

    @Test
    void warshipsAreNotAircraft() {
        // "the coalition warships shelled Houthi positions in Aden yesterday"
        assertThat(subTypes("وقصفت البوارج الحربية التابعة لقوات التحالف أمس مواقع الحوثيين في مدينة عدن."))
                .doesNotContain("Air/drone strike");
    }
}
