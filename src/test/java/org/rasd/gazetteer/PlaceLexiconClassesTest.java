package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PlaceLexicon#classes}: one lookup answers what the seven table lookups answer (the transliteration guards of
 * the geocoder test a word against all of them), for every word of every table and for words of none.
 */
class PlaceLexiconClassesTest {
    @Test
    void classesAgreeWithEachTable() {
        PlaceLexicon lex = PlaceLexicon.get();
        Set<String> words = new LinkedHashSet<>();
        words.addAll(lex.heads.keySet());
        words.addAll(lex.locatives.keySet());
        words.addAll(lex.functionWords);
        words.addAll(lex.commonWords);
        words.addAll(lex.firstNames);
        words.addAll(lex.nisba);
        words.addAll(lex.translitStopWords);
        // words of no table, and the table words with a letter more (not in them unless listed)
        for (String w : java.util.List.copyOf(words)) {
            words.add(w + "ة");
        }
        words.add("مروة");
        words.add("");
        int some = 0;
        for (String w : words) {
            int c = lex.classes(w);
            assertThat((c & PlaceLexicon.HEAD) != 0).as(w).isEqualTo(lex.head(w) != null);
            assertThat((c & PlaceLexicon.LOCATIVE) != 0).as(w).isEqualTo(lex.locative(w) != null);
            assertThat((c & PlaceLexicon.FUNCTION_WORD) != 0).as(w).isEqualTo(lex.isFunctionWord(w));
            assertThat((c & PlaceLexicon.COMMON_WORD) != 0).as(w).isEqualTo(lex.isCommonWord(w));
            assertThat((c & PlaceLexicon.TRANSLIT_STOP_WORD) != 0).as(w).isEqualTo(lex.isTranslitStopWord(w));
            assertThat((c & PlaceLexicon.FIRST_NAME) != 0).as(w).isEqualTo(lex.isFirstName(w));
            assertThat((c & PlaceLexicon.COUNTRY_ADJECTIVE) != 0).as(w).isEqualTo(lex.isCountryAdjective(w));
            some += Integer.bitCount(c) > 1 ? 1 : 0;
        }
        assertThat(words).hasSizeGreaterThan(1000);
        assertThat(some).as("words in several tables").isGreaterThan(0);
    }
}
