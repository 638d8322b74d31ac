package org.rasd.io;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country codes and ACLED names/regions from {@code countries-acled.tsv}: ISO-2, ISO-3, ISO numeric,
 * ACLED country name and ACLED region. Look-ups accept an ISO-2 or ISO-3 code or the country name.
 */
public final class Countries {
    /** One row of the table; {@code isoNumeric} is 0 where ISO gives none (Kosovo). */
    public record Country(String iso2, String iso3, int isoNumeric, String name, String region) {
    }

    private static final Map<String, Country> BY_KEY = new HashMap<>();
    private static final Map<String, Country> ALL = new LinkedHashMap<>();

    static {
        for (String[] f : TableResource.rows(Countries.class, "countries-acled.tsv")) {
            Country c = new Country(f[0], f[1], f[2].isEmpty() ? 0 : Integer.parseInt(f[2]), f[3], f[4]);
            ALL.put(c.iso2(), c);
            BY_KEY.put(c.iso2().toLowerCase(Locale.ROOT), c);
            BY_KEY.put(c.iso3().toLowerCase(Locale.ROOT), c);
            BY_KEY.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c);
        }
    }

    private Countries() {
    }

    /** By ISO-2, ISO-3 or ACLED name, case-insensitive. */
    public static Optional<Country> find(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(key.strip().toLowerCase(Locale.ROOT)));
    }

    public static Collection<Country> all() {
        return ALL.values();
    }
}
