package org.rasd.lexicon;

/** One trigger form: the ACLED type it signals and its role in assembling an event. */
public record TriggerEntry(String eventType, String subEventType, Role role, String gloss) {
    /** How a trigger takes part in an event (see triggers.tsv). */
    public enum Role { EVENT, TERRITORY, GENERIC, WEAPON, KILL, INJURE, ATTEMPT, IGNORE }
}
