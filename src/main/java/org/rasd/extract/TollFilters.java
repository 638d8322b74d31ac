package org.rasd.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.text.Affixes;
import org.rasd.text.NumberMention;
import org.rasd.text.Sentence;

/**
 * Numbers near a death cue that are not a death toll ({@link TollArgument}): counts of things ("160 shells"), names
 * ("class 151"), the dead and wounded counted together ("20 killed and wounded"), and large figures in a tally's
 * sentence.
 */
final class TollFilters {
    private final Layers l;

    TollFilters(Layers l) {
        this.l = l;
    }

    /** A number that counts things, not people ("160 shells"), or names one ("class 151", "brigade 55"). */
    boolean countsThings(NumberMention n, int nt) {
        int i = l.doc.firstTokenAtOrAfter(n.end());
        if (i < l.toks.size() && TollCarry.has(l.toks.get(i), TollCarry.COUNTED_THINGS)) {
            return true;
        }
        int b = l.tokAt(n.start()) - 1;
        return nt == l.tokAt(n.start()) && b >= 0 && TollCarry.has(l.toks.get(b), TollCarry.NUMBER_LABELS);
    }

    /**
     * Whether death cue {@code k} is joined by "and" to an injury cue right after it ("قتيلا وجريحا", "قتلى وجرحى",
     * "بين قتيل وجريح"): its number counts the dead and the wounded together.
     */
    boolean withInjured(Mention<TriggerEntry> k, List<Mention<TriggerEntry>> injures) {
        for (Mention<TriggerEntry> i : injures) {
            int gap = i.firstToken() - k.lastToken();
            if ((gap == 1 && Affixes.isConjunction(l.toks.get(i.firstToken()).proclitics())
                    || gap == 2 && Affixes.AND.equals(l.toks.get(k.lastToken() + 1).norm()))
                    && !countAfter(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a number or "others" follows injury cue {@code i} closely ("and 50 were wounded", "and others were
     * wounded"): the wounded are counted apart from the dead.
     */
    private boolean countAfter(Mention<TriggerEntry> i) {
        for (int t = i.lastToken() + 1; t < Math.min(l.toks.size(), i.lastToken() + 3); t++) {
            if (TollCarry.has(l.toks.get(t), TollCarry.OTHERS)) {
                return true;
            }
        }
        for (NumberMention n : l.doc.numbers()) {
            int t = l.tokAt(n.start());
            if (t > i.lastToken() && t - i.lastToken() <= 3) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence of token {@code nt} tells a tally (aggregate cue, tally word) or of plural strikes. */
    boolean tallySentence(int nt) {
        Sentence s = l.doc.sentenceAt(l.toks.get(nt).start());
        if (s == null) {
            return false;
        }
        int t0 = l.doc.firstTokenAtOrAfter(s.start());
        int t1 = l.doc.firstTokenAtOrAfter(s.end());
        return TollCarry.tallyCue(l, t0, t1) || TollCarry.pluralAttacks(l, t0, t1);
    }

    /**
     * The lower of two figures that two sources give for one toll: the later death cue follows "while" and a speech
     * verb («بينما أفادت مصادر في الجيش بأن الهجوم أسفر عن مقتل 58») with no place named after it; else null.
     */
    int[] otherSourceLow(Map<Mention<TriggerEntry>, int[]> perCue) {
        List<Mention<TriggerEntry>> ks = new ArrayList<>(perCue.keySet());
        ks.sort(Comparator.comparingInt(Mention::firstToken));
        Mention<TriggerEntry> first = ks.get(0);
        Mention<TriggerEntry> last = ks.get(ks.size() - 1);
        int[] a = perCue.get(first);
        int[] b = perCue.get(last);
        if (ks.size() != 2 || a[1] == b[1] || a[4] != 0 || b[4] != 0) {
            return null;
        }
        for (int i = first.lastToken() + 1; i < last.firstToken(); i++) {
            if (TollCarry.has(l.toks.get(i), TollCarry.SIDE_SEPARATORS) && i + 1 < last.firstToken()
                    && Words.anyKey(l.toks.get(i + 1), Words.SPEECH_VERBS) && !placeFrom(i, last.lastToken())) {
                return a[1] < b[1] ? a : b;
            }
        }
        return null;
    }

    private boolean placeFrom(int from, int to) {
        int start = l.toks.get(from).start();
        int end = l.toks.get(Math.min(to + 4, l.toks.size() - 1)).end();
        for (PlaceRef p : l.places) {
            if (p.start() >= start && p.end() <= end) {
                return true;
            }
        }
        return false;
    }
}
