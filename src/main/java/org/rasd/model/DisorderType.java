package org.rasd.model;

/** ACLED's disorder types, derived from the sub-event type. */
public enum DisorderType {
    POLITICAL_VIOLENCE("Political violence"),
    DEMONSTRATIONS("Demonstrations"),
    /** Violence that is also a demonstration (excessive force against protesters, mob violence). */
    POLITICAL_VIOLENCE_AND_DEMONSTRATIONS("Political violence; Demonstrations"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    DisorderType(String label) {
        this.label = label;
    }

    /** ACLED's spelling, as in its CSV's {@code disorder_type} column. */
    public String label() {
        return label;
    }
}
