package org.rasd.text;

import java.util.List;
import java.util.Set;

/**
 * The clitics and suffixes of {@code affixes.tsv}, normalized: what the tokenizer strips, what the parsers
 * and the phrase matcher test for. Mechanisms live in the callers; the letters live in the table.
 */
public final class Affixes {
    private static final WordClasses TABLE = TextData.classes("affixes.tsv");

    /** Conjunction proclitics (one letter each). */
    public static final String CONJUNCTION_LETTERS = letters("conjunction");
    /** The conjunction "and" that joins number words and weekday ranges. */
    public static final String AND = TABLE.one("and");
    /** Preposition proclitics (one letter each). */
    public static final String PREPOSITION_LETTERS = letters("preposition");
    /** The definite article. */
    public static final String ARTICLE = TABLE.one("article");
    /** Preposition + article contracted (lil-). */
    public static final String LAM_ARTICLE = TABLE.one("lam_article");
    /** A word ending that never carries an enclitic pronoun. */
    public static final String ENCLITIC_BLOCKER = TABLE.one("enclitic_blocker");
    /** The letter a teh marbuta is written as before a suffix. */
    public static final String FEMININE_T = TABLE.one("feminine_t");
    /** Dual endings: nominative (only ever dual) and oblique (also a plural). */
    public static final String DUAL_NOMINATIVE = TABLE.one("dual_nominative");
    public static final String DUAL_OBLIQUE = TABLE.one("dual_oblique");
    /** The accusative alef of a counted noun after 11-99. */
    public static final String TAMYIZ_ALEF = TABLE.one("tamyiz_alef");
    /** The normalized teh marbuta (heh) that ends a feminine stem. */
    public static final String HEH = String.valueOf(ArabicNormalizer.HEH);

    private static final List<String> ENCLITICS = List.copyOf(TABLE.list("enclitic"));
    private static final List<String> PHRASE_SUFFIXES = List.copyOf(TABLE.list("phrase_suffix"));
    private static final Set<String> SHORT_STEM_SUFFIXES = Set.copyOf(TABLE.set("short_stem_suffix"));
    private static final List<String> DEMONYM_SUFFIXES = List.copyOf(TABLE.list("demonym_suffix"));

    private Affixes() {
    }

    private static String letters(String cls) {
        StringBuilder sb = new StringBuilder();
        for (String f : TABLE.list(cls)) {
            if (f.length() != 1) {
                throw new IllegalStateException("affixes.tsv: class " + cls + " holds one-letter forms, not " + f);
            }
            sb.append(f);
        }
        return sb.toString();
    }

    /** Enclitic pronouns, in the order they are tried. */
    public static List<String> enclitics() {
        return ENCLITICS;
    }

    /** Suffixes a token may carry beyond a lexicon phrase word, in the order they are tried. */
    public static List<String> phraseSuffixes() {
        return PHRASE_SUFFIXES;
    }

    /** Suffixes that may be removed from a three-letter stem (verb and plural endings). */
    public static Set<String> shortStemSuffixes() {
        return SHORT_STEM_SUFFIXES;
    }

    /** Endings of nationality adjectives (besides none). */
    public static List<String> demonymSuffixes() {
        return DEMONYM_SUFFIXES;
    }

    /** True when {@code c} is a conjunction proclitic. */
    public static boolean isConjunction(char c) {
        return CONJUNCTION_LETTERS.indexOf(c) >= 0;
    }

    /** True when {@code s} is exactly one conjunction proclitic. */
    public static boolean isConjunction(String s) {
        return s.length() == 1 && isConjunction(s.charAt(0));
    }

    /** True when {@code c} is a preposition proclitic. */
    public static boolean isPreposition(char c) {
        return PREPOSITION_LETTERS.indexOf(c) >= 0;
    }

    /** The table, for tests that check every entry can match. */
    static WordClasses table() {
        return TABLE;
    }
}
