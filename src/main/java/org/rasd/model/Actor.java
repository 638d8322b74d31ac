package org.rasd.model;

import java.util.Objects;

/** An ACLED actor: canonical English name and inter code (state forces … external/other forces). */
public record Actor(String name, Inter inter) {
    public Actor {
        Objects.requireNonNull(inter, "inter");
    }

    /** With ACLED's inter number, 1 to 8. */
    public Actor(String name, int inter) {
        this(name, Inter.of(inter));
    }
}
