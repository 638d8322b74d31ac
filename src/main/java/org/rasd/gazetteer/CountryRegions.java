package org.rasd.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.model.Location;
import org.rasd.text.ArabicNormalizer;
import org.rasd.text.WordClasses;

/**
 * "North of Iraq", "south of Syria": a country named with a direction ({@code directions.tsv}) is the part of it
 * the press means, placed at a representative point from {@code country-regions.tsv} (ACLED geo_precision 3)
 * instead of the country's centre, which can lie hundreds of kilometres away.
 */
public final class CountryRegions {
    private record Region(double lat, double lon, String english) {
    }

    private static final Map<String, Region> REGIONS = load();
    private static final Map<String, String> DIRECTIONS = directions();
    /** Proclitics and prepositions that may be glued to a direction word (words.tsv, direction_prefix). */
    private static final List<String> PREFIXES = WordClasses.resource(CountryRegions.class, "words.tsv")
            .list("direction_prefix");

    private CountryRegions() {
    }

    private static Map<String, Region> load() {
        Map<String, Region> m = new HashMap<>();
        for (String[] r : PlaceLexicon.rows("country-regions.tsv")) {
            m.put(r[0].trim() + ":" + r[1].trim(), new Region(Double.parseDouble(r[2]), Double.parseDouble(r[3]),
                    r[4].trim()));
        }
        return m;
    }

    /** directions.tsv: a direction phrase, normalized like the text, to N, S, E, W, NE, NW, SE or SW. */
    private static Map<String, String> directions() {
        Map<String, String> m = new HashMap<>();
        for (String[] r : PlaceLexicon.rows("directions.tsv")) {
            String form = String.join(" ", ArabicNormalizer.normalize(r[0]).trim().split("\\s+"));
            m.put(form, r[1].trim());
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

    /**
     * The region of {@code country} (a country location) nearest to the point ({@code lat}, {@code lon}), e.g. the
     * part of Syria facing a Turkish border town, or the country itself when the table has no region for it.
     */
    public static Location nearest(Location country, double lat, double lon) {
        if (country == null || country.country() == null) {
            return country;
        }
        String prefix = country.country() + ":";
        Map.Entry<String, Region> best = null;
        double bestD = Double.MAX_VALUE;
        for (Map.Entry<String, Region> e : REGIONS.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            double dy = e.getValue().lat() - lat;
            double dx = (e.getValue().lon() - lon) * Math.cos(Math.toRadians(lat));
            double d = dx * dx + dy * dy;
            int cmp = Double.compare(d, bestD); // ties go to the smaller key, whatever the map's order
            if (cmp < 0 || cmp == 0 && best != null && e.getKey().compareTo(best.getKey()) < 0) {
                bestD = d;
                best = e;
            }
        }
        if (best == null) {
            return country;
        }
        Region r = best.getValue();
        return new Location(r.english(), country.nameAr(), country.country(), null, null, null, r.lat(), r.lon(), 3,
                "region:" + best.getKey());
    }

    private static String strip(String word) {
        for (String p : PREFIXES) {
            if (word.startsWith(p) && DIRECTIONS.containsKey(word.substring(p.length()))) {
                return word.substring(p.length());
            }
        }
        return word;
    }
}
