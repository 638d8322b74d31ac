package org.rasd.extract;

import java.util.List;
import java.util.Set;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.text.Token;
import org.rasd.text.WordClasses;

/** The extractor's word lists ({@code extract/words.tsv}), normalized like the text, and the word tests they share. */
final class Words {
    /** All classes of {@code words.tsv}; each component reads the classes it needs. */
    static final WordClasses WORDS = WordClasses.resource(EventExtractor.class, "words.tsv");

    /** "Between A and B": both are sides of the fight, neither is the target. */
    static final String BETWEEN = WORDS.one("between");
    /** The proclitic "bi" (in, at, by). */
    static final String WITH_PROCLITIC = WORDS.one("with_proclitic");
    /** The proclitic "li" (for, of). */
    static final String FOR_PROCLITIC = WORDS.one("for_proclitic");
    /** Words that put a place next to the scene rather than at it ("near", "close to"). */
    static final Set<String> NEAR = WORDS.set("near");
    /** Speech verbs: their subject is the source of a report, a date after them the day it was told. */
    static final Set<String> SPEECH_VERBS = WORDS.set("speech_verb");
    /** Bare "explosion" words: an effect of whatever else exploded in the sentence. */
    static final Set<String> EXPLOSION_WORDS = WORDS.set("explosion");
    /** Words that introduce the target of an attack. */
    static final Set<String> TARGET_MARKERS = WORDS.set("target_marker");

    /** Aircraft words: a mention holding one acts in an air strike; a nationality after one names the forces. */
    static final Set<String> AIRCRAFT = WORDS.set("aircraft");

    private Words() {
    }

    /** Whether {@code t} is a near word («قرب», «محيط»; words.tsv near), by its stem's key or its normalised form. */
    static boolean near(Token t) {
        return NEAR.contains(PhraseIndex.key(t.stem())) || NEAR.contains(t.norm());
    }

    /** Whether any lookup key of the token ({@link PhraseIndex#keys}) is in {@code words}. */
    static boolean anyKey(Token t, Set<String> words) {
        for (String k : PhraseIndex.keys(t)) {
            if (words.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code norm} starts with one of {@code prefixes}. */
    static boolean startsWithAny(String norm, List<String> prefixes) {
        for (String p : prefixes) {
            if (norm.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code norm} ends with one of {@code suffixes}. */
    static boolean endsWithAny(String norm, List<String> suffixes) {
        for (String s : suffixes) {
            if (norm.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
