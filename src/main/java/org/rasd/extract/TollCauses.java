package org.rasd.extract;

import static org.rasd.extract.TollCues.SEPARATORS;

import java.util.List;
import java.util.Set;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.EventType;
import org.rasd.text.Sentence;

/**
 * Which frame a death word's toll belongs to, and whether it is a tally: a causal word joining it to a later frame,
 * a word of a count over days or places near it, the strategic developments a bombing's region runs over. Part of
 * {@link TollArgument}.
 */
final class TollCauses {
    /**
     * Tokens from a death cue before a frame to its trigger when a causal word joins them ("3 were killed, 12 wounded
     * and 20 arrested in clashes"): the injured and arrested clauses between are counts of their own.
     */
    static final int CAUSE_WINDOW = 20;
    /** Words that join a death cue to the attack that caused it ("in", "as a result of", "by shelling"). */
    private static final Set<String> CAUSAL = Words.WORDS.set("causal");

    private final Layers l;

    TollCauses(Layers l) {
        this.l = l;
    }

    /**
     * Frame {@code f} with its region run on over the strategic-development frames right after it («انفجرت عبوة في
     * إحدى مركبات قوة المداهمة، مما أسفر عن استشهاد ضابط»: the raid names the force hit, the deaths are the bombing's).
     */
    static Frame overDevelopments(Frame f, List<Frame> frames) {
        int end = f.regionEnd();
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Frame g : frames) {
                if (g.regionStart() == end && g.regionEnd() > end
                        && g.subType().eventType() == EventType.STRATEGIC_DEVELOPMENTS) {
                    end = g.regionEnd();
                    grown = true;
                }
            }
        }
        return end == f.regionEnd() ? f : f.withRegion(f.regionStart(), end);
    }

    /** Tokens on either side of a death word within which a word of a count over time or places makes it a tally. */
    static final int CUMULATIVE_REACH = 8;
    /** Words of a count over days, ongoing operations or many places («خلال اليومين الماضيين», «المعارك المتواصلة»). */
    private static final Set<String> CUMULATIVE = TollCarry.WORDS.set("cumulative");

    /**
     * Whether death word {@code k} reports a tally: a word of a count over days, ongoing fighting or many places comes
     * close to it in its clause («قتل خلال اليومين الماضيين أكثر من 30», «تسببت المعارك المتواصلة بمقتل 80»).
     */
    boolean cumulative(Mention<TriggerEntry> k, List<Mention<TriggerEntry>> kills, List<Integer> splits) {
        // the other side's dead told in the same clause share the period («خلال اليومين الماضيين ... مقتل 30 مسلحا،
        // فيما قتل من جانب المقاومة ثمانية»)
        if (cumulativeNear(k, splits)) {
            return true;
        }
        for (Mention<TriggerEntry> o : kills) {
            if (o.firstToken() < k.firstToken() && sideBetween(o.lastToken(), k.firstToken())
                    && cumulativeNear(o, splits) && !TollClauses.between(splits, o.firstToken(), k.firstToken())) {
                return true;
            }
        }
        return false;
    }

    private boolean sideBetween(int after, int before) {
        for (int i = after + 1; i < before; i++) {
            if (TollCarry.has(l.toks.get(i), TollCarry.SIDE_SEPARATORS)) {
                return true;
            }
        }
        return false;
    }

    private boolean cumulativeNear(Mention<TriggerEntry> k, List<Integer> splits) {
        Sentence s = l.doc.sentenceAt(k.start());
        int t0 = s == null ? 0 : l.doc.firstTokenAtOrAfter(s.start());
        int t1 = s == null ? l.toks.size() : l.doc.firstTokenAtOrAfter(s.end());
        for (int i = Math.max(t0, k.firstToken() - CUMULATIVE_REACH);
             i < Math.min(t1, k.lastToken() + 1 + CUMULATIVE_REACH); i++) {
            if (TollCarry.has(l.toks.get(i), CUMULATIVE) && !TollClauses.between(splits, i, k.firstToken())) {
                return true;
            }
        }
        return false;
    }

    /** Tokens before a later frame's trigger in which the causal word joining a death word to it must come. */
    static final int CAUSE_REACH = 2;

    /**
     * Whether death word {@code k}, after frame {@code f}'s trigger, is joined by a causal word right before the trigger
     * of a later frame of the sentence («استهدفت الطائرات معسكرا، فيما قتل 22 في كمين»): the deaths are of that frame.
     */
    boolean causedByLater(Mention<TriggerEntry> k, Frame f, List<Frame> frames,
                                  List<Mention<TriggerEntry>> kills) {
        if (k.firstToken() < f.firstTok()) {
            return false;
        }
        for (Mention<TriggerEntry> t : f.triggers()) {
            if (t.firstToken() > k.lastToken()) {
                return false; // a trigger of the frame itself comes after the death word
            }
        }
        for (Frame g : frames) {
            if (g.equals(f) || g.firstTok() <= k.lastToken() || g.firstTok() - k.lastToken() > CAUSE_WINDOW
                    || killBetween(kills, k.lastToken(), g.firstTok()) || separatorBetween(k.lastToken(), g.firstTok())) {
                continue; // the causal word joins the later frame to a nearer death word, or to another report
            }
            for (int i = Math.max(k.lastToken() + 1, g.firstTok() - CAUSE_REACH); i < g.firstTok(); i++) {
                if (CAUSAL.contains(l.toks.get(i).norm())) {
                    return true;
                }
            }
            if (CAUSAL.contains(l.toks.get(g.firstTok()).norm())) {
                return true; // the trigger carries the causal word («بقصف»)
            }
        }
        return false;
    }

    /** Whether a word that opens a separate report («في حين», «فيما», «كما») lies between the two tokens. */
    private boolean separatorBetween(int after, int before) {
        for (int i = after + 1; i < before; i++) {
            if (Words.anyKey(l.toks.get(i), SEPARATORS) || TollCarry.has(l.toks.get(i), TollCarry.SIDE_SEPARATORS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean killBetween(List<Mention<TriggerEntry>> kills, int after, int before) {
        for (Mention<TriggerEntry> o : kills) {
            if (o.firstToken() > after && o.firstToken() < before) {
                return true;
            }
        }
        return false;
    }

    /** "5 killed in shelling", "killed as a result of a raid": a death cue joined to the next trigger by a causal word. */
    boolean causeBetween(Mention<TriggerEntry> k, Frame f) {
        for (int i = k.lastToken() + 1; i < f.firstTok(); i++) {
            if (CAUSAL.contains(l.toks.get(i).norm())) {
                return true;
            }
        }
        return false;
    }
}
