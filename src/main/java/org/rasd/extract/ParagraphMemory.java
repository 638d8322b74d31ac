package org.rasd.extract;

import java.util.List;
import org.rasd.model.Actor;
import org.rasd.model.EventMention;

/**
 * What a paragraph has established so far, for frames that name no place or actor: the place of its last coded event
 * mention and the last stated actor 1. Immutable: the extractor folds each frame's {@link Outcome} into a new memory
 * in text order, so a frame's decision depends on the decisions of the frames before it in its paragraph, never on
 * when or how the mentions are emitted.
 *
 * @param paragraph the paragraph index
 * @param place     the place of the paragraph's last coded event mention, or null
 * @param actor     the paragraph's last stated actor 1 (of a frame that gave an event), or null
 */
record ParagraphMemory(int paragraph, PlaceRef place, Actor actor) {
    static final ParagraphMemory EMPTY = new ParagraphMemory(-1, null, null);

    /**
     * What one frame gave.
     *
     * @param mentions    its event mentions, in text order of their places
     * @param place       the place of its last mention, or null when it has none
     * @param statedActor its stated actor 1, or null
     * @param retelling   what it says of an incident coded before it ({@link Retellings}), or null
     */
    record Outcome(List<EventMention> mentions, PlaceRef place, Actor statedActor, Retellings.Retelling retelling) {
        static final Outcome NONE = new Outcome(List.of(), null, null);

        Outcome {
            mentions = List.copyOf(mentions);
        }

        Outcome(List<EventMention> mentions, PlaceRef place, Actor statedActor) {
            this(mentions, place, statedActor, null);
        }

        /** A frame that codes nothing of its own but retells an earlier incident. */
        static Outcome retelling(Retellings.Retelling r) {
            return new Outcome(List.of(), null, null, r);
        }
    }

    /** The memory for a frame of paragraph {@code para}: this one, or an empty one when a new paragraph starts. */
    ParagraphMemory in(int para) {
        return para == paragraph ? this : new ParagraphMemory(para, null, null);
    }

    /** The memory after a frame of this paragraph gave {@code o}. */
    ParagraphMemory after(Outcome o) {
        return new ParagraphMemory(paragraph, o.place() != null ? o.place() : place,
                o.statedActor() != null ? o.statedActor() : actor);
    }
}
