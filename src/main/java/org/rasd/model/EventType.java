package org.rasd.model;

/** ACLED's six event types. */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    /** ACLED's spelling, as in its CSV's {@code event_type} column. */
    public String label() {
        return label;
    }

    /**
     * ACLED's disorder type for this event type's sub-event types in general (two sub-event types differ: see
     * {@link SubEventType#disorderType()}).
     */
    public DisorderType disorderType() {
        return switch (this) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> DisorderType.POLITICAL_VIOLENCE;
            case PROTESTS, RIOTS -> DisorderType.DEMONSTRATIONS;
            case STRATEGIC_DEVELOPMENTS -> DisorderType.STRATEGIC_DEVELOPMENTS;
        };
    }

    /** The type with this ACLED label (case and surrounding blanks ignored). */
    public static EventType of(String label) {
        EventType t = find(label);
        if (t == null) {
            throw new IllegalArgumentException("unknown ACLED event type: " + label);
        }
        return t;
    }

    /** The type with this ACLED label, or null. */
    public static EventType find(String label) {
        if (label == null) {
            return null;
        }
        String l = label.trim();
        for (EventType t : values()) {
            if (t.label.equalsIgnoreCase(l)) {
                return t;
            }
        }
        return null;
    }
}
