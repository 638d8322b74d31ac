package org.rasd.model;

/** ACLED's actor inter codes, 1 to 8. */
public enum Inter {
    STATE_FORCES(1, "State forces"),
    REBEL_GROUPS(2, "Rebel groups"),
    POLITICAL_MILITIAS(3, "Political militias"),
    IDENTITY_MILITIAS(4, "Identity militias"),
    RIOTERS(5, "Rioters"),
    PROTESTERS(6, "Protesters"),
    CIVILIANS(7, "Civilians"),
    EXTERNAL_OTHER_FORCES(8, "External/Other forces");

    private static final Inter[] BY_CODE = values();

    private final int code;
    private final String label;

    Inter(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** ACLED's number, as in the {@code inter1}/{@code inter2} columns. */
    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The inter with this code (1–8). */
    public static Inter of(int code) {
        if (code < 1 || code > BY_CODE.length) {
            throw new IllegalArgumentException("ACLED inter code out of range 1-8: " + code);
        }
        return BY_CODE[code - 1];
    }

    /** State forces at home or abroad (1 or 8): the sides that fly, shell and regain territory. */
    public boolean isState() {
        return this == STATE_FORCES || this == EXTERNAL_OTHER_FORCES;
    }

    /** Organised armed groups that are not state forces (2, 3, 4). */
    public boolean isArmedGroup() {
        return this == REBEL_GROUPS || this == POLITICAL_MILITIAS || this == IDENTITY_MILITIAS;
    }
}
