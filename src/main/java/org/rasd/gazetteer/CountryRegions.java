package org.rasd.gazetteer;

import java.util.HashMap;
import java.util.Map;
import org.rasd.model.Location;
import org.rasd.text.ArabicNormalizer;

/**
 * "شمال العراق", "جنوب سوريا": a country named with a direction is the part of it the press means, placed at
 * a representative point from {@code country-regions.tsv} (ACLED geo_precision 3) instead of the country's
 * centre, which can lie hundreds of kilometres away.
 */
public final class CountryRegions {
    private record Region(double lat, double lon, String english) {
    }

    private static final Map<String, Region> REGIONS = load();
    private static final Map<String, String> DIRECTIONS = Map.ofEntries(
            Map.entry("شمال", "N"), Map.entry("شمالي", "N"), Map.entry("جنوب", "S"), Map.entry("جنوبي", "S"),
            Map.entry("شرق", "E"), Map.entry("شرقي", "E"), Map.entry("غرب", "W"), Map.entry("غربي", "W"),
            Map.entry("شمال شرق", "NE"), Map.entry("شمال شرقي", "NE"), Map.entry("شمال غرب", "NW"),
            Map.entry("شمال غربي", "NW"), Map.entry("جنوب شرق", "SE"), Map.entry("جنوب شرقي", "SE"),
            Map.entry("جنوب غرب", "SW"), Map.entry("جنوب غربي", "SW"));

    private CountryRegions() {
    }

    private static Map<String, Region> load() {
        Map<String, Region> m = new HashMap<>();
        for (String[] r : Tsv.resource("country-regions.tsv")) {
            m.put(r[0].trim() + ":" + r[1].trim(), new Region(Double.parseDouble(r[2]), Double.parseDouble(r[3]),
                    r[4].trim()));
        }
        return m;
    }

    /**
     * The region meant when the words just before a country mention are a direction, or the location itself.
     * {@code text} is the article, {@code start} where the country name starts.
     */
    public static Location refine(Location country, String text, int start) {
        if (country == null || country.country() == null) {
            return country;
        }
        int from = Math.max(0, start - 24);
        String before = ArabicNormalizer.normalize(text.substring(from, start)).trim();
        // strip a proclitic glued to the direction word and keep the last one or two words
        String[] w = before.split("\\s+");
        for (int n = Math.min(2, w.length); n >= 1; n--) {
            StringBuilder sb = new StringBuilder();
            for (int i = w.length - n; i < w.length; i++) {
                sb.append(i > w.length - n ? " " : "").append(strip(w[i]));
            }
            String dir = DIRECTIONS.get(sb.toString());
            if (dir != null) {
                Region r = REGIONS.get(country.country() + ":" + dir);
                if (r == null && dir.length() == 2) {
                    r = REGIONS.get(country.country() + ":" + dir.charAt(0));
                }
                if (r != null) {
                    return new Location(r.english(), country.nameAr(), country.country(), null, null, null, r.lat(),
                            r.lon(), 3, "region:" + country.country() + ":" + dir);
                }
            }
        }
        return country;
    }

    private static String strip(String word) {
        for (String p : new String[] {"وب", "ب", "و", "في"}) {
            if (word.startsWith(p) && DIRECTIONS.containsKey(word.substring(p.length()))) {
                return word.substring(p.length());
            }
        }
        return word;
    }
}
