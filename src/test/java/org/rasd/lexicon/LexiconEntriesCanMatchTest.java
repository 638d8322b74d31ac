package org.rasd.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.Token;
import org.rasd.text.Tokenizer;
import org.rasd.text.TsvTable;

/**
 * Every spelling in the lexicon tables (actors, triggers, modality cues) matches itself: written in a
 * text exactly as in the table, the phrase matcher finds it over all its tokens. An entry that fails can
 * never match anything (a character the normalizer folds away, a word the tokenizer splits, a key
 * shortened differently from the text's tokens).
 */
class LexiconEntriesCanMatchTest {
    static List<String> deadForms(String table, int minCols) {
        List<String> dead = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.resource(Lexicon.class, table, false, minCols)) {
            for (String form : r.col(0).split("\\|")) {
                if (form.isBlank()) {
                    dead.add(r.where() + ": empty spelling");
                    continue;
                }
                if (!matchesItself(form)) {
                    dead.add(r.where() + ": " + form);
                }
            }
        }
        return dead;
    }

    static boolean matchesItself(String form) {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add(form, "x");
        String text = form.strip();
        if (text.endsWith(PhraseIndex.EXACT)) {
            text = text.substring(0, text.length() - PhraseIndex.EXACT.length());
        }
        List<Token> toks = Tokenizer.tokenize(text);
        List<PhraseIndex.Match<String>> m = index.findAll(toks);
        return m.size() == 1 && m.get(0).first() == 0 && m.get(0).last() == toks.size() - 1;
    }

    @Test
    void everyLexiconSpellingMatchesItself() {
        List<String> dead = new ArrayList<>();
        dead.addAll(deadForms("actors.tsv", 5));
        dead.addAll(deadForms("triggers.tsv", 4));
        dead.addAll(deadForms("modality.tsv", 3));
        assertThat(dead).isEmpty();
    }

    @Test
    void theCheckFindsSpellingsThatCannotMatch() {
        assertThat(matchesItself("نفى")).isTrue(); // folded like the text: alef maksura on both sides
        assertThat(matchesItself("ما يقارب")).isTrue();
        assertThat(matchesItself("ـ")).isFalse(); // only a tatweel: nothing left to match
        assertThat(matchesItself("قصف|غارة")).isFalse(); // an unsplit list is not one spelling
    }
}
