package org.rasd.model;

import java.util.Locale;

/**
 * ACLED's 25 sub-event types: the one place their names live. Each knows its event type, its disorder type,
 * the family used to deduplicate reports across sources (an air strike read as shelling, a clash read as a
 * territorial gain are one incident), and the phrase used in an English notes line.
 */
public enum SubEventType {
    // Battles
    ARMED_CLASH("Armed clash", EventType.BATTLES, "battle", "armed clash"),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", EventType.BATTLES, "battle", "regained territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", EventType.BATTLES, "battle",
            "took over territory"),
    // Explosions/Remote violence
    CHEMICAL_WEAPON("Chemical weapon", EventType.EXPLOSIONS_REMOTE_VIOLENCE, "chemical", null),
    AIR_DRONE_STRIKE("Air/drone strike", EventType.EXPLOSIONS_REMOTE_VIOLENCE, "remote-strike", null),
    SUICIDE_BOMB("Suicide bomb", EventType.EXPLOSIONS_REMOTE_VIOLENCE, "explosive", "suicide bombing"),
    SHELLING_ARTILLERY_MISSILE_ATTACK("Shelling/artillery/missile attack", EventType.EXPLOSIONS_REMOTE_VIOLENCE,
            "remote-strike", "shelling/missile attack"),
    REMOTE_EXPLOSIVE_LANDMINE_IED("Remote explosive/landmine/IED", EventType.EXPLOSIONS_REMOTE_VIOLENCE, "explosive",
            "explosive device attack"),
    GRENADE("Grenade", EventType.EXPLOSIONS_REMOTE_VIOLENCE, "explosive", null),
    // Violence against civilians
    SEXUAL_VIOLENCE("Sexual violence", EventType.VIOLENCE_AGAINST_CIVILIANS, "sexual-violence", null),
    ATTACK("Attack", EventType.VIOLENCE_AGAINST_CIVILIANS, "attack", null),
    ABDUCTION_FORCED_DISAPPEARANCE("Abduction/forced disappearance", EventType.VIOLENCE_AGAINST_CIVILIANS, "abduction",
            "abduction"),
    // Protests
    PEACEFUL_PROTEST("Peaceful protest", EventType.PROTESTS, "protest", "protest"),
    PROTEST_WITH_INTERVENTION("Protest with intervention", EventType.PROTESTS, "protest", null),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS("Excessive force against protesters", EventType.PROTESTS, "protest", null),
    // Riots
    VIOLENT_DEMONSTRATION("Violent demonstration", EventType.RIOTS, "riot", null),
    MOB_VIOLENCE("Mob violence", EventType.RIOTS, "riot", null),
    // Strategic developments
    AGREEMENT("Agreement", EventType.STRATEGIC_DEVELOPMENTS, null, null),
    ARRESTS("Arrests", EventType.STRATEGIC_DEVELOPMENTS, null, null),
    CHANGE_TO_GROUP_ACTIVITY("Change to group/activity", EventType.STRATEGIC_DEVELOPMENTS, null, null),
    DISRUPTED_WEAPONS_USE("Disrupted weapons use", EventType.STRATEGIC_DEVELOPMENTS, null, null),
    HEADQUARTERS_OR_BASE_ESTABLISHED("Headquarters or base established", EventType.STRATEGIC_DEVELOPMENTS, null, null),
    LOOTING_PROPERTY_DESTRUCTION("Looting/property destruction", EventType.STRATEGIC_DEVELOPMENTS, null, null),
    NON_VIOLENT_TRANSFER_OF_TERRITORY("Non-violent transfer of territory", EventType.STRATEGIC_DEVELOPMENTS, null,
            null),
    OTHER("Other", EventType.STRATEGIC_DEVELOPMENTS, null, null);

    private final String label;
    private final EventType eventType;
    private final String family;
    private final String notePhrase;

    SubEventType(String label, EventType eventType, String family, String notePhrase) {
        this.label = label;
        this.eventType = eventType;
        String lower = label.toLowerCase(Locale.ROOT);
        this.family = family != null ? family : "sub:" + lower;
        this.notePhrase = notePhrase != null ? notePhrase : lower;
    }

    /** ACLED's spelling, as in its CSV's {@code sub_event_type} column. */
    public String label() {
        return label;
    }

    public EventType eventType() {
        return eventType;
    }

    /**
     * ACLED's disorder type: political violence for battles, explosions and violence against civilians;
     * demonstrations for protests and riots, both for excessive force against protesters and mob violence.
     */
    public DisorderType disorderType() {
        if (this == EXCESSIVE_FORCE_AGAINST_PROTESTERS || this == MOB_VIOLENCE) {
            return DisorderType.POLITICAL_VIOLENCE_AND_DEMONSTRATIONS;
        }
        return eventType.disorderType();
    }

    /**
     * The deduplication family: neighbouring sub-types one incident may be coded as ("battle", "remote-strike",
     * "explosive", …); a type with no neighbours is its own family ("sub:arrests").
     */
    public String family() {
        return family;
    }

    /** The words for it in an English notes line ("suicide bombing", "regained territory"). */
    public String notePhrase() {
        return notePhrase;
    }

    /** Bombings of any kind: suicide, remote explosive, grenade. */
    public boolean isBombing() {
        return this == SUICIDE_BOMB || this == REMOTE_EXPLOSIVE_LANDMINE_IED || this == GRENADE;
    }

    /** The sub-event type with this ACLED label (case and surrounding blanks ignored). */
    public static SubEventType of(String label) {
        SubEventType t = find(label);
        if (t == null) {
            throw new IllegalArgumentException("unknown ACLED sub-event type: " + label);
        }
        return t;
    }

    /** The sub-event type with this label, checked against the event type given with it. */
    public static SubEventType of(String eventType, String label) {
        SubEventType t = of(label);
        if (eventType != null && !eventType.isBlank() && EventType.of(eventType) != t.eventType) {
            throw new IllegalArgumentException("sub-event type " + label + " is not of event type " + eventType);
        }
        return t;
    }

    /** The sub-event type with this ACLED label, or null. */
    public static SubEventType find(String label) {
        if (label == null) {
            return null;
        }
        String l = label.trim();
        for (SubEventType t : values()) {
            if (t.label.equalsIgnoreCase(l)) {
                return t;
            }
        }
        return null;
    }
}
