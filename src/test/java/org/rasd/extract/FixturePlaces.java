package org.rasd.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasd.model.Location;

/** A tiny place finder for tests: exact occurrences of the given Arabic names, longest first. */
public final class FixturePlaces implements PlaceFinder {
    private final Map<String, Location> names = new LinkedHashMap<>();
    private final List<String> datelines = new ArrayList<>();

    public FixturePlaces add(String arabic, String name, String country, double lat, double lon, int precision) {
        names.put(arabic, new Location(name, arabic, country, null, null, null, lat, lon, precision, "fx:" + name));
        return this;
    }

    /** A country, with the gazetteer's country id ({@code cty:ISO2}) and precision 3. */
    public FixturePlaces country(String arabic, String name, String iso2, double lat, double lon) {
        names.put(arabic, new Location(name, arabic, iso2, null, null, null, lat, lon, 3, "cty:" + iso2));
        return this;
    }

    /** A part of a country named by a direction («شمال اليمن»), with the gazetteer's region id and precision 3. */
    public FixturePlaces region(String arabic, String name, String iso2, double lat, double lon) {
        names.put(arabic, new Location(name, arabic, iso2, null, null, null, lat, lon, 3, "region:" + iso2 + ":" + name));
        return this;
    }

    public FixturePlaces dateline(String arabic) {
        datelines.add(arabic);
        return this;
    }

    @Override
    public List<PlaceRef> find(org.rasd.text.Document doc, String title) {
        String text = doc.text();
        List<PlaceRef> all = new ArrayList<>();
        List<String> keys = new ArrayList<>(names.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] taken = new boolean[text.length()];
        for (String k : keys) {
            for (int i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) {
                boolean free = true;
                for (int j = i; j < i + k.length(); j++) {
                    free &= !taken[j];
                }
                if (!free) {
                    continue;
                }
                for (int j = i; j < i + k.length(); j++) {
                    taken[j] = true;
                }
                boolean dl = datelines.contains(k) && i < 3;
                all.add(new PlaceRef(i, i + k.length(), names.get(k), dl, List.of()));
            }
        }
        all.sort(Comparator.comparingInt(PlaceRef::start));
        return all;
    }
}
