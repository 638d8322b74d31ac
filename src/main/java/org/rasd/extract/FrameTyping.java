package org.rasd.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.EventType;
import org.rasd.model.SubEventType;

/**
 * The sentence-level type passes over candidate frames, each returning new frames: weapon words type generic
 * attacks, chemical weapons, explosions that are another frame's effect, disrupted explosives, munitions carried by
 * an air strike, territory handed over under a deal; then neighbours merge and each frame gets its region.
 */
final class FrameTyping {
    private static final SubEventType AIR = SubEventType.AIR_DRONE_STRIKE;
    private static final SubEventType SHELLING = SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK;
    private static final SubEventType IED = SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED;
    /** Munition nouns that, after an airstrike in the same sentence, are its payload rather than shelling. */
    private static final Set<String> MUNITIONS = Words.WORDS.set("munition");
    /** Words before an explosive that mean it was defused, seized or destroyed before use. */
    static final Set<String> DISRUPTION = Words.WORDS.set("disruption");

    private FrameTyping() {
    }

    /** The typed, merged frames of a sentence with their regions. */
    static List<Frame> type(Layers l, SentenceView s, SentenceFrames found) {
        List<Mention<TriggerEntry>> weapons = found.weapons();
        List<Frame> frames = new ArrayList<>();
        for (Frame f : found.frames()) {
            frames.add(chemical(byWeapon(f, weapons), weapons));
        }
        frames = withoutEffects(l, frames);
        List<Frame> next = new ArrayList<>();
        for (Frame f : frames) {
            next.add(disrupted(l, s.t0(), f));
        }
        frames = payloads(l, next);
        frames = exchanges(l, s, frames);
        frames = suicideMeans(frames);
        frames = riots(frames);
        frames = crowds(l, frames, s.t1());
        frames = transfers(frames);
        frames = raids(l, frames, found.kills());
        List<Integer> splits = TollClauses.splits(l, s.t0(), s.t1(), found.kills(), frames);
        return regions(merge(frames, splits), s.t0(), s.t1(), splits);
    }

    /** A generic frame takes its type from a weapon word within 8 tokens ("attack … with mortars"). */
    static Frame byWeapon(Frame f, List<Mention<TriggerEntry>> weapons) {
        if (f.generic()) {
            Mention<TriggerEntry> w = Layers.nearest(weapons, f.trigger(), 8);
            if (w != null) {
                return f.resolved(FrameBuilder.typeOf(w.entry()));
            }
        }
        return f;
    }

    /** A shelling or air strike with chemical weapons named next to it is a chemical attack. */
    static Frame chemical(Frame f, List<Mention<TriggerEntry>> weapons) {
        if (!f.generic() && (f.subType() == SHELLING || f.subType() == AIR)) {
            Mention<TriggerEntry> w = Layers.nearest(weapons, f.trigger(), 6);
            if (w != null && FrameBuilder.typeOf(w.entry()) == SubEventType.CHEMICAL_WEAPON) {
                return f.typed(SubEventType.CHEMICAL_WEAPON);
            }
        }
        return f;
    }

    /** "explosions" after a strike or a bombing in the same sentence is its effect, not another bombing. */
    static List<Frame> withoutEffects(Layers l, List<Frame> frames) {
        boolean otherExplosion = frames.stream().anyMatch(f -> !f.generic()
                && f.subType().eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE && !explosionStem(l, f));
        if (!otherExplosion) {
            return frames;
        }
        return frames.stream().filter(f -> !(f.triggers().size() == 1 && f.subType() == IED && explosionStem(l, f)))
                .toList();
    }

    private static boolean explosionStem(Layers l, Frame f) {
        return Words.EXPLOSION_WORDS.contains(PhraseIndex.key(l.toks.get(f.firstTok()).stem()));
    }

    /** "destroying five car bombs", "defusing a device": the explosive was stopped before use. */
    static Frame disrupted(Layers l, int t0, Frame f) {
        if (f.subType() == IED || f.subType() == SubEventType.SUICIDE_BOMB) {
            for (int k = Math.max(t0, f.firstTok() - 4); k < f.firstTok(); k++) {
                if (PhraseIndex.keys(l.toks.get(k)).stream().anyMatch(DISRUPTION::contains)) {
                    return f.typed(SubEventType.DISRUPTED_WEAPONS_USE);
                }
            }
        }
        return f;
    }

    /** An air strike then munition nouns ("loaded with 6 missiles"): the payload of the strike, not shelling. */
    static List<Frame> payloads(Layers l, List<Frame> frames) {
        boolean hasAir = frames.stream().anyMatch(f -> f.subType() == AIR && !f.generic());
        if (!hasAir) {
            return frames;
        }
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            boolean payload = f.subType() == SHELLING && !f.generic() && f.triggers().size() == 1
                    && MUNITIONS.contains(PhraseIndex.key(l.toks.get(f.firstTok()).stem()));
            out.add(payload ? f.typed(AIR) : f);
        }
        return out;
    }

    /** Exchange words: both sides fire («تبادلت», «تبادل»). */
    static final Set<String> EXCHANGE = Words.WORDS.set("fire_exchange");
    /** What else sides exchange («الاتهامات», «الأسرى»): an exchange word with one of these exchanges no fire. */
    static final Set<String> EXCHANGE_OTHER = Words.WORDS.set("exchange_other");
    /** Tokens from an exchange word to the shelling word it governs («وتبادلت جماعة الحوثي وحلفاؤها إطلاق نيران المدفعية»). */
    static final int EXCHANGE_DISTANCE = 12;

    /**
     * Sides exchanging fire, shells or artillery fire («تبادل للقصف المدفعي», «وتبادلت جماعة الحوثي وحلفاؤها إطلاق
     * نيران المدفعية مع قوات التحالف»): both fire at each other, an armed clash (ACLED), not a one-sided shelling.
     * The exchange word comes before the shelling word in its clause, with no other thing exchanged between them.
     */
    static List<Frame> exchanges(Layers l, SentenceView s, List<Frame> frames) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            out.add(f.subType() == SHELLING && !f.generic() && !f.territory() && exchanged(l, s, f)
                    ? f.typed(SubEventType.ARMED_CLASH) : f);
        }
        return out;
    }

    private static boolean exchanged(Layers l, SentenceView s, Frame f) {
        int clauseStart = Background.clauseStart(s.sentence(), f.trigger().start());
        for (int k = f.firstTok() - 1; k >= Math.max(s.t0(), f.firstTok() - EXCHANGE_DISTANCE); k--) {
            if (l.toks.get(k).start() < clauseStart || Words.anyKey(l.toks.get(k), EXCHANGE_OTHER)) {
                return false;
            }
            if (Words.anyKey(l.toks.get(k), EXCHANGE)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens between a suicide-bomber word and an explosive device word that is its means. */
    static final int MEANS_DISTANCE = 10;

    /**
     * A suicide-bomber word then an explosive device near it («هجوم انتحاري … بسيارة ملغومة», «فجر انتحاري سترته
     * الناسفة»): the device is the bomber's means, one suicide bombing, not a second, remote one.
     */
    static List<Frame> suicideMeans(List<Frame> frames) {
        List<Frame> suicides = frames.stream().filter(f -> f.subType() == SubEventType.SUICIDE_BOMB && !f.generic()).toList();
        if (suicides.isEmpty()) {
            return frames;
        }
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            boolean means = f.subType() == IED && !f.generic() && suicides.stream().anyMatch(s ->
                    Math.abs(f.firstTok() - s.lastTok()) <= MEANS_DISTANCE || Math.abs(s.firstTok() - f.lastTok()) <= MEANS_DISTANCE);
            out.add(means ? f.typed(SubEventType.SUICIDE_BOMB) : f);
        }
        return out;
    }

    /** Tokens between a clash word and the demonstrators it names. */
    static final int CROWD_DISTANCE = 6;

    /**
     * A clash word then demonstrators («مواجهات بين قوات الأمن ومتظاهرين», «اشتبكت الشرطة مع المحتجين»): one violent
     * demonstration (ACLED: a riot), not an armed clash beside a peaceful protest.
     */
    static List<Frame> riots(List<Frame> frames) {
        List<Frame> out = new ArrayList<>(frames);
        for (int i = 0; i < frames.size(); i++) {
            Frame c = frames.get(i);
            if (c.subType() != SubEventType.ARMED_CLASH || c.generic() || c.killOnly() || c.territory()) {
                continue;
            }
            for (int j = i + 1; j < frames.size(); j++) {
                Frame p = frames.get(j);
                if (p.subType().eventType() == EventType.PROTESTS && p.firstTok() - c.lastTok() <= CROWD_DISTANCE) {
                    out.set(i, c.typed(SubEventType.VIOLENT_DEMONSTRATION));
                    out.set(j, p.typed(SubEventType.VIOLENT_DEMONSTRATION));
                }
            }
        }
        return out;
    }

    /** Words for a stone-throwing crowd or worshippers («الشبان», «المصلين», «راشقي الحجارة»). */
    static final Set<String> CROWD = Words.WORDS.set("crowd");

    /**
     * A clash word then a crowd of youths or worshippers within a few tokens («مواجهات بين قوات الاحتلال والشبان»,
     * «اشتباكات مع المصلين»): a violent demonstration, not an armed clash between two armed sides.
     */
    static List<Frame> crowds(Layers l, List<Frame> frames, int t1) {
        List<Frame> out = new ArrayList<>();
        for (Frame c : frames) {
            boolean crowd = false;
            if (c.subType() == SubEventType.ARMED_CLASH && !c.generic() && !c.killOnly() && !c.territory()) {
                for (int k = c.lastTok() + 1; k <= Math.min(t1 - 1, c.lastTok() + CROWD_DISTANCE) && !crowd; k++) {
                    crowd = Words.anyKey(l.toks.get(k), CROWD);
                }
            }
            out.add(crowd ? c.typed(SubEventType.VIOLENT_DEMONSTRATION) : c);
        }
        return out;
    }

    /** Territory changed under a deal is a non-violent transfer. */
    static List<Frame> transfers(List<Frame> frames) {
        SubEventType nvt = SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY;
        if (frames.stream().noneMatch(f -> f.subType() == nvt)) {
            return frames;
        }
        return frames.stream().map(f -> f.territory() ? f.transfer(nvt) : f).toList();
    }

    /** Storming words: a raid that is an arrest when it arrests and kills nobody. */
    static final Set<String> STORMING = Words.WORDS.set("storming");

    /**
     * Storming a house, a club, a village («اقتحمت القوات منزلا واعتقلت شابا») with an arrest in the same sentence, no
     * death and no other fighting word: a raid to arrest, one Arrests event, not an armed clash.
     */
    static List<Frame> raids(Layers l, List<Frame> frames, List<Mention<TriggerEntry>> kills) {
        if (!kills.isEmpty() || frames.stream().noneMatch(f -> f.subType() == SubEventType.ARRESTS)) {
            return frames;
        }
        List<Frame> storms = frames.stream().filter(f -> storming(l, f)).toList();
        boolean otherFight = frames.stream().anyMatch(f -> !storms.contains(f)
                && (f.subType().eventType() == EventType.BATTLES || f.killOnly()
                || f.subType().eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE && !f.generic()));
        if (storms.isEmpty() || otherFight) {
            return frames;
        }
        return frames.stream().map(f -> storms.contains(f) ? f.typed(SubEventType.ARRESTS) : f).toList();
    }

    private static boolean storming(Layers l, Frame f) {
        return f.subType() == SubEventType.ARMED_CLASH && !f.generic() && !f.territory() && !f.killOnly()
                && f.triggers().stream().allMatch(t -> t.firstToken() == t.lastToken()
                && Words.anyKey(l.toks.get(t.firstToken()), STORMING));
    }

    /** Neighbours merge: same type, or a generic word with the frame next to it (each run of them once). */
    static List<Frame> merge(List<Frame> frames) {
        return merge(frames, List.of());
    }

    /**
     * Tokens at most between a generic word and a later frame of another kind it merges with: further on, a long
     * sentence reports something else («شنت قوة أمنية عملية عسكرية على قرى … تمكنت خلالها من قتل 11 مسلحا …، وأشاروا إلى
     * مقتل 10 مدنيين في انفجار عبوتين ناسفتين»: an operation and a bombing, not one bombing). A generic word after a
     * frame still takes its type at any distance («ستة صواريخ استهدفت مخازن … كما استهدف معسكر ضبوة»), and frames of
     * one type merge at any distance.
     */
    static final int GENERIC_REACH = 30;

    /** Two frames of one specific type. */
    private static boolean sameKind(Frame a, Frame b) {
        return !a.generic() && !b.generic() && a.subType() == b.subType() && a.territory() == b.territory();
    }

    /**
     * {@link #merge(List)}, except across a clause that reports the dead of another event ({@link TollClauses}):
     * «مقتل 18 في البياع، فيما قتل اثنان في تفجير استهدف الشعب» is two bombings; and a generic word never reaches
     * past {@link #GENERIC_REACH} tokens.
     */
    static List<Frame> merge(List<Frame> frames, List<Integer> splits) {
        List<Frame> merged = new ArrayList<>();
        Frame run = null;
        List<Mention<TriggerEntry>> runTriggers = new ArrayList<>();
        int runLast = -1;
        for (Frame f : frames) {
            if (run != null && run.mergesWith(f) && !TollClauses.between(splits, runLast, f.firstTok())
                    && (sameKind(run, f) || !run.generic() || f.firstTok() - runLast <= GENERIC_REACH)) {
                run = run.absorbFlags(f);
                runTriggers.addAll(f.triggers());
                runLast = Math.max(runLast, f.lastTok());
                continue;
            }
            if (run != null) {
                merged.add(run.withTriggers(runTriggers));
            }
            run = f;
            runLast = f.lastTok();
            runTriggers = new ArrayList<>(f.triggers());
        }
        if (run != null) {
            merged.add(run.withTriggers(runTriggers));
        }
        return merged;
    }

    /**
     * A frame owns its trigger and the tokens up to the next frame's trigger (the first frame also what comes before
     * it): Arabic puts a verb's or noun's arguments after it.
     */
    static List<Frame> regions(List<Frame> frames, int t0, int t1) {
        return regions(frames, t0, t1, List.of());
    }

    /**
     * {@link #regions(List, int, int)}, except that a clause opened before a frame by a report of its own ({@link
     * TollClauses}: «، وفي لحج دارت اشتباكات») starts that frame's region, and ends the region of the frame before.
     */
    static List<Frame> regions(List<Frame> frames, int t0, int t1, List<Integer> splits) {
        int[] starts = new int[frames.size()];
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            starts[i] = i == 0 ? t0 : f.firstTok();
            if (i > 0) {
                for (int sp : splits) {
                    if (sp > frames.get(i - 1).lastTok() && sp <= f.firstTok()) {
                        starts[i] = Math.min(starts[i], sp);
                    }
                }
            }
        }
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            out.add(frames.get(i).withRegion(starts[i], i + 1 < frames.size() ? starts[i + 1] : t1));
        }
        return out;
    }
}
