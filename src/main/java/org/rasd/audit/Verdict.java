package org.rasd.audit;

import java.util.Locale;

/** What a judge says of one sampled event. Only {@link #OK} counts as correct. */
public enum Verdict {
    /** A real, new event, coded at the right place, type and day (actor or toll slips do not count here). */
    OK("ok"),
    /** Not an event at all: background, statement, plan, metaphor, sports, crime, trial, tally. */
    NOT_EVENT("not-event"),
    /** A real event placed at the wrong location (wrong town, namesake, speaker's city). */
    WRONG_PLACE("wrong-place"),
    /** A real event of another event family or sub-type. */
    WRONG_TYPE("wrong-type"),
    /** A real event on the wrong day (background dated as new, "yesterday" misresolved). */
    WRONG_DATE("wrong-date"),
    /** The same incident as another event of the same article. */
    DUPLICATE("duplicate");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The verdict for a label (case and surrounding space ignored, '_' accepted for '-'), or null. */
    public static Verdict of(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Verdict v : values()) {
            if (v.label.equals(k)) {
                return v;
            }
        }
        return null;
    }
}
