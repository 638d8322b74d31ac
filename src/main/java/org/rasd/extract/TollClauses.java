package org.rasd.extract;

import java.util.ArrayList;
import java.util.List;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.text.Sentence;

/**
 * Clauses of one sentence that report the dead of different events: a separator ("while", «فيما», «بينما», «في حين»)
 * opens a clause of its own when a death word follows it closely and a place not named before it comes before the next
 * separator («أسفر عن مقتل 18 في البياع، فيما قتل اثنان في تفجير استهدف منطقة الشعب»). A toll never crosses such a
 * boundary and neighbouring frames never merge across it. Without a new place after the separator it is the other
 * side's dead of the same fight («قتل 8 حوثيين فيما قتل أحد رجال المقاومة»): no boundary. "And in" with a place and an
 * event word after it opens a report of its own too («، وفي لحج دارت اشتباكات»).
 */
final class TollClauses {
    /** "Was" after a separator: «بينما كان يمر» tells what the victim was doing, no separate report. */
    private static final java.util.Set<String> CIRCUMSTANTIAL = TollCarry.WORDS.set("circumstantial");
    /** "And in" opening a report at another place («، وفي لحج دارت اشتباكات»). */
    private static final java.util.Set<String> OPENERS = TollCarry.WORDS.set("place_opener");
    /** Tokens after "and in" within which the place starts («وفي محافظة لحج»). */
    static final int OPENER_REACH = 3;
    /** Tokens after the separator within which the death word of a separate report comes. */
    static final int REACH = 8;

    private TollClauses() {
    }

    /** The tokens of the separators in {@code [t0, t1)} that open a clause of their own, in order. */
    static List<Integer> splits(Layers l, int t0, int t1, List<Mention<TriggerEntry>> kills, List<Frame> frames) {
        List<Integer> seps = new ArrayList<>();
        List<Integer> openers = new ArrayList<>();
        for (int i = t0 + 1; i < t1; i++) {
            if (TollCarry.has(l.toks.get(i), TollCarry.SIDE_SEPARATORS)) {
                seps.add(i);
            } else if (TollCarry.has(l.toks.get(i), OPENERS) && placeAt(l, i + 1, Math.min(t1, i + 1 + OPENER_REACH))) {
                seps.add(i);
                openers.add(i);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < seps.size(); j++) {
            int from = seps.get(j);
            int to = j + 1 < seps.size() ? seps.get(j + 1) : t1;
            if (openers.contains(from)) {
                if (frameIn(frames, from, to)) {
                    out.add(from); // «، وفي لحج دارت اشتباكات»: a report of its own at another place
                }
                continue;
            }
            boolean circumstance = from + 1 < t1 && TollCarry.has(l.toks.get(from + 1), CIRCUMSTANTIAL);
            if (!circumstance && killIn(kills, from, Math.min(to, from + 1 + REACH)) && newPlaceIn(l, t0, from, to)) {
                out.add(from);
            }
        }
        return out;
    }

    /** The splits of the sentence holding token {@code tok}. */
    static List<Integer> splitsAround(Layers l, int tok, List<Mention<TriggerEntry>> kills, List<Frame> frames) {
        Sentence s = l.doc.sentenceAt(l.toks.get(tok).start());
        if (s == null) {
            return List.of();
        }
        return splits(l, l.doc.firstTokenAtOrAfter(s.start()), l.doc.firstTokenAtOrAfter(s.end()), kills, frames);
    }

    private static boolean frameIn(List<Frame> frames, int from, int to) {
        for (Frame f : frames) {
            if (f.firstTok() > from && f.firstTok() < to) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place mention starts at one of tokens {@code [from, to)}. */
    private static boolean placeAt(Layers l, int from, int to) {
        if (from >= to) {
            return false;
        }
        int start = l.toks.get(from).start();
        int end = l.toks.get(to - 1).end();
        for (PlaceRef p : l.places) {
            if (p.start() >= start && p.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** Whether a split lies between tokens {@code a} and {@code b} (either order). */
    static boolean between(List<Integer> splits, int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        for (int s : splits) {
            if (s > lo && s <= hi) {
                return true;
            }
        }
        return false;
    }

    private static boolean killIn(List<Mention<TriggerEntry>> kills, int from, int to) {
        for (Mention<TriggerEntry> k : kills) {
            if (k.firstToken() > from && k.firstToken() < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens {@code [from, to)} name a place not named before them in the sentence (from {@code t0}): the same
     * town after "while" is a second figure for the same fight («فيما زعم الحزب أن عنصرين فقط قتلا في الزبداني»).
     */
    private static boolean newPlaceIn(Layers l, int t0, int from, int to) {
        int s0 = l.toks.get(t0).start();
        int start = l.toks.get(from).start();
        int end = l.toks.get(to - 1).end();
        java.util.Set<String> before = new java.util.HashSet<>();
        for (PlaceRef p : l.places) {
            if (p.start() >= s0 && p.end() <= start) {
                before.add(p.key());
            }
        }
        for (PlaceRef p : l.places) {
            if (p.start() >= start && p.end() <= end && !before.contains(p.key())) {
                return true;
            }
        }
        return false;
    }
}
