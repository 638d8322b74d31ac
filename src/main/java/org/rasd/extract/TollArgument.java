package org.rasd.extract;

import static org.rasd.extract.TollCues.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.EventType;
import org.rasd.model.SubEventType;
import org.rasd.text.NumberMention;
import org.rasd.text.Sentence;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/**
 * The death toll of a frame: a number goes to the nearest death or injury cue and the largest death figure wins
 * (totals repeat the items); else named ranks or a singular victim; else a vague "dead" counts 3, not stated.
 */
final class TollArgument {
    /**
     * A death toll.
     *
     * @param count   the number of deaths
     * @param stated  the number is stated (not a vague "dozens" or "dead")
     * @param evStart start of its evidence span
     * @param evEnd   end of its evidence span
     */
    record Toll(int count, boolean stated, int evStart, int evEnd) {
    }

    private final Layers l;

    private final TollFilters filters;
    private final TollCauses causes;

    TollArgument(Layers l) {
        this.l = l;
        this.filters = new TollFilters(l);
        this.causes = new TollCauses(l);
    }

    /** The toll of frame {@code f}, or null when no death is reported. */
    Toll deaths(Frame f, List<Mention<TriggerEntry>> kills, List<Mention<TriggerEntry>> injures) {
        return deaths(f, List.of(), kills, injures);
    }

    /**
     * The toll of frame {@code f} among the frames {@code frames} of its sentence, or null when no death is reported. A
     * death word joined by a causal word to a later frame's trigger is that frame's («قتل 22 في كمين»), and no death
     * word or figure of another clause ({@link TollClauses}) counts.
     */
    Toll deaths(Frame f, List<Frame> frames, List<Mention<TriggerEntry>> kills, List<Mention<TriggerEntry>> injures) {
        if (f.subType().eventType() == EventType.STRATEGIC_DEVELOPMENTS) {
            return null; // ACLED: deaths are a violent event's, never an arrest's or a development's
        }
        f = TollCauses.overDevelopments(f, frames);
        List<Integer> splits = TollClauses.splitsAround(l, f.firstTok(), kills, frames);
        List<Mention<TriggerEntry>> ks = new ArrayList<>();
        for (Mention<TriggerEntry> k : kills) {
            if ((k.firstToken() >= f.regionStart() && k.firstToken() < f.regionEnd()
                    || k.firstToken() < f.regionStart() && f.firstTok() - k.lastToken() <= TollCauses.CAUSE_WINDOW && causes.causeBetween(k, f))
                    && !TollClauses.between(splits, k.firstToken(), f.firstTok()) && !causes.causedByLater(k, f, frames, kills)
                    && !causes.cumulative(k, kills, splits)) {
                ks.add(k);
            }
        }
        if (ks.isEmpty()) {
            return null;
        }
        Toll counted = counted(f, ks, injures, splits);
        if (counted != null) {
            return counted;
        }
        Toll named = named(ks);
        if (named != null) {
            return named;
        }
        Mention<TriggerEntry> k = ks.get(0);
        return new Toll(3, false, k.start(), k.end());
    }

    /** The largest figure among the numbers nearest each death cue, or null. */
    private Toll counted(Frame f, List<Mention<TriggerEntry>> ks, List<Mention<TriggerEntry>> injures,
                         List<Integer> splits) {
        Map<Mention<TriggerEntry>, int[]> perCue = new LinkedHashMap<>(); // cue → {distance, value, start, end, vague, token}
        // numbers as far back as the first death cue: one joined to the frame by a causal word before the region
        // ("20 rebels, among them a leader, were killed in a coalition raid") keeps its figure
        int from = f.regionStart();
        for (Mention<TriggerEntry> k : ks) {
            from = Math.min(from, k.firstToken());
        }
        for (NumberMention n : l.doc.numbers()) {
            // the number word itself, without its hedges ("no fewer than six", "at least 57"), so a hedge
            // never makes a number touch the next cue
            int nt = coreToken(n, l.tokAt(n.start()));
            if (nt < from - 6 || nt >= f.regionEnd() + 1 || TollClauses.between(splits, nt, f.firstTok())) {
                continue;
            }
            Mention<TriggerEntry> kNear = null;
            int kd = Integer.MAX_VALUE;
            for (Mention<TriggerEntry> k : ks) {
                int d = boundDistance(nt, k);
                if (d < kd) {
                    kd = d;
                    kNear = k;
                }
            }
            int id = Integer.MAX_VALUE;
            for (Mention<TriggerEntry> k : injures) {
                id = Math.min(id, injuryDistance(nt, k));
            }
            if (kNear == null || kd > 6 || id < kd) {
                continue;
            }
            Integer v = value(n);
            if (v == null || notAToll(n, nt, v, kNear, injures)) {
                continue;
            }
            if (victimBefore(kNear, nt) || withAfter(kNear, nt)) {
                v += 1; // "the killing of the governor and three of his aides": 4; "killed with one of his aides": 2
            }
            int[] cur = perCue.get(kNear);
            if (cur == null || kd < cur[0] || kd == cur[0] && v > cur[1]) {
                perCue.put(kNear, new int[] {kd, v, n.start(), n.end(), n.value() == null ? 1 : 0, nt});
            } else if (cur != null && nt > cur[5] && otherSide(cur[5], nt)) {
                // "8 of the Houthis and 3 of the resistance were killed": both sides' dead, one cue
                cur[1] += v;
                cur[3] = n.end();
                cur[4] |= n.value() == null ? 1 : 0;
            }
        }
        int[] best = null;
        for (int[] c : perCue.values()) {
            if (best == null ? c[1] > -1 : c[1] > best[1]) {
                best = c;
            }
        }
        int[] low = perCue.size() > 1 ? filters.otherSourceLow(perCue) : null;
        if (low != null) {
            // one toll told by two sources ("IS said 113 were killed, while army sources said 58"): the lower (ACLED)
            return new Toll(low[1], low[4] == 0, low[2], low[3]);
        }
        if (best != null && perCue.size() > 1 && !totals(f) && (oneCount(perCue, false)
                || f.subType() == SubEventType.ARMED_CLASH && oneCount(perCue, true))) {
            // several death cues, each with its own figure ("3 soldiers were killed ... and 4 gunmen were killed", "the
            // first raid killed 3 and the second killed 4"): the event's toll is their sum
            int sum = 0;
            int start = Integer.MAX_VALUE;
            int end = -1;
            boolean vague = false;
            for (int[] c : perCue.values()) {
                sum += c[1];
                start = Math.min(start, c[2]);
                end = Math.max(end, c[3]);
                vague |= c[4] == 1;
            }
            return new Toll(sum, !vague, start, end);
        }
        return best == null ? null : new Toll(best[1], best[4] == 0, best[2], best[3]);
    }

    /**
     * Whether number {@code n} (token {@code nt}, value {@code v}) next to death cue {@code k} is no toll: the dead and
     * wounded together ("20 killed and wounded"), a distance or an age ("290 km", "21 years old"), things or a name
     * ("160 shells", "class 151"), or a large figure in a tally's sentence ("1,000 killed in Aden during the fighting").
     */
    private boolean notAToll(NumberMention n, int nt, int v, Mention<TriggerEntry> k,
                             List<Mention<TriggerEntry>> injures) {
        return nt < k.firstToken() && filters.withInjured(k, injures) || unitAfter(n) || filters.countsThings(n, nt)
                || v >= LARGE_TALLY && filters.tallySentence(nt);
    }

    /**
     * Whether the number at token {@code later} gives the other side's dead after the figure at {@code first}: both
     * are followed by the partitive "of" and the later one opens with "and" ("8 of the Houthis and 3 of the resistance").
     */
    private boolean otherSide(int first, int later) {
        return partitiveAfter(first) && partitiveAfter(later)
                && (org.rasd.text.Affixes.isConjunction(l.toks.get(later).proclitics())
                || org.rasd.text.Affixes.AND.equals(l.toks.get(later - 1).norm()));
    }

    /**
     * Whether the number at token {@code nt} opens with "and" after a singular victim that follows death cue {@code k}
     * closely ("مقتل الوالي وثلاثة من مساعديه", "قتل قيادي بارز و11 من معاونيه"): the victim is one more.
     */
    private boolean victimBefore(Mention<TriggerEntry> k, int nt) {
        if (nt <= k.lastToken() + 1 || nt - k.lastToken() > VICTIM_REACH
                || !(org.rasd.text.Affixes.isConjunction(l.toks.get(nt).proclitics())
                || org.rasd.text.Affixes.AND.equals(l.toks.get(nt - 1).norm()))) {
            return false;
        }
        for (int i = k.lastToken() + 1; i < nt; i++) {
            Token t = l.toks.get(i);
            if (t.kind() == TokenKind.NUMBER || t.kind() == TokenKind.PUNCT) {
                return false;
            }
        }
        return singularVictim(l.toks.get(k.lastToken() + 1));
    }

    /**
     * Whether the number at token {@code nt} follows "with" right after death cue {@code k} («فقتل مع أحد مرافقيه», «قتل
     * مع ثلاثة عناصر آخرين»): the victim the cue speaks of dies with them, one more.
     */
    private boolean withAfter(Mention<TriggerEntry> k, int nt) {
        return nt == k.lastToken() + 2 && TollCarry.has(l.toks.get(nt - 1), WITH);
    }

    private boolean partitiveAfter(int tok) {
        return tok + 1 < l.toks.size() && PARTITIVE.equals(l.toks.get(tok + 1).norm());
    }

    /**
     * Whether the death cues' figures are parts of one count ("the first killed 3 and the second 4"): all in one clause,
     * none repeating another's figure, and no word between them that opens a separate report ("while", "as well as").
     */
    private boolean oneCount(Map<Mention<TriggerEntry>, int[]> perCue, boolean sides) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        Set<Integer> values = new java.util.HashSet<>();
        for (var e : perCue.entrySet()) {
            if (!values.add(e.getValue()[1])) {
                return false; // the same figure told twice
            }
            from = Math.min(from, Math.min(e.getKey().firstToken(), e.getValue()[5]));
            to = Math.max(to, Math.max(e.getKey().lastToken(), e.getValue()[5]));
        }
        int sideAt = -1;
        for (int i = from; i <= to; i++) {
            Token t = l.toks.get(i);
            boolean side = sides && TollCarry.has(t, TollCarry.SIDE_SEPARATORS);
            if (side && sideAt < 0) {
                sideAt = i;
            }
            if (t.kind() == TokenKind.PUNCT && !(sides && COMMA.contains(t.norm()))
                    || Words.anyKey(t, SEPARATORS) && !side) {
                return false;
            }
        }
        if (sides && sideAt >= 0) {
            // the other side's dead of the same clash: no place named after "while" (the dead of somewhere else)
            int start = l.toks.get(sideAt).start();
            Sentence s = l.doc.sentenceAt(start);
            int end = s == null ? l.toks.get(to).end() : s.end();
            for (PlaceRef p : l.places) {
                if (p.start() >= start && p.end() <= end) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the frame's sentence gives a total or a part of a toll ("the toll rose to", "among them"). */
    private boolean totals(Frame f) {
        Sentence s = l.doc.sentenceAt(l.toks.get(f.firstTok()).start());
        int from = s == null ? f.regionStart() : l.doc.firstTokenAtOrAfter(s.start());
        for (int i = from; i < l.toks.size() && (s == null ? i < f.regionEnd() : l.toks.get(i).start() < s.end()); i++) {
            if (Words.anyKey(l.toks.get(i), TOTALS)) {
                return true;
            }
        }
        return false;
    }

    /** A number's value, a vague quantity's conventional one ("dozens" = 12), or null past 5000. */
    private static Integer value(NumberMention n) {
        if (n.value() == null) {
            return switch (n.qualifier()) {
                case DOZENS -> 12;
                case HUNDREDS -> 100;
                case THOUSANDS -> 1000;
                default -> 10;
            };
        }
        return n.value() > 5000 ? null : n.value().intValue();
    }

    /** Named ranks after a death cue ("General X and General Y") or a singular victim next to it; or null. */
    private Toll named(List<Mention<TriggerEntry>> ks) {
        for (Mention<TriggerEntry> k : ks) {
            int ranks = 0;
            for (int i = k.lastToken() + 1; i < Math.min(l.toks.size(), k.lastToken() + 14); i++) {
                String st = l.toks.get(i).stem();
                if (RANKS.contains(st) || RANKS.contains(PhraseIndex.key(st))) {
                    ranks++;
                }
            }
            if (ranks > 0) {
                return new Toll(ranks, true, k.start(), k.end());
            }
            Token last = l.toks.get(k.lastToken());
            if (TollCarry.has(last, DUAL_KILLS) || DUAL_PRONOUNS.contains(last.enclitic())
                    || k.firstToken() > 0 && TollCarry.has(l.toks.get(k.firstToken() - 1), DUAL_VICTIMS)
                    || k.lastToken() + 1 < l.toks.size() && TollCarry.has(l.toks.get(k.lastToken() + 1), DUAL_VICTIMS)) {
                return new Toll(2, true, k.start(), k.end()); // «الضابطين قتلا», «مقتلهما», «مقتل جنديين»: two
            }
            if (k.firstToken() > 0 && singularVictim(l.toks.get(k.firstToken() - 1))) {
                return new Toll(1, true, l.toks.get(k.firstToken() - 1).start(), k.end());
            }
            if (k.firstToken() > 1 && singularVictim(l.toks.get(k.firstToken() - 2))
                    && adjective(l.toks.get(k.firstToken() - 1))) {
                return new Toll(1, true, l.toks.get(k.firstToken() - 2).start(), k.end()); // «جنديا تركيا قتل»: one
            }
            if (k.lastToken() + 1 < l.toks.size() && singularVictim(l.toks.get(k.lastToken() + 1))) {
                return new Toll(1, true, k.start(), l.toks.get(k.lastToken() + 1).end());
            }
            if (TollCarry.SINGULAR_PRONOUNS.contains(l.toks.get(k.lastToken()).enclitic())) {
                return new Toll(1, true, k.start(), k.end()); // "which led to his killing": one
            }
        }
        return null;
    }

    /** A relational adjective after a victim noun («جنديا تركيا», "a Turkish soldier"): its nisba ending. */
    private static boolean adjective(Token t) {
        return t.kind() == TokenKind.WORD && Words.endsWithAny(t.norm(), NISBA);
    }

    private static boolean singularVictim(Token t) {
        if (t.kind() != TokenKind.WORD || Words.endsWithAny(t.norm(), PLURAL_SUFFIXES)) {
            return false;
        }
        if (Words.anyKey(t, SINGULAR_VICTIMS)) {
            return true;
        }
        // the accusative ending the stemmer keeps («أن شخصا قتل»: a person was killed)
        String n = t.norm();
        return n.endsWith(ACCUSATIVE) && n.length() > ACCUSATIVE.length() + 2
                && SINGULAR_VICTIMS.contains(n.substring(0, n.length() - ACCUSATIVE.length()));
    }

    private int coreToken(NumberMention n, int first) {
        for (int i = first; i < l.toks.size() && l.toks.get(i).start() < n.end(); i++) {
            Token t = l.toks.get(i);
            if (t.kind() == TokenKind.NUMBER || !HEDGES.contains(t.norm()) && !HEDGES.contains(t.stem())) {
                return i;
            }
        }
        return first;
    }

    private boolean unitAfter(NumberMention n) {
        int i = l.doc.firstTokenAtOrAfter(n.end());
        if (i >= l.toks.size()) {
            return false;
        }
        Token t = l.toks.get(i);
        return UNITS.contains(t.norm()) || UNITS.contains(t.stem());
    }

    /**
     * {@link #distance} from the number at token {@code nt} to cue {@code k}, except that a cue after the number that
     * opens with "and" starts the next count ("5 killed and 20 wounded": «قتل 5 وجرح 20», «أصيب 12 وقتل 3»): the
     * number belongs to the cue before it, so the injured are never counted as dead.
     */
    private int boundDistance(int nt, Mention<TriggerEntry> k) {
        int d = distance(nt, nt, k);
        if (k.firstToken() > nt && org.rasd.text.Affixes.isConjunction(l.toks.get(k.firstToken()).proclitics())) {
            return d + 2;
        }
        return d;
    }

    /**
     * As {@link #boundDistance}, plus {@value #INJURY_CLAUSE} tokens for an injury cue opening its own clause with «و»
     * after the number («مقتل عسكريين تركيين اثنين وجرح أربعة»: the number counts the dead of the clause before it).
     */
    private int injuryDistance(int nt, Mention<TriggerEntry> k) {
        int d = boundDistance(nt, k);
        return k.firstToken() > nt && org.rasd.text.Affixes.isConjunction(l.toks.get(k.firstToken()).proclitics())
                ? d + INJURY_CLAUSE : d;
    }

    static final int INJURY_CLAUSE = 6;

    /**
     * Token distance from a number to a death or injury cue. A count noun right after the number binds
     * tightest ("11 killed and 18 wounded"); a number right after the cue next ("the killing of 16"); a number a few words
     * before a verb after it ("six army men were killed") a little looser.
     */
    static int distance(int nt, int ne, Mention<TriggerEntry> k) {
        if (ne + 1 == k.firstToken()) {
            return 0;
        }
        if (nt > k.lastToken()) {
            return nt - k.lastToken();
        }
        if (ne < k.firstToken()) {
            return Math.max(1, k.firstToken() - ne - 1);
        }
        return 0;
    }
}
