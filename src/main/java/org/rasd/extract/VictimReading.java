package org.rasd.extract;

import static org.rasd.extract.ActorCues.MEMBER_NOUNS;
import static org.rasd.extract.ActorCues.PARTITIVE;

import java.util.Set;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/**
 * Whether an actor mention names a side that was hit rather than one that acted: counted among the dead ("8 Houthis
 * were killed", "18 of the Houthis"), or "subjected to" an attack. Part of {@link ActorReading}.
 */
final class VictimReading {
    /** Death and injury nouns before a mention that count its dead ("the killing of", "in the ranks of"). */
    private static final Set<String> VICTIM_MARKERS = Words.WORDS.set("victim_marker");
    /** One person named after a death verb ("a policeman was killed"): the victim. */
    private static final Set<String> SINGULAR_VICTIMS = Words.WORDS.set("singular_victim");
    /** Death and injury verbs near a number that counts a side ("8 Houthis were killed"). */
    private static final Set<String> DEATH_VERBS = Words.WORDS.set("death_verb");
    /** "one (of)" before a side: a count of one ("one of the resistance fighters was killed"). */
    private static final Set<String> COUNTED_ONE = Words.WORDS.set("counted_one");
    /** "was subjected to": the side right after it is the one attacked. */
    private static final Set<String> SUBJECTED = Words.WORDS.set("subjected");
    /** Tokens from a count to the death word that makes it a count of the dead, on either side. */
    private static final int DEATH_WINDOW = 4;
    /** Tokens between "was subjected to" and the side attacked ("two traffic policemen"). */
    private static final int SUBJECTED_GAP = 1;
    /** Tokens between a partitive "of" and the actor's name ("15 of the members of ISIS"). */
    private static final int PARTITIVE_GAP = 1;

    private final Layers l;

    VictimReading(Layers l) {
        this.l = l;
    }

    /**
     * Whether an actor mention counts the dead rather than acted: right after a death noun ("the killing of a Houthi
     * leader", "dead in the ranks of the Houthis"), or after a number or a death noun and the partitive "of" ("18 of the
     * Houthis", "the killing of 15 of the members of ISIS"), or after a count with a death word near ("8 Houthis were
     * killed", "the killing of four rebels", "one of the resistance's gunmen was killed").
     */
    boolean isVictim(Mention<ActorEntry> a) {
        int i = a.firstToken();
        if (i > 0 && Words.anyKey(l.toks.get(i - 1), VICTIM_MARKERS)) {
            return true;
        }
        if (i > 0 && a.firstToken() == a.lastToken() && Words.anyKey(l.toks.get(i - 1), DEATH_VERBS)
                && Words.anyKey(l.toks.get(i), SINGULAR_VICTIMS)) {
            return true; // "a policeman was killed by gunmen" («قتل شرطي برصاص مسلحين»): the one named is the victim
        }
        int count = i > 1 && Words.anyKey(l.toks.get(i - 1), MEMBER_NOUNS) ? i - 2 : i - 1;
        if (count >= 0 && counted(count) && deathNear(count, a.lastToken())) {
            return true; // "8 Houthis were killed", "the killing of four rebels", "20 Houthi gunmen were killed"
        }
        for (int k = i - 1; k >= Math.max(1, i - 1 - PARTITIVE_GAP); k--) {
            if (l.toks.get(k).norm().equals(PARTITIVE)) {
                Token before = l.toks.get(k - 1);
                // "17 gunmen of the Houthis were killed": a counted noun between the number and "of"
                return before.kind() == TokenKind.NUMBER || numberEndsAt(k - 1) || Words.anyKey(before, VICTIM_MARKERS)
                        || k >= 2 && counted(k - 2) && deathNear(k - 2, a.lastToken());
            }
        }
        return false;
    }

    /** A count before a side: a number, or "one (of)". */
    private boolean counted(int tok) {
        Token t = l.toks.get(tok);
        return t.kind() == TokenKind.NUMBER || numberEndsAt(tok) || Words.anyKey(t, COUNTED_ONE);
    }

    /** A death or injury word within {@link #DEATH_WINDOW} tokens before a count or after the side counted. */
    private boolean deathNear(int countTok, int sideEnd) {
        for (int k = Math.max(0, countTok - DEATH_WINDOW); k < countTok; k++) {
            if (deathWord(l.toks.get(k))) {
                return true;
            }
        }
        for (int k = sideEnd + 1; k <= Math.min(l.toks.size() - 1, sideEnd + DEATH_WINDOW - 1); k++) {
            if (deathWord(l.toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean deathWord(Token t) {
        return Words.anyKey(t, DEATH_VERBS) || Words.anyKey(t, VICTIM_MARKERS);
    }

    /** "two traffic policemen were subjected to an armed attack": the side after "was subjected to" was attacked. */
    boolean subjected(Mention<ActorEntry> a) {
        for (int k = Math.max(0, a.firstToken() - 1 - SUBJECTED_GAP); k < a.firstToken(); k++) {
            if (Words.anyKey(l.toks.get(k), SUBJECTED)) {
                return true;
            }
        }
        return false;
    }

    private boolean numberEndsAt(int tok) {
        int end = l.toks.get(tok).end();
        for (org.rasd.text.NumberMention n : l.doc.numbers()) {
            if (n.end() == end) {
                return true;
            }
        }
        return false;
    }
}
