package org.rasd.extract;

import static org.rasd.extract.ActorCues.CLASH_WITH;
import static org.rasd.extract.ActorCues.CLASH_WITH_GAP;

import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.SubEventType;

/** The other side of a clash named after "with" ({@code clash_with} words), for {@link ActorReading#isTarget}. */
final class ClashPartner {
    private final Layers l;
    private final ActorReading r;

    ClashPartner(Layers l, ActorReading r) {
        this.l = l;
        this.r = r;
    }

    /**
     * "clashes with the Houthis" («اشتباكات قوية دارت … مع ميليشيات الحوثي», «معارك مع المقاومة»): in a clash, the side
     * after "with", shortly after the clash's trigger, is the other side; the side that fought it is named elsewhere.
     */
    boolean is(Mention<ActorEntry> a, Frame f) {
        if (f.subType() != SubEventType.ARMED_CLASH) {
            return false;
        }
        for (Mention<ActorEntry> m : l.actors) {
            if (m != a && m.lastToken() < a.firstToken() && r.joinedTo(m, a)) {
                return is(m, f); // «مع ميليشيات الحوثي والمخلوع صالح»: both are the other side
            }
        }
        int with = r.wordBefore(r.withMembers(a));
        if (with < 0 || !Words.anyKey(l.toks.get(with), CLASH_WITH)) {
            return false;
        }
        for (Mention<TriggerEntry> t : f.triggers()) {
            if (t.lastToken() < with && with - t.lastToken() <= CLASH_WITH_GAP) {
                return subjectBefore(t);
            }
        }
        return false;
    }

    /**
     * Whether a side that can have fought is named before the trigger in its sentence: not one counted among the dead
     * («قتل 18 من الحوثيين في اشتباكات مع المقاومة»: then the side after "with" fought them).
     */
    private boolean subjectBefore(Mention<TriggerEntry> t) {
        int s0 = 0;
        for (org.rasd.text.Sentence s : l.doc.sentences()) {
            if (s.start() <= t.start() && t.start() < s.end()) {
                s0 = l.doc.firstTokenAtOrAfter(s.start());
            }
        }
        for (Mention<ActorEntry> m : l.actors) {
            ActorEntry e = l.resolver.entry(m);
            if (m.firstToken() >= s0 && m.lastToken() < t.firstToken() && e != null && !e.isCivilian()
                    && !r.isVictim(m) && !r.owner(m) && !r.speaker(m)) {
                return true;
            }
        }
        return false;
    }
}
