package org.rasd.extract;

import java.util.List;
import java.util.Set;

/** The cue words (from {@code words.tsv}, {@code toll-words.tsv}) and token windows {@link TollArgument} counts deaths with. */
final class TollCues {
    private TollCues() {
    }

    /** Singular victim nouns: "the killing of a soldier" = 1. */
    static final Set<String> SINGULAR_VICTIMS = Words.WORDS.set("singular_victim");
    /** Rank titles that count named victims: "General X and General Y were killed" = 2. */
    static final Set<String> RANKS = Words.WORDS.set("rank");
    /** Sound masculine plural endings: a plural noun is not a singular victim. */
    static final List<String> PLURAL_SUFFIXES = Words.WORDS.list("plural_suffix");
    /** Hedges before a number ("no fewer than", "at least"). */
    static final Set<String> HEDGES = Words.WORDS.set("hedge");
    static final Set<String> UNITS = Words.WORDS.set("unit");
    /** Totals and parts ("the toll", "among them"): figures of a sentence that repeat each other, never summed. */
    static final Set<String> TOTALS = Words.WORDS.set("toll_total");
    /** Words that open a separate report of deaths ("while", "as well as"): its figure is not added. */
    static final Set<String> SEPARATORS = Words.WORDS.set("toll_separator");
    /** Death words in the dual («قتلا», "the two were killed"): two victims. */
    static final Set<String> DUAL_KILLS = TollCarry.WORDS.set("dual_kill");
    /** The dual pronoun suffix («مقتلهما», "their (two) killing"): two victims. */
    static final Set<String> DUAL_PRONOUNS = TollCarry.WORDS.set("dual_pronoun");
    /** Victim nouns in the dual («الضابطين», «جنديين»): two victims. */
    static final Set<String> DUAL_VICTIMS = TollCarry.WORDS.set("dual_victim");
    /** "With" after a death word («قتل مع أحد مرافقيه»): the victim and those with him. */
    static final Set<String> WITH = TollCarry.WORDS.set("with_victim");
    /** The accusative ending of an indefinite noun («شخصا», «جنديا»). */
    static final String ACCUSATIVE = TollCarry.WORDS.one("accusative_ending");
    /** Nisba adjective endings («تركيا», «أفغاني»). */
    static final List<String> NISBA = TollCarry.WORDS.list("nisba_ending");
    /** The partitive "of" ("8 of the Houthis and 3 of the resistance"). */
    static final String PARTITIVE = Words.WORDS.one("partitive");
    /**
     * A figure from this size up is a tally, never one event's toll, when its sentence has an aggregate cue or a tally
     * word ("since the war began", "total") or names strikes or attacks in the plural.
     */
    static final int LARGE_TALLY = 100;
    /** Tokens from a death cue to a count joined by "and" to the singular victim right after the cue. */
    static final int VICTIM_REACH = 6;
    /** Commas: in a clash, "8 Houthis were killed, while one resistance fighter was killed" is one count. */
    static final Set<String> COMMA = Set.of(",", "\u060c");
}
