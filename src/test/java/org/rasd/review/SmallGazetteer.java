package org.rasd.review;

import java.util.List;
import org.rasd.gazetteer.Gazetteer;
import org.rasd.gazetteer.Place;
import org.rasd.gazetteer.PlaceKind;
import org.rasd.gazetteer.PlaceTable;

/** A four-place gazetteer for the place picker's tests: three places called «الطيبة» and Nawa. */
final class SmallGazetteer {
    private SmallGazetteer() {
    }

    static Gazetteer get() {
        PlaceTable t = new PlaceTable();
        t.add(new Place("gn:101", "At Tayyibah", "الطيبة", "SY", "Daraa", "Daraa", null, 32.5617, 36.2453,
                PlaceKind.VILLAGE, 8000), List.of("الطيبة"), "101", false);
        t.add(new Place("gn:102", "Taybeh", "الطيبة", "PS", "Ramallah and al-Bireh", null, null, 31.9525, 35.3008,
                PlaceKind.TOWN, 1500), List.of("الطيبة"), "102", false);
        t.add(new Place("gn:103", "At Tayyibah", "الطيبة", "SY", "Homs", "Tadmur", null, 35.0142, 38.6789,
                PlaceKind.VILLAGE, 2000), List.of("الطيبة"), "103", false);
        t.add(new Place("gn:104", "Nawa", "نوى", "SY", "Daraa", "Izra'", null, 32.8867, 36.0431, PlaceKind.CITY,
                45000), List.of("نوى"), "104", false);
        return Gazetteer.fromTable(t, "test");
    }
}
