package org.rasd.extract;

import java.util.List;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.text.Span;

/**
 * The frames of a sentence in text order, with its argument triggers by role: deaths (not tallies), injuries,
 * weapons and attempts; and the spans consumed by events retold as background ({@link Modality#recalled}), whose
 * places and death counts no frame of the sentence may take.
 */
record SentenceFrames(List<Frame> frames, List<Mention<TriggerEntry>> kills, List<Mention<TriggerEntry>> injures,
                      List<Mention<TriggerEntry>> weapons, List<Mention<TriggerEntry>> attempts,
                      List<Span> consumed) {
    SentenceFrames {
        consumed = List.copyOf(consumed);
        frames = List.copyOf(frames);
        kills = List.copyOf(kills);
        injures = List.copyOf(injures);
        weapons = List.copyOf(weapons);
        attempts = List.copyOf(attempts);
    }

    SentenceFrames withFrames(List<Frame> other) {
        return new SentenceFrames(other, kills, injures, weapons, attempts, consumed);
    }
}
