package org.rasd.extract;

import java.util.List;
import org.rasd.model.Location;

/**
 * A place mention as the extractor sees it: original char offsets, the resolved ACLED location, and
 * whether it is the dateline (where the report was written, never an event place), and the gazetteer's
 * kind of place (COUNTRY, ADMIN1…, CITY, TOWN, VILLAGE, NEIGHBOURHOOD, FEATURE; null when unknown).
 */
public record PlaceRef(int start, int end, Location location, boolean dateline, List<Location> alternatives,
                       String kind) {
    public PlaceRef(int start, int end, Location location, boolean dateline, List<Location> alternatives) {
        this(start, end, location, dateline, alternatives, null);
    }

    public PlaceRef {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** True for a country or a capital city name, which the press also uses for its government. */
    public boolean countryLevel() {
        return "COUNTRY".equals(kind) || location.gazetteerId() != null && location.gazetteerId().startsWith("cty:");
    }

    /** A part of a country named by a direction («بشمال أفغانستان», «northern Syria»): as vague as the country. */
    public boolean countryRegion() {
        return location.gazetteerId() != null && location.gazetteerId().startsWith("region:");
    }

    /** The same place (readings, kind) mentioned at other offsets, never as a dateline: an anaphor pointing back to it. */
    public PlaceRef at(int start, int end) {
        return new PlaceRef(start, end, location, false, alternatives, kind);
    }

    /** The place read as {@code other}, one of its {@link #alternatives()}; the former reading becomes an alternative. */
    public PlaceRef reading(Location other) {
        if (other.equals(location)) {
            return this;
        }
        if (!alternatives.contains(other)) {
            throw new IllegalArgumentException("not a reading of this place: " + other);
        }
        List<Location> alts = new java.util.ArrayList<>(alternatives);
        alts.set(alts.indexOf(other), location);
        return new PlaceRef(start, end, other, dateline, alts, kind);
    }

    public int precision() {
        return location.geoPrecision();
    }

    public String key() {
        return location.gazetteerId() != null ? location.gazetteerId()
                : location.name() + "@" + location.lat() + "," + location.lon();
    }
}
