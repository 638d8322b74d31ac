package org.rasd.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasd.lexicon.Cue;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.SubEventType;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;
import org.rasd.text.WordClasses;

/**
 * The toll told in the sentence after an event, referring back to it ("The raid hit X. That left 5 dead":
 * «وأسفر ذلك عن مقتل 5», «قتل فيها 3»): the sentence opens with a result verb or a death word pointing back, reports
 * no event of its own, and is no tally (no "since", total, span of months or years, and no plural strikes with a large
 * figure: «أسفرت الغارات عن مقتل 4844 مدنيا» is the Observatory's count of months, not one raid's toll).
 */
final class TollCarry {
    /** The words of {@code extract/toll-words.tsv}. */
    static final WordClasses WORDS = WordClasses.resource(EventExtractor.class, "toll-words.tsv");
    private static final Set<String> VERBS = WORDS.set("carry_verb");
    private static final Set<String> ANAPHORS = WORDS.set("carry_anaphor");
    /** The relative «ما» before a result verb ("which led to"): the result of what the sentence told before. */
    private static final Set<String> RELATIVES = WORDS.set("carry_relative");
    private static final Set<String> TALLY = WORDS.set("tally");
    private static final Set<String> PERIOD = WORDS.set("period");
    private static final Set<String> PLURAL_ATTACKS = WORDS.set("plural_attack");
    /** Nouns a number can count that are not people ("160 shells", "5 raids"). */
    static final Set<String> COUNTED_THINGS = WORDS.set("counted_thing");
    /** Nouns a number names rather than counts ("class 151", "brigade 55"). */
    static final Set<String> NUMBER_LABELS = WORDS.set("number_label");
    /** Words that, in a clash, open the other side's dead ("while one of the resistance was killed"). */
    static final Set<String> SIDE_SEPARATORS = WORDS.set("side_separator");
    /** Singular pronoun suffixes: a death word with one («مقتله», "his killing") names one victim. */
    static final Set<String> SINGULAR_PRONOUNS = WORDS.set("singular_pronoun");
    /** "Others": the wounded of "5 were killed and others wounded", counted apart from the dead. */
    static final Set<String> OTHERS = WORDS.set("others");
    /** Tokens from the sentence start within which the result verb or the pointing death word must come. */
    static final int OPENING = 8;
    /** Tokens from a result verb or an anaphor to the death word it leads to. */
    static final int REACH = 4;
    /** A figure from this size up, with plural strikes or attacks in the sentence, is a tally of many events. */
    static final int PLURAL_TALLY = 50;

    private final Layers l;
    private final TollArgument tolls;

    TollCarry(Layers l, TollArgument tolls) {
        this.l = l;
        this.tolls = tolls;
    }

    /** The toll sentence {@code s} carries back to the event of the sentence before it, or null. */
    TollArgument.Toll carried(SentenceView s, SentenceFrames found) {
        if (s == null || found == null || found.kills().isEmpty() || tally(s)) {
            return null;
        }
        List<Mention<TriggerEntry>> ks = new ArrayList<>();
        for (Mention<TriggerEntry> k : found.kills()) {
            if (k.firstToken() - s.t0() <= OPENING + REACH && pointsBack(s, k) || relativeResult(s, k)) {
                ks.add(k);
            }
        }
        if (ks.isEmpty()) {
            return null;
        }
        // the whole sentence as the region of a death report, so every figure of it is read as for a frame
        Frame whole = new Frame(s.index(), SubEventType.ARMED_CLASH, false, false, true, List.of(ks.get(0)), s.t0(),
                s.t0(), s.t0(), s.t1());
        TollArgument.Toll t = tolls.deaths(whole, found.kills(), found.injures());
        if (t == null || (t.count() >= PLURAL_TALLY || !t.stated()) && pluralAttacks(s)) {
            // plural strikes with a large figure, or with a figure the toll reading refused as a tally
            return null;
        }
        return t;
    }

    /**
     * Whether death word {@code k} refers back: a result verb in the opening leads to it («وأسفر ذلك عن مقتل»,
     * «ما أدى إلى مقتل»), or an anaphor follows it closely («قتل فيها», «راح ضحيتها»).
     */
    private boolean pointsBack(SentenceView s, Mention<TriggerEntry> k) {
        for (int i = s.t0(); i < Math.min(s.t1(), s.t0() + OPENING); i++) {
            if (i < k.firstToken() && k.firstToken() - i <= REACH + 1 && has(l.toks.get(i), VERBS)) {
                return true;
            }
        }
        if (k.firstToken() - s.t0() > OPENING) {
            return false;
        }
        for (int i = k.lastToken() + 1; i < Math.min(s.t1(), k.lastToken() + 1 + 2); i++) {
            if (has(l.toks.get(i), ANAPHORS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a result verb after the relative «ما» / «مما» ("which led to") leads to death word {@code k} anywhere in
     * the sentence («... وهو ما أجبرهم على الرد ما أدى إلى مقتله»): the death results from what was told before.
     */
    private boolean relativeResult(SentenceView s, Mention<TriggerEntry> k) {
        for (int i = Math.max(s.t0() + 1, k.firstToken() - REACH - 1); i < k.firstToken(); i++) {
            if (has(l.toks.get(i), VERBS) && has(l.toks.get(i - 1), RELATIVES)) {
                return true;
            }
        }
        return false;
    }

    /** A cumulative or period tally: an aggregate cue, a tally word or a span of weeks, months or years. */
    private boolean tally(SentenceView s) {
        if (tallyCue(l, s.t0(), s.t1())) {
            return true;
        }
        for (int i = s.t0(); i < s.t1(); i++) {
            if (has(l.toks.get(i), PERIOD)) {
                return true;
            }
        }
        return false;
    }

    private boolean pluralAttacks(SentenceView s) {
        return pluralAttacks(l, s.t0(), s.t1());
    }

    /** Whether tokens {@code [t0, t1)} hold an aggregate cue ("since the war began") or a tally word ("since", total). */
    static boolean tallyCue(Layers l, int t0, int t1) {
        for (Mention<Cue> c : Layers.within(l.cues, t0, t1)) {
            if ("AGGREGATE".equals(c.entry().kind())) {
                return true;
            }
        }
        for (int i = t0; i < t1; i++) {
            if (has(l.toks.get(i), TALLY)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code [t0, t1)} name strikes or attacks in the plural ("the raids", "the attacks"). */
    static boolean pluralAttacks(Layers l, int t0, int t1) {
        for (int i = t0; i < t1; i++) {
            if (has(l.toks.get(i), PLURAL_ATTACKS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the token (its form or a whole-word key) is one of {@code words}. */
    static boolean has(Token t, Set<String> words) {
        if (t.kind() != TokenKind.WORD) {
            return false;
        }
        if (words.contains(t.norm())) {
            return true;
        }
        for (String k : PhraseIndex.wholeWordKeys(t)) {
            if (words.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
