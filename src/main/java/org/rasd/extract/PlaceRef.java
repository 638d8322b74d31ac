package org.rasd.extract;

import java.util.List;
import org.rasd.model.Location;

/**
 * A place mention as the extractor sees it: original char offsets, the resolved ACLED location, and
 * whether it is the dateline (where the report was written, never an event place).
 */
public record PlaceRef(int start, int end, Location location, boolean dateline, List<Location> alternatives) {
    public PlaceRef {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public int precision() {
        return location.geoPrecision();
    }

    public String key() {
        return location.gazetteerId() != null ? location.gazetteerId()
                : location.name() + "@" + location.lat() + "," + location.lon();
    }
}
