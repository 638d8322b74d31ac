package org.rasd.model;

/** An ACLED actor: canonical English name and inter code (1 state forces … 8 external/other forces). */
public record Actor(String name, int inter) {
}
