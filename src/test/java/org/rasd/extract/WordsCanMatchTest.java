package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasd.text.ArabicNormalizer;
import org.rasd.text.TsvTable;
import org.rasd.text.WordClasses;

/**
 * Every row of the extractor's word table (extract/words.tsv) can match text: after normalization the form
 * is one word token with that normalized form (capital names may be phrases, the percent sign a symbol,
 * proclitics come off a word),
 * so no entry with a final alef maksura, a teh marbuta or a second word in a one-word list sits there dead.
 */
class WordsCanMatchTest {
    /** Classes whose forms are compared with a whole place name, which may be several words. */
    private static final Set<String> PHRASE_CLASSES = Set.of("capital_metonym", "agency_credit");

    /** Classes whose forms are proclitics, tested as a prefix of a token's proclitics. */
    private static final Set<String> PROCLITIC_CLASSES = Set.of("with_proclitic", "for_proclitic");

    static WordClasses.Match match(String cls, String form) {
        if (PROCLITIC_CLASSES.contains(cls)) {
            return WordClasses.Match.PROCLITIC;
        }
        if (PHRASE_CLASSES.contains(cls)) {
            return WordClasses.Match.PHRASE;
        }
        return form.codePoints().anyMatch(Character::isLetter) ? WordClasses.Match.TOKEN : WordClasses.Match.SYMBOL;
    }

    @Test
    void everyRowCanMatch() {
        List<String> bad = new ArrayList<>();
        List<TsvTable.Row> rows = TsvTable.resource(EventExtractor.class, "words.tsv", true, 3);
        WordClasses words = WordClasses.resource(EventExtractor.class, "words.tsv");
        for (TsvTable.Row row : rows) {
            String form = row.col(0);
            for (String p : WordClasses.problems(form, match(row.col(1), form))) {
                bad.add(row.source() + ":" + row.line() + " " + form + " [" + row.col(1) + "]: " + p);
            }
            assertThat(words.list(row.col(1))).contains(ArabicNormalizer.normalize(form).strip());
        }
        assertThat(rows).hasSizeGreaterThan(300);
        assertThat(bad).isEmpty();
    }

    @Test
    void aDeadFormIsReported() {
        // a two-word phrase in a one-word list, and a word split by the tokenizer, can never equal one token
        assertThat(WordClasses.problems("\u0645\u0627 \u064A\u0642\u0627\u0631\u0628", WordClasses.Match.TOKEN))
                .isNotEmpty();
        assertThat(match("hedge", "%")).isEqualTo(WordClasses.Match.SYMBOL);
    }
}
