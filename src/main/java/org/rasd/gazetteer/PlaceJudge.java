package org.rasd.gazetteer;

import org.rasd.text.Document;

/**
 * A second opinion on the geocoder's candidates, such as a named-entity model ({@code org.rasd.ner.PlaceNer}): for a
 * document, the probability that a token range names a place. The geocoder uses it at two points only, each off
 * when its threshold is NaN: a candidate it would accept without a head, a locative or a container (a country's
 * name excepted) is dropped when the probability is below {@link #rejectBelow()} (a common word read as a town); a known name it would refuse for being
 * short, a common word or a first name is accepted when the probability is at least {@link #acceptAbove()}.
 * {@link #NONE}, the default, gives no opinion: the geocoder's rules alone.
 */
public interface PlaceJudge {
    /** The judge's view of one document, or null for no opinion. Called once per {@link Geocoder#find}. */
    Session open(Document doc);

    /** Drop a candidate accepted without a head or locative when the probability is below this (NaN: never). */
    default double rejectBelow() {
        return Double.NaN;
    }

    /** Accept a refused short, common-word or first-name candidate at or above this probability (NaN: never). */
    default double acceptAbove() {
        return Double.NaN;
    }

    /** Probabilities for one document; computed lazily, used by one thread. */
    interface Session {
        /** Probability in [0, 1] that the document's tokens {@code [t0, t1)} name a place; NaN for no opinion. */
        double place(int t0, int t1);
    }

    PlaceJudge NONE = doc -> null;
}
