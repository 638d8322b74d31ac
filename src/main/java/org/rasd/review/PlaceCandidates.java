package org.rasd.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.rasd.gazetteer.Gazetteer;
import org.rasd.gazetteer.NameKeys;
import org.rasd.gazetteer.Place;
import org.rasd.gazetteer.PlaceKind;
import org.rasd.store.Store;

/**
 * The gazetteer's readings of a place name, ranked, for the review page's place picker: a thin adapter over the
 * gazetteer's public lookup ({@link Gazetteer#lookup}, Arabic names in any spelling). The gazetteer has no lookup by
 * English name, so a Latin name is first turned into the Arabic names that stored events give it (a place the store
 * has never seen under that English name has no candidates). Ranked by: the name matching exactly, the event's
 * country, nearness to a given point (the event's current place), settlements and admin units before features, and
 * population.
 */
public final class PlaceCandidates {
    /** One reading of the name: a gazetteer entry and the ACLED geo precision an event placed there gets. */
    public record Candidate(String gazetteerId, String name, String nameAr, String country, String admin1,
                            String admin2, String admin3, double lat, double lon, String kind, long population,
                            int geoPrecision, double score) {
    }

    private final Supplier<Gazetteer> gazetteer;
    private final Store store;
    private volatile Gazetteer loaded;

    /** {@code gazetteer} is called once, on the first lookup (loading the index takes a moment). */
    public PlaceCandidates(Supplier<Gazetteer> gazetteer, Store store) {
        this.gazetteer = gazetteer;
        this.store = store;
    }

    private Gazetteer gazetteer() {
        Gazetteer g = loaded;
        if (g == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = gazetteer.get();
                }
                g = loaded;
            }
        }
        return g;
    }

    static boolean arabic(String s) {
        return s.codePoints().anyMatch(cp -> cp >= 0x0600 && cp <= 0x06FF);
    }

    /**
     * Up to {@code limit} readings of {@code name} (Arabic or Latin), best first. {@code country} (ISO-2, may be
     * null) and {@code near} ({lat, lon}, may be null) only rank, they never filter.
     */
    public List<Candidate> find(String name, String country, double[] near, int limit) {
        String q = name == null ? "" : name.strip();
        if (q.isEmpty()) {
            throw new IllegalArgumentException("q (a place name, Arabic or Latin) is required");
        }
        if (q.length() > 200) {
            throw new IllegalArgumentException("q longer than 200 characters");
        }
        Set<String> arabicNames = new LinkedHashSet<>();
        boolean latin = !arabic(q);
        if (latin) {
            arabicNames.addAll(arabicNamesOf(q));
        } else {
            arabicNames.add(q);
        }
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, Boolean> exact = new LinkedHashMap<>();
        String qKey = latin ? null : NameKeys.key(q);
        for (String ar : arabicNames) {
            for (Place p : gazetteer().lookup(ar)) {
                places.putIfAbsent(p.id(), p);
                boolean ex = latin ? q.equalsIgnoreCase(p.name())
                        : p.nameAr() != null && NameKeys.key(p.nameAr()).equals(qKey);
                exact.merge(p.id(), ex, Boolean::logicalOr);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Place p : places.values()) {
            double score = 0;
            if (exact.get(p.id())) {
                score += 2;
            }
            if (country != null && country.equalsIgnoreCase(p.country())) {
                score += 1.5;
            }
            if (near != null) {
                score -= Math.min(2, Place.distanceKm(near[0], near[1], p.lat(), p.lon()) / 250);
            }
            score += p.kind().isSettlement() ? 0.5 : p.kind().isAdmin() ? 0.3 : 0;
            score += Math.log10(p.population() + 1.0) / 7;
            out.add(new Candidate(p.id(), p.name(), p.nameAr(), p.country(), p.admin1(), p.admin2(), p.admin3(),
                    p.lat(), p.lon(), p.kind().name().toLowerCase(Locale.ROOT), p.population(),
                    p.kind() == PlaceKind.FEATURE ? 1 : p.kind().basePrecision(), Math.round(score * 1000) / 1000.0));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::gazetteerId));
        return out.subList(0, Math.min(Math.max(1, limit), out.size()));
    }

    /** The Arabic names stored events give a place whose English name is {@code latin} (same name, or starting so). */
    private List<String> arabicNamesOf(String latin) {
        if (store == null) {
            return List.of();
        }
        String l = latin.toLowerCase(Locale.ROOT);
        return store.query(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT location_ar, MAX(CASE WHEN LOWER(location) = ? "
                    + "THEN 1 ELSE 0 END) AS ex FROM events WHERE location_ar IS NOT NULL AND LOWER(location) LIKE ? "
                    + "ESCAPE '!' GROUP BY location_ar ORDER BY ex DESC, location_ar LIMIT 20")) {
                ps.setString(1, l);
                ps.setString(2, l.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
