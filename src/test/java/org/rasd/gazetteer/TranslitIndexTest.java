package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which places the transliteration index holds: Latin-only districts of Who's On First, Arabic-named districts. */
class TranslitIndexTest {
    @TempDir
    Path dir;

    private static final String HEADER = "wof_id\tplacetype\tname\tname_ar\tlat\tlon\tparent_id\tgn_id\tis_current\t"
            + "deprecated\tsrc_geom\n";

    private PlaceTable wof(String iso, String rows) throws Exception {
        Path f = dir.resolve("wof_" + iso + "_places.tsv");
        Files.writeString(f, HEADER + rows, StandardCharsets.UTF_8);
        PlaceTable t = new PlaceTable();
        Sources.loadWof(f, t);
        return t;
    }

    private static List<String> names(PlaceTable t) {
        return java.util.stream.IntStream.range(0, t.size()).mapToObj(i -> t.get(i).name()).toList();
    }

    @Test
    void latinOnlyRegionsAndCountiesOfATransliteratedCountryAreKept() throws Exception {
        PlaceTable t = wof("af", "1\tregion\tBadakhshan\t\t37.0\t71.0\t0\t\t1\t\tmeso\n"
                + "2\tcounty\tWarduj\t\t36.4\t71.0\t1\t\t1\t\tmeso\n"
                + "3\tlocality\tQaryazar\t\t36.5\t71.1\t2\t\t1\t\tgeonames\n" // a village: not without an Arabic name
                + "4\tcounty\tAli Khail\t\t33.9\t69.7\t1\t\t1\t\tmeso\n" // several words: no Latin pattern
                + "5\tcounty\tOldname\t\t36.0\t70.0\t1\t\t1\t2010-01-01\tmeso\n"); // deprecated
        assertThat(names(t)).containsExactlyInAnyOrder("Badakhshan", "Warduj");
        Place warduj = t.get(names(t).indexOf("Warduj"));
        assertThat(warduj.kind()).isEqualTo(PlaceKind.ADMIN2);
        assertThat(warduj.admin1()).isEqualTo("Badakhshan");
        assertThat(t.namesOf(names(t).indexOf("Warduj"))).isEmpty();
        assertThat(t.notable.get(names(t).indexOf("Badakhshan"))).isFalse(); // a Latin-only province is not notable
    }

    @Test
    void latinOnlyCountiesOfACountryWithArabicPlaceNamesAreNot() throws Exception {
        PlaceTable t = wof("ye", "1\tcounty\tMabar\t\t14.8\t44.3\t0\t\t1\t\tmeso\n"
                + "2\tcounty\tDhamar\tذمار\t14.5\t44.4\t0\t\t1\t\tmeso\n");
        assertThat(names(t)).containsExactly("Dhamar");
    }

    @Test
    void districtsAndTownsWithArabicNamesAreInTheIndexButNotVillages() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        // a district the source names ليجا, the press ليجي
        t.add(new Place("t:lice", "Lice", "ليجا", "TR", null, null, null, 38.46, 40.65, PlaceKind.ADMIN2, 0),
                List.of("ليجا"), null, false);
        t.add(new Place("t:lojo", "Loja", "لوجا", "TR", null, null, null, 38.0, 40.0, PlaceKind.VILLAGE, 900),
                List.of("لوجا"), null, false);
        t.add(new Place("t:suruc", "Suruc", "سروج", "TR", null, null, null, 36.98, 38.42, PlaceKind.TOWN, 46_694),
                List.of("سروج"), null, false);
        Gazetteer g = Gazetteer.fromTable(t, "test");
        assertThat(ids(g, "ليجي")).contains("t:lice").doesNotContain("t:lojo");
        assertThat(ids(g, "سوروج")).contains("t:suruc");
    }

    @Test
    void aSkeletonsBucketHoldsEachLatinPatternOnceAndTheLookupKeepsTheIndexOrder() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        // two districts of one name (one pattern) and a town of another name on the same consonants
        t.add(new Place("t:lice", "Lice", "ليجا", "TR", null, null, null, 38.46, 40.65, PlaceKind.ADMIN2, 0),
                List.of("ليجا"), null, false);
        t.add(new Place("t:lice2", "Lice", "ليجه", "TR", null, null, null, 39.0, 41.0, PlaceKind.ADMIN2, 0),
                List.of("ليجه"), null, false);
        t.add(new Place("t:laca", "Laca", "لاجا", "TR", null, null, null, 37.0, 39.0, PlaceKind.ADMIN2, 0),
                List.of("لاجا"), null, false);
        Gazetteer g = Gazetteer.fromTable(t, "test");
        String lice = Transliteration.latinPattern("Lice", "TR");
        Gazetteer.TranslitBucket b = g.translitBucket(Transliteration.skeleton(lice));
        List<String> bucketIds = Arrays.stream(b.ids()).mapToObj(i -> g.place(i).id()).toList();
        assertThat(bucketIds).contains("t:lice", "t:lice2");
        assertThat(b.patterns()).doesNotHaveDuplicates().hasSizeLessThan(b.ids().length).contains(lice);
        for (int k = 0; k < b.ids().length; k++) {
            Place p = g.place(b.ids()[k]);
            assertThat(b.patterns()[b.patternOf()[k]]).isEqualTo(Transliteration.latinPattern(p.name(), p.country()));
        }
        // the lookup: the bucket's places whose own pattern is compatible, in the bucket's order
        String arabic = Transliteration.arabicPattern(NameKeys.fold("ليجي"));
        List<String> expected = Arrays.stream(b.ids()).mapToObj(g::place)
                .filter(p -> Transliteration.compatible(arabic, Transliteration.latinPattern(p.name(), p.country())))
                .map(Place::id).toList();
        assertThat(expected).contains("t:lice", "t:lice2");
        assertThat(ids(g, "ليجي")).containsExactlyElementsOf(expected);
        assertThat(g.translitBucket("zzzz").ids()).isEmpty();
    }

    private static List<String> ids(Gazetteer g, String arabic) {
        return Arrays.stream(g.lookupTranslit(NameKeys.fold(arabic))).mapToObj(i -> g.place(i).id()).toList();
    }
}
