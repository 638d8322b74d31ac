package org.rasd.lexicon;

import java.time.LocalDate;

/**
 * One actor of the lexicon. {@code name} may hold {@code {C}} for the event's country; {@code country} is an
 * ISO-2 code, "*" for generic actors, and {@code focusOnly} (an ISO-2 code or null) restricts an ambiguous
 * spelling ("the regime", "the coalition") to articles about that country.
 */
public record ActorEntry(String name, int inter, String country, String kind, LocalDate validFrom, LocalDate validTo,
                         String focusOnly, String gloss) {
    public boolean generic() {
        return "*".equals(country) || name.contains("{C}");
    }

    public boolean validOn(LocalDate d) {
        return d == null || (validFrom == null || !d.isBefore(validFrom)) && (validTo == null || !d.isAfter(validTo));
    }

    public boolean isCivilian() {
        return inter == 7;
    }
}
