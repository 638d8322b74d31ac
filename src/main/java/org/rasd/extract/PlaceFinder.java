package org.rasd.extract;

import java.util.List;
import org.rasd.text.Document;

/** Finds and resolves the place mentions of a document (implemented over the gazetteer stage). */
@FunctionalInterface
public interface PlaceFinder {
    List<PlaceRef> find(Document doc, String title);

    PlaceFinder NONE = (doc, title) -> List.of();
}
