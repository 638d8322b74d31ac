package org.rasd.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mutable collection of places and their Arabic names while a gazetteer is being built. */
public final class PlaceTable {
    final List<Place> places = new ArrayList<>();
    final List<Set<String>> names = new ArrayList<>();
    final List<Boolean> notable = new ArrayList<>();
    private final Map<String, Integer> byGeonamesId = new HashMap<>();

    /** Adds a place with its Arabic names; if {@code geonamesId} is already known the names merge into it. */
    public int add(Place p, Iterable<String> arabicNames, String geonamesId, boolean isNotable) {
        if (geonamesId != null && !geonamesId.isBlank() && !geonamesId.equals("-1")) {
            Integer prev = byGeonamesId.get(geonamesId);
            if (prev != null) {
                for (String n : arabicNames) {
                    names.get(prev).add(n);
                }
                Place old = places.get(prev);
                if (DumpFiles.hasArabic(old.name()) && !DumpFiles.hasArabic(p.name())) {
                    old = new Place(old.id(), p.name(), old.nameAr(), old.country(), old.admin1(), old.admin2(), old.admin3(),
                            old.lat(), old.lon(), old.kind(), old.population());
                    places.set(prev, old);
                }
                if (old.population() == 0 && p.population() > 0) {
                    places.set(prev, new Place(old.id(), old.name(), old.nameAr() == null || old.nameAr().isEmpty()
                            ? p.nameAr() : old.nameAr(), old.country(), old.admin1(), old.admin2(), old.admin3(),
                            old.lat(), old.lon(), upgradeKind(old.kind(), p.kind()), p.population()));
                }
                if (isNotable) {
                    notable.set(prev, true);
                }
                return prev;
            }
        }
        int idx = places.size();
        places.add(p);
        Set<String> ns = new LinkedHashSet<>();
        for (String n : arabicNames) {
            ns.add(n);
        }
        names.add(ns);
        notable.add(isNotable);
        if (geonamesId != null && !geonamesId.isBlank() && !geonamesId.equals("-1")) {
            byGeonamesId.put(geonamesId, idx);
        }
        return idx;
    }

    /** Whether an entry of this GeoNames id was added. */
    public boolean hasGeonamesId(String geonamesId) {
        return byGeonamesId.containsKey(geonamesId);
    }

    private static PlaceKind upgradeKind(PlaceKind old, PlaceKind nu) {
        if (old == PlaceKind.TOWN && nu.isSettlement()) {
            return nu;
        }
        return old;
    }

    public int size() {
        return places.size();
    }

    public Place get(int i) {
        return places.get(i);
    }

    public Set<String> namesOf(int i) {
        return names.get(i);
    }

    public void addNames(int i, Iterable<String> ns) {
        for (String n : ns) {
            names.get(i).add(n);
        }
    }

    /** Replaces an entry's English name when the source gave an Arabic one in that field. */
    public void preferEnglishName(int i, String english) {
        Place old = places.get(i);
        if (DumpFiles.hasArabic(old.name()) && english != null && !english.isBlank()) {
            places.set(i, new Place(old.id(), english, old.nameAr(), old.country(), old.admin1(), old.admin2(),
                    old.admin3(), old.lat(), old.lon(), old.kind(), old.population()));
        }
    }

    public void markNotable(int i) {
        notable.set(i, true);
    }
}
