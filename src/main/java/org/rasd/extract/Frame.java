package org.rasd.extract;

import java.util.ArrayList;
import java.util.List;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.SubEventType;

/**
 * An event frame of one sentence, immutable: its sub-event type, its triggers (token range {@code [firstTok,
 * lastTok]}) and the region of tokens {@code [regionStart, regionEnd)} it takes its arguments from. Built by
 * {@link FrameBuilder}; each pass of {@link FrameTyping} returns new frames.
 *
 * @param sentence    index of the sentence
 * @param subType     the sub-event type the triggers signal
 * @param territory   a territory word, whose type the acting side decides
 * @param generic     a generic attack word, whose type weapon words or the sides decide
 * @param killOnly    only a death report: attack or clash, decided by the victims
 * @param triggers    the trigger mentions, in the order they joined
 * @param regionStart first token of the frame's region
 * @param regionEnd   end (exclusive) of the frame's region
 */
public record Frame(int sentence, SubEventType subType, boolean territory, boolean generic, boolean killOnly,
                    List<Mention<TriggerEntry>> triggers, int firstTok, int lastTok, int regionStart, int regionEnd) {
    public Frame {
        triggers = List.copyOf(triggers);
    }

    /** A frame of one trigger, with no region yet. */
    static Frame of(int sentence, Mention<TriggerEntry> t, SubEventType sub, boolean generic, boolean territory,
                    boolean killOnly) {
        return new Frame(sentence, sub, territory, generic, killOnly, List.of(t), t.firstToken(), t.lastToken(), 0, 0);
    }

    /** The first trigger. */
    public Mention<TriggerEntry> trigger() {
        return triggers.get(0);
    }

    /** This frame with another sub-event type, its flags unchanged. */
    Frame typed(SubEventType sub) {
        return new Frame(sentence, sub, territory, generic, killOnly, triggers, firstTok, lastTok, regionStart,
                regionEnd);
    }

    /** This frame with a specific type from a weapon word: no longer generic. */
    Frame resolved(SubEventType sub) {
        return new Frame(sentence, sub, territory, false, killOnly, triggers, firstTok, lastTok, regionStart,
                regionEnd);
    }

    /** This territory frame as a non-violent transfer. */
    Frame transfer(SubEventType sub) {
        return new Frame(sentence, sub, false, generic, killOnly, triggers, firstTok, lastTok, regionStart, regionEnd);
    }

    /** This frame with its region of tokens. */
    Frame withRegion(int start, int end) {
        return new Frame(sentence, subType, territory, generic, killOnly, triggers, firstTok, lastTok, start, end);
    }

    /** Same type, or a generic word joining a neighbour (which gives it its type). */
    boolean mergesWith(Frame o) {
        boolean same = !generic && !o.generic && subType == o.subType && territory == o.territory;
        return same || generic || o.generic;
    }

    /** This frame and a neighbour as one: a generic frame takes the neighbour's type. */
    Frame absorb(Frame o) {
        List<Mention<TriggerEntry>> ts = new ArrayList<>(triggers);
        ts.addAll(o.triggers);
        return absorbFlags(o).withTriggers(ts);
    }

    /** {@link #absorb} without the neighbour's triggers (merging a run of frames adds them once at its end). */
    Frame absorbFlags(Frame o) {
        boolean takeType = generic && !o.generic;
        return new Frame(sentence, takeType ? o.subType : subType, takeType ? o.territory : territory,
                !takeType && generic, killOnly && o.killOnly, triggers, Math.min(firstTok, o.firstTok),
                Math.max(lastTok, o.lastTok), regionStart, regionEnd);
    }

    /** This frame with the given triggers. */
    Frame withTriggers(List<Mention<TriggerEntry>> ts) {
        return new Frame(sentence, subType, territory, generic, killOnly, ts, firstTok, lastTok, regionStart, regionEnd);
    }
}
