package org.rasd.gazetteer;

import java.util.List;
import org.rasd.model.Location;

/**
 * A place named in the text: original char offsets {@code [start, end)} of the name (without its generic head
 * or clitics), the Arabic as written, the resolved place, the ACLED geo_precision the wording gives, other
 * plausible readings, the generic head before it (town, countryside of … or null), whether it is the article's
 * dateline (where it was written: no event should use it) and a confidence in [0, 1].
 */
public record PlaceMention(int start, int end, String nameAr, Place place, int geoPrecision, List<Place> alternatives,
                           String head, boolean dateline, double confidence) {
    public PlaceMention {
        alternatives = List.copyOf(alternatives);
    }

    /** ACLED location fields for this mention. */
    public Location toLocation() {
        return new Location(place.name(), nameAr, place.country(), place.admin1(), place.admin2(), place.admin3(),
                place.lat(), place.lon(), geoPrecision, place.id());
    }
}
