package org.rasd.lexicon;

/** A modality cue: the clause or sentence does not report an event that took place. */
public record Cue(String kind, String scope, String gloss) {
    public boolean sentenceWide() {
        return "SENTENCE".equals(scope);
    }
}
