package org.rasd.extract;

import java.util.List;
import java.util.Set;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.lexicon.TriggerEntry.Role;
import org.rasd.model.Actor;
import org.rasd.model.EventType;
import org.rasd.model.Inter;
import org.rasd.model.SubEventType;
import org.rasd.text.Sentence;

/**
 * The sub-event type decisions that need the sides, and the actors the text leaves out: an air power's bombardment
 * is an air strike, a generic attack or death report is an attack on civilians or a clash, territory changes hands
 * to the government or from it; then ACLED's default actors, external forces, and the vetoes (looting nobody did,
 * handovers of no territory, truces not concluded, ordinary crime).
 */
final class TypeArgument {
    static final Set<String> TERRITORY_NOUNS = Words.WORDS.set("territory_noun");
    static final Set<String> AGREEMENT_VERBS = Words.WORDS.set("agreement_verb");
    static final Set<String> POLITICAL_ARREST = Words.WORDS.set("political_arrest");
    /** The strong political words (terror, cells, militants) that make the arrests told after them in a paragraph political. */
    static final Set<String> ARREST_CONTEXT = Words.WORDS.set("arrest_context");
    /** Words of retaking ground (استعاد، استرجع): a government-side militia's gain with one is the government's. */
    static final Set<String> REGAIN_WORDS = Words.WORDS.set("territory_regain");
    /** Words of backing (مسنودة، مدعومة، بدعم): the state forces after one support the side that acts. */
    static final Set<String> BACKING_WORDS = Words.WORDS.set("side_backing");

    /** The decided type of a frame and its final sides. */
    record Typed(SubEventType subType, Actor actor1, Actor actor2) {
    }

    private final Layers l;
    private final ActorDefaults defaults;

    TypeArgument(Layers l) {
        this.l = l;
        this.defaults = new ActorDefaults(l);
    }

    /** The type and sides of frame {@code f} in sentence {@code s}, or null when it gives no event. */
    Typed decide(Sentence s, Frame f, ActorRoles roles, String country) {
        Actor actor1 = roles.actor1();
        Actor actor2 = roles.actor2();
        SubEventType subType = bySides(f, actor1, actor2);
        if (subType == null) {
            return null;
        }
        if (subType == SubEventType.ARRESTS && actor1 != null && actor1.equals(defaults.unidentified(country))) {
            // ACLED's arrests are made by the authorities: the unnamed armed men an arrest names are the ones it
            // takes («تفكيك خلية إرهابية», "dismantling a terrorist cell"); the state side named with them made it
            Actor held = actor1;
            actor1 = actor2 != null && actor2.inter().isState() ? actor2 : defaults.actor1(subType, country);
            actor2 = held;
        }
        if (actor1 == null) {
            actor1 = defaults.actor1(subType, country);
        }
        actor1 = defaults.perpetrator(subType, country, actor1);
        if (actor2 == null) {
            actor2 = defaults.actor2(subType, country, actor1);
        }
        if (actor1 != null && actor2 != null && actor1.equals(actor2)) {
            actor2 = null;
        }
        if (subType.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS && actor1 != null
                && actor1.inter() == Inter.CIVILIANS) {
            return null;
        }
        actor1 = defaults.external(actor1, country);
        actor2 = defaults.external(actor2, country);
        if (vetoed(s, subType, roles.actor1Stated(), actor2)) {
            return null;
        }
        return new Typed(subType, actor1, actor2);
    }

    /** An actor of an event at a place in {@code country}: a country's forces are state forces at home, external abroad. */
    Actor placed(Actor a, String country) {
        return defaults.external(a, country);
    }

    /** The frame's type given the sides it was read with, or null when they make no event of it. */
    SubEventType bySides(Frame f, Actor actor1, Actor actor2) {
        SubEventType subType = f.subType();
        if (subType == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK && AirForces.airPower(actor1)
                && !artilleryIn(f)) {
            subType = SubEventType.AIR_DRONE_STRIKE; // an air power's bombardment with no artillery named (air-forces.tsv)
        }
        if (f.generic() && AirForces.airPower(actor1)) {
            return SubEventType.AIR_DRONE_STRIKE; // "the coalition's strikes hit ...": an air power's generic attack
        }
        if (f.generic() || f.killOnly()) {
            boolean civilianTarget = actor2 != null && actor2.inter() == Inter.CIVILIANS;
            if (civilianTarget && (actor1 == null || actor1.inter() != Inter.CIVILIANS)) {
                subType = SubEventType.ATTACK;
            } else if (actor2 != null && actor1 != null && actor2.inter() != Inter.CIVILIANS) {
                subType = SubEventType.ARMED_CLASH;
            } else if (actor2 != null && actor2.inter() != Inter.CIVILIANS && (f.killOnly()
                    || f.subType().eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS || harmIn(f))) {
                // a kill, a shooting, or an attack that killed or wounded armed men or forces, by attackers the
                // sentence does not name («قتل شرطي وأصيب آخر في هجوم نفذه ملثمون»); not a bare strike or targeting
                // («تعرضت الميليشيات لضربات قاصمة»: by whom, how, and with what harm is untold)
                subType = SubEventType.ARMED_CLASH;
            } else {
                return null;
            }
        }
        if (f.territory()) {
            if (actor1 == null) {
                return null;
            }
            subType = governmentGain(f, actor1, actor2)
                    ? SubEventType.GOVERNMENT_REGAINS_TERRITORY : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
        }
        return subType;
    }

    /**
     * Whether a territory change is the government's: state forces took it, or a militia on the government's side
     * (government-sides.tsv) retook it («استعادت», a regain word) or took it backed by or together with state forces
     * («المقاومة المسنودة بقوات الجيش الوطني», «المقاومة الشعبية والجيش»); the militia alone taking positions overtakes them as a
     * non-state actor («سيطرت المقاومة الشعبية على مواقع الحوثيين»).
     */
    private boolean governmentGain(Frame f, Actor actor1, Actor actor2) {
        if (actor1.inter().isState()) {
            return true;
        }
        if (!ActorDefaults.GOVERNMENT_AFFILIATES.contains(actor1.name())) {
            return false;
        }
        for (Mention<TriggerEntry> t : f.triggers()) {
            for (int i = t.firstToken(); i <= t.lastToken(); i++) {
                if (Words.anyKey(l.toks.get(i), REGAIN_WORDS)) {
                    return true;
                }
            }
        }
        ActorReading reading = new ActorReading(l);
        Mention<ActorEntry> prev = null;
        for (Mention<ActorEntry> m : l.actors) {
            if (m.firstToken() < f.regionStart() || m.firstToken() >= f.regionEnd()) {
                continue;
            }
            ActorEntry e = l.resolver.entry(m);
            if (e != null && e.inter() == Inter.STATE_FORCES.code() && (backed(m) || prev != null
                    && actor1.name().equals(nameOf(prev)) && reading.joinedTo(prev, m))) {
                return true; // «المقاومة المسنودة بقوات الجيش», «المقاومة الشعبية والجيش الموالي للشرعية»
            }
            prev = m;
        }
        return false;
    }

    private String nameOf(Mention<ActorEntry> m) {
        ActorEntry e = l.resolver.entry(m);
        return e == null ? null : e.name();
    }

    /** Whether a backing word («المسنودة ب», «مدعومة من», «بدعم من») comes just before mention {@code m}. */
    private boolean backed(Mention<ActorEntry> m) {
        for (int i = Math.max(0, m.firstToken() - BACKING_REACH); i <= m.firstToken(); i++) {
            if (Words.anyKey(l.toks.get(i), BACKING_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens before an actor mention within which a backing word makes it the support of the side acting. */
    static final int BACKING_REACH = 3;

    /** Types the sentence does not bear out. */
    private boolean vetoed(Sentence s, SubEventType subType, boolean actor1Stated, Actor actor2) {
        if (subType == SubEventType.LOOTING_PROPERTY_DESTRUCTION && !actor1Stated) {
            return true; // "looting" in commentary; looting is coded when someone is said to have done it
        }
        if (subType == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY
                && (!actor1Stated || !l.sentenceHas(s, TERRITORY_NOUNS))) {
            return true; // "handed over" people or documents, not territory
        }
        if (subType == SubEventType.AGREEMENT && !l.sentenceHas(s, AGREEMENT_VERBS)) {
            return true; // a truce mentioned, not one concluded
        }
        // ACLED codes arrests of political or armed actors, not ordinary crime
        return subType == SubEventType.ARRESTS && (actor2 == null || actor2.inter() == Inter.CIVILIANS)
                && !l.sentenceHas(s, POLITICAL_ARREST) && !paragraphHas(s, ARREST_CONTEXT);
    }

    /**
     * Whether sentence {@code s} or an earlier one of its paragraph holds one of {@code words}: the arrests that follow
     * a terror cell's raid in its paragraph («... ضد متواطئين مع المشتبه به، حيث اعتقل ثلاثة أشخاص آخرين») are of it;
     * a crime report's «الأجهزة الأمنية» is no such word (words.tsv arrest_context).
     */
    private boolean paragraphHas(Sentence s, Set<String> words) {
        if (l.sentenceHas(s, words)) {
            return true;
        }
        List<Sentence> ss = l.doc.sentences();
        int si = ss.indexOf(s);
        for (int k = si - 1; si > 0 && k >= 0 && l.paragraphOfSentence[k] == l.paragraphOfSentence[si]; k--) {
            if (l.sentenceHas(ss.get(k), words)) {
                return true;
            }
        }
        return false;
    }

    /** A death or injury word («قتل», «أصيب») in the frame's region: the attack harmed the side it names. */
    private boolean harmIn(Frame f) {
        for (Mention<TriggerEntry> t : l.triggers) {
            if ((t.entry().role() == Role.KILL || t.entry().role() == Role.INJURE)
                    && t.firstToken() >= f.regionStart() && t.firstToken() < f.regionEnd()) {
                return true;
            }
        }
        return false;
    }

    /** Words of guns, not aircraft (مدفعية، هاون، دبابات، قذائف): a frame told with one is no air strike. */
    static final Set<String> ARTILLERY_WORDS = Words.WORDS.set("artillery");

    /**
     * An artillery or rocket word in the frame's region, or among its own triggers («إطلاق نيران المدفعية»: the
     * artillery is the trigger, an air power's guns are still guns).
     */
    private boolean artilleryIn(Frame f) {
        for (Mention<TriggerEntry> t : f.triggers()) {
            for (int i = t.firstToken(); i <= t.lastToken(); i++) {
                if (Words.anyKey(l.toks.get(i), ARTILLERY_WORDS)) {
                    return true;
                }
            }
        }
        for (Mention<TriggerEntry> t : l.triggers) {
            if (t.entry().role() == Role.WEAPON && t.firstToken() >= f.regionStart() && t.firstToken() < f.regionEnd()
                    && FrameBuilder.typeOf(t.entry()) == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK) {
                return true;
            }
        }
        return false;
    }

}
