package org.rasd.extract;

import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.model.Actor;

/**
 * The sides of a frame as read from the text: the actor that acted and the one acted upon, with the mentions they were
 * read from (null when an actor came from a nationality adjective, the paragraph or a default).
 *
 * @param actor1       the side that acted, or null
 * @param actor2       the side acted upon, or null
 * @param actor1Stated actor 1 is named in the text (evidence for the event), not carried over
 * @param mention1     the mention actor 1 was read from, or null
 * @param mention2     the mention actor 2 was read from, or null
 */
public record ActorRoles(Actor actor1, Actor actor2, boolean actor1Stated, Mention<ActorEntry> mention1,
                         Mention<ActorEntry> mention2) {
    /** The roles the other way round: the side acted upon acted (a stated actor 2 is stated). */
    public ActorRoles swapped() {
        return new ActorRoles(actor2, actor1, actor2 != null && mention2 != null, mention2, mention1);
    }
}
