package org.rasd.extract;

import java.util.ArrayList;
import java.util.List;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.Actor;
import org.rasd.model.Inter;
import org.rasd.model.SubEventType;

/**
 * Actor 1 and actor 2 of a frame from the actor mentions of its region: "between A and B", speakers, targets after
 * "on" / "against", passive reports, a nationality adjective on the trigger ("Turkish raids"), the subject carried
 * from earlier in the sentence or paragraph, and who can do what (a bombing's perpetrator is not the state forces it
 * hit).
 */
final class ActorArgument {
    private final Layers l;

    /** The roles while they are being read. */
    private static final class Draft {
        Mention<ActorEntry> a1m;
        Mention<ActorEntry> a2m;
        Actor actor1;
        Actor actor2;
        boolean actor1Stated;

        ActorRoles roles() {
            return new ActorRoles(actor1, actor2, actor1Stated, a1m, a2m);
        }
    }

    ActorArgument(Layers l) {
        this.l = l;
    }

    /** The actor mentions of the frame's region. */
    static List<Mention<ActorEntry>> region(SentenceView s, Frame f) {
        List<Mention<ActorEntry>> region = new ArrayList<>();
        for (Mention<ActorEntry> a : s.actors()) {
            if (a.firstToken() >= f.regionStart() && a.firstToken() < f.regionEnd()) {
                region.add(a);
            }
        }
        return region;
    }

    /**
     * The roles of frame {@code f} in an event in {@code country}, or null for a death report with no named
     * perpetrator; {@code paragraphActor} is the stated actor 1 of the paragraph's last event.
     */
    ActorRoles roles(SentenceView s, Frame f, String country, Actor paragraphActor) {
        List<Mention<ActorEntry>> region = new ActorReading(l).withoutAffiliatedHeads(region(s, f));
        Draft d = new Draft();
        ActorReading.Read read = new ActorReading(l).read(f, region, country);
        d.a1m = read.agent();
        d.a2m = read.patient();
        if (d.a1m != null) {
            d.actor1 = l.resolver.resolve(d.a1m, country);
        }
        if (d.a2m != null) {
            d.actor2 = l.resolver.resolve(d.a2m, country);
        }
        nationalForces(f, d);
        if (d.actor1 == null || d.a1m == null || !new ActorReading(l).aircraft(d.a1m)) {
            aircraftForces(f, d);
        }
        d.actor1Stated = d.actor1 != null;
        if (f.killOnly() && (d.a1m == null || d.actor1 == null)) {
            return null; // a death report with no named perpetrator in its clause is not coded on its own
        }
        if (d.actor1 == null) {
            carried(s, f, country, paragraphActor, d);
        }
        if (d.actor1 != null && d.actor2 != null && d.actor1.equals(d.actor2)) {
            d.actor2 = null;
        }
        if (d.actor1 != null && !f.generic() && !f.killOnly()) {
            whoCan(f, region, country, d);
        }
        return d.roles();
    }

    /**
     * "Turkish raids", "the Turkish strikes", "an American raid": a nationality adjective on the trigger names the
     * forces that acted; anyone else read as the actor is then the side hit.
     */
    private void nationalForces(Frame f, Draft d) {
        for (Mention<TriggerEntry> t : f.triggers()) {
            if (t.lastToken() + 1 < l.toks.size()) {
                String iso = l.lex.demonym(l.toks.get(t.lastToken() + 1));
                if (iso != null) {
                    forcesActed(d, iso);
                    return;
                }
            }
        }
    }

    /** The military forces of country {@code iso} acted: whoever was read as actor 1 before is the side hit. */
    private void forcesActed(Draft d, String iso) {
        Actor forces = new Actor("Military Forces of " + l.lex.countryName(iso), Inter.STATE_FORCES);
        if (d.actor1 != null && !d.actor1.equals(forces) && d.actor2 == null) {
            d.actor2 = d.actor1;
            d.a2m = d.a1m;
        }
        d.actor1 = forces;
        d.a1m = null;
    }

    /** Tokens from an aircraft word to the nationality that names its forces («مقاتلات اف-16 تركية»). */
    private static final int AIRCRAFT_GAP = 4;

    /**
     * "two American helicopters attacked", "Turkish F-16 jets launched raids": in an air strike, aircraft with a
     * nationality are that country's military forces, and they acted; anyone else read as the actor is the side hit.
     */
    private void aircraftForces(Frame f, Draft d) {
        if (f.subType() != SubEventType.AIR_DRONE_STRIKE) {
            return;
        }
        for (int k = f.regionStart(); k < f.regionEnd() && k < l.toks.size(); k++) {
            if (!Words.anyKey(l.toks.get(k), Words.AIRCRAFT)) {
                continue;
            }
            for (int j = k + 1; j <= k + AIRCRAFT_GAP && j < l.toks.size(); j++) {
                String iso = l.lex.demonym(l.toks.get(j));
                if (iso != null) {
                    forcesActed(d, iso);
                    return;
                }
            }
        }
    }

    /** The subject carried from earlier in the sentence, else the paragraph's last stated actor. */
    private void carried(SentenceView s, Frame f, String country, Actor paragraphActor, Draft d) {
        Mention<ActorEntry> before = null;
        for (Mention<ActorEntry> a : s.actors()) {
            ActorEntry e = l.resolver.entry(a);
            if (a.firstToken() < f.regionStart() && e != null && !e.isCivilian()
                    && !new ActorReading(l).isTarget(a, f)) {
                before = a;
            }
        }
        if (before != null) {
            before = chainHead(s, before); // «تمكن الجيش والمقاومة … عقب اشتباكات مع الحوثيين»: the army leads
            d.actor1 = l.resolver.resolve(before, country);
            d.a1m = before;
            d.actor1Stated = d.actor1 != null;
        } else if (paragraphActor != null && !f.killOnly()
                && !(f.subType() == SubEventType.ARMED_CLASH && AirForces.airPower(paragraphActor))
                && !(f.subType().isBombing() && !claimed(s) && !alsoSeries(s))) {
            // not an air power's strikes carried into a ground clash («وسط تواصل الاشتباكات»); not a group that
            // claimed (or did) one bombing carried into the next bombings, unclaimed («تبنى بعضها تنظيم داعش»)
            d.actor1 = paragraphActor;
        }
    }

    /** The first of the sides joined by "and" that ends with {@code m} («الجيش والمقاومة»: the army). */
    private Mention<ActorEntry> chainHead(SentenceView s, Mention<ActorEntry> m) {
        ActorReading reading = new ActorReading(l);
        Mention<ActorEntry> head = m;
        for (int i = s.actors().indexOf(m) - 1; i >= 0; i--) {
            Mention<ActorEntry> prev = s.actors().get(i);
            ActorEntry e = l.resolver.entry(prev);
            if (prev.lastToken() >= head.firstToken() || e == null || e.isCivilian() || !reading.joinedTo(prev, head)) {
                break;
            }
            head = prev;
        }
        return head;
    }

    /** Whether a sentence opens with "also", "likewise" («كما انفجرت سيارة»): it goes on with the series before it. */
    private boolean alsoSeries(SentenceView s) {
        return s.t0() < l.toks.size() && Words.anyKey(l.toks.get(s.t0()), ActorCues.ALSO_SERIES);
    }

    /** Whether a sentence tells a claim of responsibility («تبناه التنظيم», «أعلن مسؤوليته»). */
    private boolean claimed(SentenceView s) {
        for (int k = s.t0(); k < s.t1() && k < l.toks.size(); k++) {
            if (Words.anyKey(l.toks.get(k), ActorCues.CLAIM_ADOPT) || Words.anyKey(l.toks.get(k), ActorCues.CLAIM_BACK)
                    || Words.anyKey(l.toks.get(k), ActorCues.CLAIM_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who can do what: a bombing's perpetrator is not the state forces it hit; a suicide bomber is of an armed group;
     * an air strike's actor is neither a rebel nor the police.
     */
    private void whoCan(Frame f, List<Mention<ActorEntry>> region, String country, Draft d) {
        boolean bombing = f.subType().isBombing();
        boolean suicide = f.subType() == SubEventType.SUICIDE_BOMB;
        boolean air = f.subType() == SubEventType.AIR_DRONE_STRIKE;
        Inter inter1 = d.actor1.inter();
        // a suicide bomber belongs to an armed group (inter 2-4), never to state forces, protesters or civilians;
        // an air strike is flown by military forces or a coalition, never by the police
        boolean cannot = suicide ? !inter1.isArmedGroup()
                : bombing && (inter1.isState() || inter1 == Inter.CIVILIANS) || air && (!inter1.isState() || police(d.a1m));
        if (!cannot) {
            return;
        }
        // a side counted among the dead («لقي 12 من الحوثيين مصرعهم إثر انفجار عبوة») or owning what was hit («رتل
        // لعناصر داعش») was hit, it did not act
        ActorReading reading = new ActorReading(l);
        boolean otherCan = d.actor2 != null && (d.a2m == null || !reading.isVictim(d.a2m) && !reading.owner(d.a2m))
                && (air ? d.actor2.inter().isState() && !police(d.a2m) : d.actor2.inter().isArmedGroup());
        Actor civilians = null;
        Mention<ActorEntry> civM = null;
        for (Mention<ActorEntry> a : region) {
            ActorEntry e = l.resolver.entry(a);
            if (e != null && e.isCivilian()) {
                civilians = l.resolver.resolve(a, country);
                civM = a;
                break;
            }
        }
        if (otherCan) {
            // the sides were read the wrong way round: the capable one acts, civilians (if named) suffer
            Actor was = d.actor1;
            Mention<ActorEntry> wasM = d.a1m;
            d.actor1 = d.actor2;
            d.a1m = d.a2m;
            d.actor2 = civilians != null ? civilians : was;
            d.a2m = civilians != null ? civM : wasM;
        } else {
            if (d.actor2 == null || d.actor2.inter() == Inter.CIVILIANS) {
                d.actor2 = d.actor1;
                d.a2m = d.a1m;
            }
            d.actor1 = null;
            d.a1m = null;
            d.actor1Stated = false;
        }
    }

    /** Whether a mention is of a police force (actors.tsv kind "police"). */
    private boolean police(Mention<ActorEntry> m) {
        ActorEntry e = m == null ? null : l.resolver.entry(m);
        return e != null && POLICE.equals(e.kind());
    }

    /** The actors.tsv kind of police forces. */
    private static final String POLICE = "police";

    /**
     * Actors joined by "and" to a side's actor ("the regime forces and the Iranian militias", quoted names too):
     * ACLED's associated actors. The other side's mention ({@code other}, may be null) ends the list: in "between A
     * and B" B is a side, not A's ally.
     */
    List<String> associates(List<Mention<ActorEntry>> region, Mention<ActorEntry> head, Actor main,
                            Mention<ActorEntry> other, String country) {
        if (head == null || main == null) {
            return List.of();
        }
        ActorReading reading = new ActorReading(l);
        List<String> out = new ArrayList<>();
        Mention<ActorEntry> prev = head;
        for (Mention<ActorEntry> m : region) {
            if (m.firstToken() <= prev.lastToken()) {
                continue;
            }
            if (other != null && m.firstToken() == other.firstToken() || !reading.joinedTo(prev, m)) {
                break;
            }
            Actor a = l.resolver.resolve(m, country);
            if (a != null && !a.name().equals(main.name()) && !out.contains(a.name()) && a.inter() != Inter.CIVILIANS) {
                out.add(a.name());
            }
            prev = m;
        }
        return out;
    }
}
