package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The common-word list derived from the SaudiNewsNet week (tools/common-words.py): issue 10 item 4. */
class DerivedCommonWordsTest {

    /** Conflict towns frequent in the week: mostly named as places, so never common words. */
    @ParameterizedTest
    @ValueSource(strings = {"عدن", "تعز", "حلب", "الرمادي", "الفلوجة", "صنعاء", "درعا", "إدلب", "مأرب", "لحج",
        "صيدا", "الطيبة", "الجيزة", "عقربا", "دمشق", "بغداد", "الموصل", "غزة", "الرياض", "جدة"})
    void conflictTownsStayOut(String town) {
        assertThat(PlaceLexicon.get().isCommonWord(NameKeys.key(town))).as(town).isFalse();
    }

    /** Ordinary words that were geocoded as towns (under, coming, Major, the standing, Mali/financial). */
    @ParameterizedTest
    @ValueSource(strings = {"تحت", "المقبلة", "الرائد", "القائم", "المالي"})
    void commonWordsAreIn(String word) {
        assertThat(PlaceLexicon.get().isCommonWord(NameKeys.key(word))).as(word).isTrue();
    }

    @Test
    void rowsHaveCountsAndGloss() {
        for (String[] r : PlaceLexicon.rows("common-words-derived.tsv")) {
            assertThat(r).hasSizeGreaterThanOrEqualTo(4);
            int other = Integer.parseInt(r[1]);
            int loc = Integer.parseInt(r[2]);
            assertThat(loc).as(r[0]).isLessThanOrEqualTo(other);
            assertThat(r[3]).startsWith("derived: ratio");
        }
    }
}
