package org.rasd.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ACLED country names, regions and ISO codes, from {@code countries.tsv} (ISO 3166 alpha-2 keys). */
public final class Countries {
    /** One row of the table. {@code isoNumeric} is 0 when unknown. */
    public record Country(String iso2, String iso3, int isoNumeric, String name, String region) {
    }

    private static final Map<String, Country> BY_ISO2 = load();

    private Countries() {
    }

    private static Map<String, Country> load() {
        Map<String, Country> m = new HashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream("countries.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.put(f[0], new Country(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /** The country for an ISO alpha-2 code; codes missing from the table fall back to the JDK's names. */
    public static Country of(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return new Country("", "", 0, "", "");
        }
        String k = iso2.trim().toUpperCase(Locale.ROOT);
        Country c = BY_ISO2.get(k);
        if (c != null) {
            return c;
        }
        Locale l = new Locale("", k);
        String iso3;
        try {
            iso3 = l.getISO3Country();
        } catch (java.util.MissingResourceException e) {
            iso3 = k;
        }
        String name = l.getDisplayCountry(Locale.ENGLISH);
        return new Country(k, iso3, 0, name.isEmpty() ? k : name, "");
    }
}
