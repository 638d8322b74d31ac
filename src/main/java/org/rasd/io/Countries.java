package org.rasd.io;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rasd.text.TsvTable;

/**
 * The one country table: ISO-2, ISO-3, ISO numeric, ACLED country name and ACLED region from
 * {@code countries-acled.tsv}. Look-ups accept an ISO-2 or ISO-3 code or the country name.
 */
public final class Countries {
    /** One row of the table; {@code isoNumeric} is 0 where ISO gives none (Kosovo) or the code is unknown. */
    public record Country(String iso2, String iso3, int isoNumeric, String name, String region) {
    }

    private static final Map<String, Country> BY_KEY = new HashMap<>();
    private static final Map<String, Country> ALL = new LinkedHashMap<>();
    private static final Country NONE = new Country("", "", 0, "", "");

    static {
        for (TsvTable.Row r : TsvTable.resource(Countries.class, "countries-acled.tsv", true, 5)) {
            Country c;
            try {
                c = new Country(r.col(0), r.col(1), r.col(2).isEmpty() ? 0 : Integer.parseInt(r.col(2)), r.col(3),
                        r.col(4));
            } catch (NumberFormatException e) {
                throw r.error("iso_numeric is not a number: " + r.col(2), e);
            }
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

    /**
     * Never fails: the table's row for the key, else a row that carries the key (upper-cased) as ISO-2 and
     * name, with no ISO-3, number or region; an all-empty row for a missing key.
     */
    public static Country of(String key) {
        if (key == null || key.isBlank()) {
            return NONE;
        }
        return find(key).orElseGet(() -> {
            String k = key.strip().toUpperCase(Locale.ROOT);
            return new Country(k, "", 0, k, "");
        });
    }

    public static Collection<Country> all() {
        return ALL.values();
    }
}
