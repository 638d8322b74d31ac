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

    public int precision() {
        return location.geoPrecision();
    }

    public String key() {
        return location.gazetteerId() != null ? location.gazetteerId()
                : location.name() + "@" + location.lat() + "," + location.lon();
    }
}
