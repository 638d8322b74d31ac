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

    /**
     * Scope AROUND: a clause cue that also qualifies the trigger word right before it, as its adjective or object
     * («طلعاتها اليومية»: its daily sorties; «أحزمة ناسفة حول الدجاج»: explosive belts round chickens).
     */
    public boolean around() {
        return "AROUND".equals(scope);
    }
}
