package org.rasd.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rasd.model.EventMention;
import org.rasd.model.Evidence;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

/**
 * A later sentence that tells an incident already coded again, with a more specific word and no place or day of its
 * own («قتل خمسة في هجوم استهدف الشعب … وقال مصدر إن الهجوم نفذه انتحاريان», «وقع انفجار في فندق بمقديشو … سيارة
 * ملغومة يقودها انتحاري»): it codes no event of its own (it names no place, or only inherits one with no day), but it
 * says what the earlier one was, so the earlier mention takes its sub-type. Only a suicide bombing retells this way:
 * it is the incident an "explosion", a roadside bomb or an "attack" on people was (ACLED: Suicide bomb when the
 * attacker detonated the device on themselves), never a different incident.
 */
final class Retellings {
    private Retellings() {
    }

    /**
     * A frame's retelling.
     *
     * @param sub      the specific sub-type the retelling states
     * @param place    the place it inherited from its paragraph, or null when it names none
     * @param day      its own stated day, or null
     * @param evidence the trigger span, added to the retold mention's evidence
     */
    record Retelling(SubEventType sub, Location place, LocalDate day, Evidence evidence) {
    }

    /** The retelling of frame {@code f}: sub-type {@code sub}, the place it inherited (or null), its day if stated. */
    static Retelling of(Layers l, Frame f, SubEventType sub, Location place, DateArgument.Choice date) {
        return new Retelling(sub, place, date != null && date.stated() ? date.day() : null,
                Evidence.of(l.doc.text(), f.trigger().start(), f.trigger().end(), "trigger"));
    }

    /** Words saying the sentence tells another incident («في حادث منفصل»). */
    static final Set<String> SEPARATE = Words.WORDS.set("separate_incident");

    /**
     * Whether a frame whose place is {@code inherited} from what was told before stands in a sentence that says its
     * incident is a separate one («وفي حادث منفصل تماما عن الأول … قتلت انتحاريا»): then the earlier place is not its
     * place and it retells nothing.
     */
    static boolean separate(Layers l, org.rasd.text.Sentence s, boolean inherited) {
        return inherited && l.sentenceHas(s, SEPARATE);
    }

    /** Whether a frame of sub-type {@code sub} retells an earlier incident rather than being dropped. */
    static boolean retells(SubEventType sub) {
        return sub == SubEventType.SUICIDE_BOMB;
    }

    /** Whether a mention of sub-type {@code weak} can be the incident a retelling of {@code strong} tells again. */
    static boolean retold(SubEventType strong, SubEventType weak) {
        return strong == SubEventType.SUICIDE_BOMB
                && (weak == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED || weak == SubEventType.ATTACK);
    }

    /**
     * {@code out} with the mentions the retelling tells again retyped. With an inherited place: the mentions at that
     * place. With no place: the mentions it can retell, provided they are all at one place (one incident) and the
     * article has no mention of the stronger sub-type yet (which it would rather retell). A stated day must agree
     * (±1) with a retold mention's stated day. Nothing for a null retelling.
     */
    static void apply(List<EventMention> out, Retelling r) {
        if (r == null) {
            return;
        }
        if (r.place() == null && out.stream().anyMatch(m -> m.subEventType() == r.sub())) {
            return;
        }
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            EventMention m = out.get(i);
            if (m.provisional() || !retold(r.sub(), m.subEventType()) || !dayAgrees(m, r.day())) {
                continue;
            }
            if (r.place() != null ? samePlace(m.location(), r.place()) : true) {
                targets.add(i);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        Location first = out.get(targets.get(0)).location();
        if (r.place() == null && targets.stream().anyMatch(i -> !samePlace(out.get(i).location(), first))) {
            return; // explosions at two places: which one the retelling tells is not said
        }
        for (int i : targets) {
            EventMention m = out.get(i);
            List<Evidence> ev = new ArrayList<>(m.evidence());
            ev.add(r.evidence());
            out.set(i, m.toBuilder().subEventType(r.sub()).genericTrigger(false).evidence(ev).build());
        }
    }

    private static boolean dayAgrees(EventMention m, LocalDate day) {
        return day == null || m.date() == null || !m.dateStated()
                || Math.abs(m.date().toEpochDay() - day.toEpochDay()) <= 1;
    }

    static boolean samePlace(Location a, Location b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.gazetteerId() != null && a.gazetteerId().equals(b.gazetteerId())) {
            return true;
        }
        return a.name() != null && a.name().equals(b.name()) && Objects.equals(a.country(), b.country());
    }
}
