package org.rasd.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.lexicon.TriggerEntry.Role;
import org.rasd.model.EventType;
import org.rasd.model.Inter;
import org.rasd.model.SubEventType;
import org.rasd.text.Span;

/**
 * Frame builder: the triggers of a sentence → immutable frames. Event triggers that no modality cue blocks become
 * frames (a death report with a place and a side but no attack word becomes a kill-only frame); death, injury, weapon
 * and attempt triggers are sorted by role for the argument decisions; then {@link FrameTyping} settles types, merges
 * neighbours and gives each frame its region.
 */
final class FrameBuilder {
    /** Words near a generic attack that make it an air strike (aviation, aircraft, coalition). */
    private static final Set<String> AIR_WORDS = Words.WORDS.set("air_word");
    /** Trigger words that report an air strike only in air context («دمرت»: destroyed; words.tsv air_only). */
    private static final Set<String> AIR_ONLY = Words.WORDS.set("air_only");

    private FrameBuilder() {
    }

    /** The ACLED sub-event type a lexicon trigger signals. */
    static SubEventType typeOf(TriggerEntry e) {
        return SubEventType.of(e.eventType(), e.subEventType());
    }

    /** The frames of a sentence, or null when it has none (or tells of a past year before its first trigger). */
    static SentenceFrames build(Layers l, SentenceView s) {
        List<Mention<TriggerEntry>> trig = s.triggers();
        if (!trig.isEmpty() && Background.namedPastYearIn(l, s.sentence().start(), trig.get(0).start())) {
            return null; // "in 2003 terrorists attacked …": the sentence tells of a past year
        }
        int tallyEnd = Modality.countedTally(l, s.sentence(), trig);
        if (tallyEnd >= 0) {
            if (ExtractTrace.on()) {
                trig.stream().filter(t -> t.start() < tallyEnd).forEach(t -> ExtractTrace.blocked(l, t, "tally-count"));
            }
            // "26350 air strikes in nine months": a period tally, no event; a report after «فيما» stands
            trig = trig.stream().filter(t -> t.start() >= tallyEnd).toList();
            if (trig.isEmpty()) {
                return null;
            }
            s = new SentenceView(s.index(), s.paragraph(), s.sentence(), s.t0(), s.t1(), trig, s.actors(), s.cues(),
                    s.places(), s.dates());
        }
        SentenceFrames found = candidates(l, s);
        if (found.frames().isEmpty()) {
            return null;
        }
        return found.withFrames(FrameTyping.type(l, s.without(found.consumed()), found));
    }

    /** The argument triggers of a sentence by role (deaths, injuries, ...), with its untyped one-trigger frames. */
    static SentenceFrames cues(Layers l, SentenceView s) {
        return candidates(l, s);
    }

    /** Event triggers as one-trigger frames, and the argument triggers by role. */
    private static SentenceFrames candidates(Layers l, SentenceView s) {
        List<Frame> frames = new ArrayList<>();
        List<Mention<TriggerEntry>> kills = new ArrayList<>();
        List<Mention<TriggerEntry>> injures = new ArrayList<>();
        List<Mention<TriggerEntry>> weapons = new ArrayList<>();
        List<Mention<TriggerEntry>> attempts = new ArrayList<>();
        List<Span> consumed = new ArrayList<>();
        for (Mention<TriggerEntry> t : s.triggers()) {
            TriggerEntry e = t.entry();
            if (t.entries().size() > 1 && t.entries().stream().anyMatch(x -> x.role() == Role.KILL)
                    && e.role() != Role.KILL && !Modality.tally(t, s.cues())) {
                kills.add(t); // "executed" reports an execution and a death at once
            }
            switch (e.role()) {
                case KILL -> {
                    if (!Modality.tally(t, s.cues()) && !Modality.negated(t, s.cues())) {
                        kills.add(t); // not a tally, not "without casualties"
                    }
                }
                case INJURE -> injures.add(t);
                case WEAPON -> weapons.add(t);
                case ATTEMPT -> attempts.add(t);
                case IGNORE -> { }
                default -> {
                    if (typeOf(e) == SubEventType.ARRESTS) {
                        injures.add(t); // a count next to an arrest word is of the arrested, never a toll
                    }
                    Span retold = insideActorOrPlace(t, s.actors(), s.places()) ? null
                            : Modality.recalled(l, t, s.cues(), s.sentence());
                    if (retold != null) {
                        if (ExtractTrace.on()) {
                            ExtractTrace.blocked(l, t, "recalled");
                        }
                        consumed.add(retold); // an earlier event retold: no frame, and its place and toll go with it
                        continue;
                    }
                    Frame f = eventFrame(l, s, t, weapons);
                    if (f != null) {
                        frames.add(f);
                    }
                }
            }
        }
        kills.removeIf(k -> inAny(consumed, k.start()));
        if (frames.isEmpty() && !kills.isEmpty() && !s.without(consumed).places().isEmpty() && !s.actors().isEmpty()) {
            // a death report with a place and a side but no attack word: attack or clash, decided by the victims
            Mention<TriggerEntry> k = kills.get(0);
            if (!Modality.blocked(l, k, s.cues(), s.sentence(), true)) {
                frames.add(Frame.of(s.index(), k, SubEventType.ARMED_CLASH, false, false, true));
            }
        }
        return new SentenceFrames(frames, kills, injures, weapons, attempts, consumed);
    }

    /** Whether {@code offset} lies in one of {@code spans}. */
    static boolean inAny(List<Span> spans, int offset) {
        for (Span sp : spans) {
            if (sp.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The frame of an event trigger, or null inside an actor or place name or when blocked. Weapon words seen so far
     * (also inside actor names: "the coalition's aviation") decide air or shelling.
     */
    private static Frame eventFrame(Layers l, SentenceView s, Mention<TriggerEntry> t,
                                    List<Mention<TriggerEntry>> weapons) {
        TriggerEntry e = t.entry();
        if (insideActorOrPlace(t, s.actors(), s.places())) {
            return null;
        }
        boolean generic = e.role() == Role.GENERIC;
        if (generic && launchWithoutMunition(l, s, t)) {
            return null; // "launched a play", "a flight took off": nothing was fired
        }
        if (Modality.blocked(l, t, s.cues(), s.sentence(), generic || explosionWord(l, t))) {
            return null;
        }
        if (e.role() == Role.TERRITORY ? seizedGoods(l, s, t) : acquiredWeapon(l, s, t)) {
            if (ExtractTrace.on()) {
                ExtractTrace.blocked(l, t, "goods");
            }
            return null; // weapons seized, owned or bought: no place changed hands, nothing was fired
        }
        SubEventType sub = typeOf(e);
        if (Words.anyKey(l.toks.get(t.firstToken()), AIR_ONLY) && !aircraftNear(l, t, weapons)) {
            if (!navalNear(l, t)) {
                return null; // "destroyed" reports a strike only from the air: «دمرت عبوة ناسفة عربة» is the IED's
            }
            // «دمرت البوارج الحربية ... زوارق»: the navy's guns destroyed them
            return Frame.of(s.index(), t, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, false, false, false);
        }
        if (sub == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK && !generic && airContext(l, t, weapons)) {
            sub = SubEventType.AIR_DRONE_STRIKE;
        }
        return Frame.of(s.index(), t, sub, generic, e.role() == Role.TERRITORY, false);
    }

    /**
     * Aircraft named next to an air-only trigger: an air word (words.tsv air_word: aviation, aircraft, fighter jets,
     * coalition) in a few tokens around it, and no nearer weapon of another kind. An adjective «حربي» (warships,
     * «خلية الإعلام الحربي») is no aircraft.
     */
    private static boolean aircraftNear(Layers l, Mention<TriggerEntry> t, List<Mention<TriggerEntry>> weapons) {
        Mention<TriggerEntry> w = Layers.nearest(weapons, t, 6);
        if (w != null && typeOf(w.entry()) != SubEventType.AIR_DRONE_STRIKE) {
            return false;
        }
        if (navalNear(l, t)) {
            return false; // «دمرت البوارج الحربية التابعة لقوات التحالف»: the coalition's warships, not its aircraft
        }
        for (int k = Math.max(0, t.firstToken() - 6); k <= Math.min(l.toks.size() - 1, t.lastToken() + 5); k++) {
            if (!Collections.disjoint(PhraseIndex.keys(l.toks.get(k)), AIR_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** Warship words (words.tsv naval_word). */
    private static final Set<String> NAVAL_WORDS = Words.WORDS.set("naval_word");

    /** A warship word within three tokens of a trigger: an air power's navy fired, not its aircraft. */
    private static boolean navalNear(Layers l, Mention<TriggerEntry> t) {
        for (int k = Math.max(0, t.firstToken() - 3); k <= Math.min(l.toks.size() - 1, t.lastToken() + 3); k++) {
            if (Words.anyKey(l.toks.get(k), NAVAL_WORDS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean airContext(Layers l, Mention<TriggerEntry> t, List<Mention<TriggerEntry>> weapons) {
        if (Words.anyKey(l.toks.get(t.firstToken()), TypeArgument.ARTILLERY_WORDS) || navalNear(l, t)) {
            return false; // «إطلاق نيران المدفعية مع قوات التحالف»: the trigger names guns, the coalition is a side
        }
        Mention<TriggerEntry> w = Layers.nearest(weapons, t, 6);
        if (w != null) {
            return typeOf(w.entry()) == SubEventType.AIR_DRONE_STRIKE;
        }
        for (int k = Math.max(0, t.firstToken() - 4); k <= Math.min(l.toks.size() - 1, t.lastToken() + 5); k++) {
            if (!Collections.disjoint(PhraseIndex.keys(l.toks.get(k)), AIR_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A participant noun ("the demonstrators", "the protesters") both names the protesters and reports their protest,
     * alone, inside a gathering phrase ("protesters gathered") or holding the trigger ("rioters" holds "riot").
     */
    private static boolean participant(Mention<TriggerEntry> t, Mention<ActorEntry> a) {
        Inter inter = Inter.of(a.entry().inter());
        boolean nested = t.firstToken() <= a.firstToken() && a.lastToken() <= t.lastToken()
                || a.firstToken() <= t.firstToken() && t.lastToken() <= a.lastToken();
        return nested
                && (inter == Inter.PROTESTERS || inter == Inter.RIOTERS)
                && typeOf(t.entry()).eventType() == (inter == Inter.PROTESTERS ? EventType.PROTESTS : EventType.RIOTS);
    }

    private static boolean insideActorOrPlace(Mention<TriggerEntry> t, List<Mention<ActorEntry>> actors,
                                              List<PlaceRef> places) {
        for (Mention<ActorEntry> a : actors) {
            if (t.firstToken() <= a.lastToken() && a.firstToken() <= t.lastToken() && !participant(t, a)
                    && !(t.firstToken() < a.firstToken() && a.lastToken() < t.lastToken()) // «فتح [مسلحون] النار»
                    && !(t.entry().role() == Role.EVENT && t.firstToken() < a.firstToken()
                    && typeOf(t.entry()) == SubEventType.ARRESTS)) {
                return true; // «تفكيك [خلية إرهابية]»: an arrest trigger may hold its object's first word
            }
        }
        for (PlaceRef p : places) {
            if (t.start() < p.end() && p.start() < t.end()) {
                return true;
            }
        }
        return false;
    }

    /** Launch verbs («أطلق»): an attack word only when what was launched is fired (rockets, shells, fire). */
    private static final Set<String> LAUNCH_VERBS = Words.WORDS.set("launch_verb");
    /** What a launch verb fires: munitions and fire words. */
    private static final Set<String> FIRED = union(Words.WORDS.set("munition"), Words.WORDS.set("fire_word"));
    /** Tokens after a launch verb searched for what it fired. */
    static final int LAUNCH_WINDOW = 6;

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /**
     * A single launch verb («أطلقت») with no munition or fire word in the next tokens of its sentence: a play, a
     * campaign, a flight or an initiative was launched, not an attack («أطلقت الغرفة مسرحية», «طائرة أطلقت من مطار»).
     */
    static boolean launchWithoutMunition(Layers l, SentenceView s, Mention<TriggerEntry> t) {
        if (t.firstToken() != t.lastToken() || !Words.anyKey(l.toks.get(t.firstToken()), LAUNCH_VERBS)) {
            return false;
        }
        for (int k = t.lastToken() + 1; k < Math.min(s.t1(), t.lastToken() + 1 + LAUNCH_WINDOW); k++) {
            if (Words.anyKey(l.toks.get(k), FIRED)) {
                return false;
            }
        }
        return true;
    }

    /** Words of taking, owning or trading (words.tsv acquire_verb): a weapon word after one is goods, not an attack. */
    private static final Set<String> ACQUIRE = Words.WORDS.set("acquire_verb");
    /** Weapons, munitions, vehicles, money (words.tsv seized_goods): what a seizure took when it took no place. */
    private static final Set<String> GOODS = Words.WORDS.set("seized_goods");
    /** Weapon nouns: goods and munitions («الدبابات», «صواريخ»). */
    private static final Set<String> WEAPON_NOUNS = union(GOODS, Words.WORDS.set("munition"));
    /** «على»: the object of a seizure follows it (words.tsv seized_object_marker). */
    private static final String ON = Words.WORDS.one("seized_object_marker");
    /** Tokens after a territory verb, or before a weapon word, searched for goods or a verb of acquiring. */
    static final int GOODS_WINDOW = 10;

    /**
     * A territory trigger whose object is goods: the first or second word after its «على» (a count may come first)
     * names weapons, vehicles or money, not a place or a territory noun: «استولت على كميات ضخمة من الأسلحة», «سيطرت
     * المقاومة على أربع دبابات»: weapons changed hands, no place did. A place named before «على» is the subject's
     * («استولى مقاتلو مصراتة على»); goods named further on are the fight's («استعادت السيطرة على البساتين بعد معارك
     * استخدمت فيها مدرعات»).
     */
    static boolean seizedGoods(Layers l, SentenceView s, Mention<TriggerEntry> t) {
        int clauseEnd = Background.clauseEnd(s.sentence(), t.start());
        int end = Math.min(s.t1(), t.lastToken() + 1 + GOODS_WINDOW);
        for (int k = t.lastToken() + 1; k < end && l.toks.get(k).start() < clauseEnd; k++) {
            if (!ON.equals(l.toks.get(k).norm())) {
                continue;
            }
            for (int j = k + 1; j <= k + 2 && j < s.t1(); j++) {
                org.rasd.text.Token tok = l.toks.get(j);
                if (placeAt(s, tok.start()) || Words.anyKey(tok, TypeArgument.TERRITORY_NOUNS)) {
                    return false;
                }
                if (Words.anyKey(tok, GOODS)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * A one-word weapon trigger («الدبابات», «صواريخ», «القنابل») after a verb or noun of taking, owning or trading in its
     * clause («استولى مقاتلو مصراتة على مئات الدبابات», «تمتلك ترسانة من الصواريخ», «شراء هذا النوع من القنابل»),
     * with no territory noun or other act between: an arsenal, not an attack.
     */
    static boolean acquiredWeapon(Layers l, SentenceView s, Mention<TriggerEntry> t) {
        if (t.firstToken() != t.lastToken() || !Words.anyKey(l.toks.get(t.firstToken()), WEAPON_NOUNS)) {
            return false;
        }
        int clauseStart = Background.clauseStart(s.sentence(), t.start());
        for (int k = t.firstToken() - 1; k >= Math.max(s.t0(), t.firstToken() - GOODS_WINDOW); k--) {
            org.rasd.text.Token tok = l.toks.get(k);
            if (Words.anyKey(tok, ACQUIRE) || seizureAt(l, s, k)) {
                return true;
            }
            if (tok.start() < clauseStart || Words.anyKey(tok, TypeArgument.TERRITORY_NOUNS) || actAt(s, k) && !Words.anyKey(tok, WEAPON_NOUNS)) {
                return false; // «استولى المسلحون على البلدة ثم أطلقوا صواريخ»: the rockets were fired
            }
        }
        return false;
    }

    /** Whether token {@code k} lies in a territory trigger whose object is goods («سيطرت المقاومة على أربع دبابات»). */
    private static boolean seizureAt(Layers l, SentenceView s, int k) {
        for (Mention<TriggerEntry> m : s.triggers()) {
            if (m.firstToken() <= k && k <= m.lastToken() && m.entry().role() == Role.TERRITORY && seizedGoods(l, s, m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} lies in an event trigger of the sentence that is no weapon noun (an act: fired, attacked). */
    private static boolean actAt(SentenceView s, int k) {
        for (Mention<TriggerEntry> m : s.triggers()) {
            Role r = m.entry().role();
            if (m.firstToken() <= k && k <= m.lastToken() && (r == Role.EVENT || r == Role.GENERIC)) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeAt(SentenceView s, int offset) {
        for (PlaceRef p : s.places()) {
            if (p.start() <= offset && offset < p.end()) {
                return true;
            }
        }
        return false;
    }

    /** A bare "explosion" word ("explosion", "exploded"): gas cylinders and fireworks explode too. */
    static boolean explosionWord(Layers l, Mention<TriggerEntry> t) {
        return t.firstToken() == t.lastToken()
                && Words.EXPLOSION_WORDS.contains(PhraseIndex.key(l.toks.get(t.firstToken()).stem()));
    }
}
