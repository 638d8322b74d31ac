package org.rasd.lexicon;

/** A modality cue: the clause or sentence does not report an event that took place. */
public record Cue(String kind, String scope, String gloss) {
    /**
     * The kind of a phrase that holds a cue word but is no cue («حوادث أمنية»: security incidents, not accidents;
     * «كمائن محكمة»: tight ambushes, not a court): longest match first, it masks the cue and blocks nothing.
     */
    public static final String MASK = "MASK";

    public boolean sentenceWide() {
        return "SENTENCE".equals(scope);
    }
}
