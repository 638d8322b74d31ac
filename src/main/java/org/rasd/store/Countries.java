package org.rasd.store;

import java.util.Locale;

/**
 * Country names, regions and ISO codes for store rows: a view over {@link org.rasd.io.Countries} (the one
 * country table, {@code countries-acled.tsv}) that never fails: unknown codes fall back to the JDK's names.
 */
public final class Countries {
    /** One row of the table. {@code isoNumeric} is 0 when unknown. */
    public record Country(String iso2, String iso3, int isoNumeric, String name, String region) {
    }

    private Countries() {
    }

    /** The country for an ISO alpha-2 code. */
    public static Country of(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return new Country("", "", 0, "", "");
        }
        String k = iso2.trim().toUpperCase(Locale.ROOT);
        var found = org.rasd.io.Countries.find(k);
        if (found.isPresent()) {
            var c = found.get();
            return new Country(c.iso2(), c.iso3(), c.isoNumeric(), c.name(), c.region());
        }
        Locale l = new Locale("", k);
        String iso3;
        try {
            iso3 = l.getISO3Country();
        } catch (java.util.MissingResourceException e) {
            iso3 = k;
        }
        return new Country(k, iso3, 0, l.getDisplayCountry(Locale.ENGLISH), "");
    }
}
