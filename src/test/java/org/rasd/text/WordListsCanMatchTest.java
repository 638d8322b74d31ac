package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the word tables of {@code org/rasd/text} can match text: after normalization it is what
 * the tokenizer makes of the same word in a text (one WORD token with that normalized form), phrases are
 * words of that kind separated by spaces, and roles matched on clitic-stripped stems hold no one-letter
 * forms (stems are at least two letters). A Java set of hand-normalized literals could hold entries such
 * as a final alef maksura or teh marbuta, a phrase in a one-word list or a tatweel, that never equal a
 * normalized token; the tables are normalized on load and checked here.
 */
class WordListsCanMatchTest {
    /** Word tables: form, class, gloss. */
    private static final List<String> CLASS_TABLES = List.of("date-words.tsv", "number-context.tsv");
    /** Tables whose first column is a word or phrase matched word by word. */
    private static final List<String> PHRASE_TABLES = List.of("date-phrases.tsv", "months.tsv", "qualifiers.tsv",
            "number-words.tsv", "dual-nouns.tsv", "clitic-exceptions.tsv", "weekdays.tsv");
    /** Roles tested as a prefix of a token's proclitics (a proclitic, not a word). */
    private static final Set<String> PROCLITIC_ROLES = Set.of("not_today_proclitic", "date_proclitic",
            "hundred_proclitic");
    /** Roles compared with a whole token's normalized form, where one-letter forms are fine. */
    private static final Set<String> ONE_LETTER_ROLES = Set.of("era_mark", "year_mark");
    /** Roles that are punctuation or symbols, not words. */
    private static final Set<String> SYMBOL_ROLES = Set.of("percent_sign");
    /** A word a proclitic is tested on ("July"). */
    private static final String STEM = "تموز";

    /** What stops {@code form} (role {@code cls}) from ever matching, or an empty list. */
    static List<String> problems(String cls, String form) {
        List<String> out = new ArrayList<>();
        String norm = ArabicNormalizer.normalize(form).strip();
        if (norm.isEmpty()) {
            out.add("empty after normalization");
            return out;
        }
        if (!ArabicNormalizer.normalize(norm).equals(norm)) {
            out.add("normalization is not stable");
        }
        if (PROCLITIC_ROLES.contains(cls)) {
            List<Token> toks = Tokenizer.tokenize(form + STEM);
            if (toks.size() != 1 || !toks.get(0).proclitics().startsWith(norm)) {
                out.add("is not stripped as a proclitic (" + form + STEM + ")");
            }
            return out;
        }
        List<Token> toks = Tokenizer.tokenize(form);
        TokenKind want = SYMBOL_ROLES.contains(cls) ? null : TokenKind.WORD;
        if (toks.size() != 1) {
            out.add("is " + toks.size() + " tokens, so it never equals one token");
        } else if (want != null && toks.get(0).kind() != want) {
            out.add("is a " + toks.get(0).kind() + " token, not a word");
        } else if (!toks.get(0).norm().equals(norm)) {
            out.add("tokenizes to " + toks.get(0).norm() + ", not " + norm);
        } else if (want != null && norm.length() < 2 && !ONE_LETTER_ROLES.contains(cls)) {
            out.add("one letter: never a stem");
        }
        return out;
    }

    /** Problems of a phrase: each of its words must be one WORD token of that normalized form. */
    static List<String> phraseProblems(String phrase) {
        List<String> out = new ArrayList<>();
        String norm = ArabicNormalizer.normalize(phrase).strip();
        if (norm.isEmpty()) {
            out.add("empty after normalization");
            return out;
        }
        for (String w : norm.split("\\s+")) {
            List<Token> toks = Tokenizer.tokenize(w);
            if (toks.size() != 1 || toks.get(0).kind() != TokenKind.WORD || !toks.get(0).norm().equals(w)) {
                out.add("word '" + w + "' is not one word token");
            }
        }
        return out;
    }

    @Test
    void everyRoleEntryCanMatch() {
        List<String> bad = new ArrayList<>();
        int n = 0;
        for (String table : CLASS_TABLES) {
            WordClasses wc = TextData.classes(table);
            for (TextData.Row row : TextData.table(table)) {
                n++;
                String form = row.cell(0);
                for (String p : problems(row.cell(1), form)) {
                    bad.add(row.where() + " " + form + " [" + row.cell(1) + "]: " + p);
                }
                assertThat(wc.list(row.cell(1))).contains(ArabicNormalizer.normalize(form).strip());
            }
        }
        assertThat(n).isGreaterThan(250);
        assertThat(bad).isEmpty();
    }

    @Test
    void everyPhraseEntryCanMatch() {
        List<String> bad = new ArrayList<>();
        int n = 0;
        for (String table : PHRASE_TABLES) {
            for (TextData.Row row : TextData.table(table)) {
                n++;
                for (String p : phraseProblems(row.cell(0))) {
                    bad.add(row.where() + " " + row.cell(0) + ": " + p);
                }
            }
        }
        assertThat(n).isGreaterThan(200);
        assertThat(bad).isEmpty();
    }

    @Test
    void everyAffixIsNormalizedArabicLetters() {
        WordClasses affixes = Affixes.table();
        assertThat(affixes.classes()).contains("conjunction", "preposition", "article", "enclitic", "phrase_suffix");
        for (String cls : affixes.classes()) {
            for (String f : affixes.list(cls)) {
                assertThat(f).as(cls).isNotEmpty().isEqualTo(ArabicNormalizer.normalize(f));
                assertThat(f.chars().allMatch(c -> ArabicNormalizer.isArabicLetter((char) c))).as(cls + " " + f).isTrue();
            }
        }
    }

    @Test
    void theCheckFindsEntriesThatCanNeverMatch() {
        // a phrase in a one-word role: compared with one token, never equal
        assertThat(problems("weekday_past", "ما يقارب")).isNotEmpty();
        // only marks the normalizer drops
        assertThat(problems("time_adverb", "ـَ")).isNotEmpty();
        // one letter in a role matched on stems
        assertThat(problems("yesterday", "و")).isNotEmpty();
        // punctuation where a word is expected
        assertThat(problems("days", "،")).isNotEmpty();
        // a word with a letter the normalizer folds is fine: it is normalized like the text
        assertThat(problems("not_noun", "حتى")).isEmpty();
        assertThat(problems("place_head", "البلدة")).isEmpty();
        assertThat(phraseProblems("ما يقارب")).isEmpty();
        assertThat(phraseProblems("ما - يقارب")).isNotEmpty();
    }

    @Test
    void aMissingRoleFailsLoudly() {
        WordClasses wc = TextData.classes("date-words.tsv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wc.list("no_such_role"))
                .hasMessageContaining("date-words.tsv").hasMessageContaining("no_such_role");
    }
}
