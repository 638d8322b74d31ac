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
        return scope.startsWith(AROUND);
    }

    /**
     * Tokens a trigger may lie before an AROUND cue: 3 («طلعاتها اليومية», «ناسفة حول الدجاج»), or the number after a
     * colon: «AROUND:1» for a relative clause, which qualifies only the word right before it («بأعمال الشغب التي تقوم
     * بها», not «الاحتجاجات ضد العمليات التي يقوم بها الجيش»).
     */
    public int aroundWindow() {
        int colon = scope.indexOf(':');
        return colon < 0 ? AROUND_WINDOW : Integer.parseInt(scope.substring(colon + 1).trim());
    }

    private static final String AROUND = "AROUND";
    /** Tokens a trigger may lie before an AROUND cue that names no window (across a closing quotation mark: «درون» طلعاتها اليومية). */
    private static final int AROUND_WINDOW = 3;
}
