package org.rasd;

import java.util.ArrayList;
import java.util.List;
import org.rasd.extract.PlaceFinder;
import org.rasd.extract.PlaceRef;
import org.rasd.gazetteer.CountryRegions;
import org.rasd.gazetteer.Gazetteer;
import org.rasd.gazetteer.Geocoder;
import org.rasd.gazetteer.Place;
import org.rasd.gazetteer.PlaceMention;
import org.rasd.io.DataPaths;
import org.rasd.model.Location;
import org.rasd.ner.PlaceNer;

/** Connects the gazetteer stage to the extractor. */
final class Places {
    private Places() {
    }

    static PlaceFinder open(DataPaths paths) {
        Gazetteer gaz = Gazetteer.load(paths);
        Geocoder geocoder = new Geocoder(gaz, PlaceNer.forPipeline(gaz));
        return (doc, title) -> {
            List<PlaceRef> out = new ArrayList<>();
            for (PlaceMention m : geocoder.find(doc, title)) {
                List<Location> alts = new ArrayList<>();
                for (Place p : m.alternatives()) {
                    alts.add(new Location(p.name(), m.nameAr(), p.country(), p.admin1(), p.admin2(), p.admin3(),
                            p.lat(), p.lon(), m.geoPrecision(), p.id()));
                }
                Location loc = m.toLocation();
                String kind = m.place().kind().name();
                if (m.place().kind() == org.rasd.gazetteer.PlaceKind.COUNTRY) {
                    Location region = CountryRegions.refine(loc, doc.text(), m.start());
                    if (region != loc) {
                        loc = region;
                        kind = "ADMIN1";
                    }
                }
                out.add(new PlaceRef(m.start(), m.end(), loc, m.dateline(), alts, kind));
            }
            return out;
        };
    }
}
