package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.io.DataPaths;

/** Building, caching and invalidating the compiled index on small fixture files. */
class GazetteerIndexTest {
    @TempDir
    Path tmp;

    static final String WOF = String.join("\n",
            "wof_id\tplacetype\tname\tname_ar\tlat\tlon\tparent_id\tgn_id\tis_current\tdeprecated\tsrc_geom",
            "1\tcountry\tSyria\tسوريا\t35\t38.5\t0\t163843\t1\t\tx",
            "10\tregion\tDar`a\tدرعا|محافظة درعا\t32.85\t36.22\t1\t170903\t1\t\tx",
            "20\tcounty\tDar'a\t\t32.63\t36.2\t10\t\t1\t\tx",
            "30\tlocality\tSayda\tصيدا\t32.62944\t36.22626\t20\t164719\t-1\t\tx",
            "31\tlocality\tOld\tقديم\t32.6\t36.2\t20\t\t0\t\tx",
            "32\tlocality\tGone\tمحذوف\t32.6\t36.2\t20\t\t1\t2016-12-14\tx") + "\n";

    Path dataDir() throws IOException {
        Path gz = tmp.resolve("data/gazetteer");
        Files.createDirectories(gz.resolve("opensyria"));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz.resolve("wof_sy_places.tsv.gz")))) {
            o.write(WOF.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(gz.resolve("opensyria/governorates.json"), "[{\"id\":\"sy-daraa\",\"name\":{\"en\":\"Daraa\","
                + "\"ar\":\"درعا\"},\"aliases\":[{\"value\":\"حوران\",\"language\":\"ar\"}],\"centroid\":{\"latitude\":32.9,"
                + "\"longitude\":36.2},\"externalIds\":{\"geonames\":\"170903\",\"ochaPcode\":\"SY12\"}}]");
        return tmp.resolve("data");
    }

    DataPaths paths() throws IOException {
        return DataPaths.resolve(dataDir(), null, tmp, tmp.resolve("home").toString(), tmp);
    }

    @Test
    void wofLocalityGetsAdminNamesFromParentChain() throws IOException {
        Place sayda = Gazetteer.loadOrBuild(paths(), true).lookup("صيدا").stream()
                .filter(p -> p.id().equals("wof:30")).findFirst().orElseThrow();
        assertThat(sayda.admin1()).isEqualTo("Dar`a");
        assertThat(sayda.admin2()).isEqualTo("Dar'a");
        assertThat(sayda.country()).isEqualTo("SY");
    }

    @Test
    void wofOverridesDropTaizzFromSanaaAndRaymah() throws IOException {
        // the shipped WOF lists «تعز» as an Arabic name of the Sana'a and Raymah governorates too
        Path gz = tmp.resolve("ye/gazetteer");
        Files.createDirectories(gz);
        String ye = String.join("\n",
                "wof_id\tplacetype\tname\tname_ar\tlat\tlon\tparent_id\tgn_id\tis_current\tdeprecated\tsrc_geom",
                "85680989\tregion\tTa`izz\tتعز|محافظة تعز\t13.418758\t43.778108\t0\t70222\t1\t\tmeso",
                "85681021\tregion\tSana'a\tSan`ar|تعز|صنعاء|محافظة صنعاء\t15.338898\t44.338049\t0\t71132\t1\t\tmeso",
                "85681033\tregion\tRaymah\tSan`ar|تعز|ريمة|محافظة ريمة\t14.660481\t43.670554\t0\t71532\t1\t\tmeso")
                + "\n";
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz.resolve("wof_ye_places.tsv.gz")))) {
            o.write(ye.getBytes(StandardCharsets.UTF_8));
        }
        DataPaths p = DataPaths.resolve(tmp.resolve("ye"), null, tmp, tmp.resolve("home-ye").toString(), tmp);
        Gazetteer g = Gazetteer.loadOrBuild(p, true);
        assertThat(g.lookup("تعز")).extracting(Place::id).contains("wof:85680989")
                .doesNotContain("wof:85681021", "wof:85681033");
        assertThat(g.lookup("صنعاء")).extracting(Place::id).contains("wof:85681021");
        assertThat(g.lookup("ريمة")).extracting(Place::id).contains("wof:85681033");
    }

    @Test
    void deprecatedAndSupersededWofRowsAreSkipped() throws IOException {
        Gazetteer g = Gazetteer.loadOrBuild(paths(), true);
        assertThat(g.lookup("قديم")).isEmpty();
        assertThat(g.lookup("محذوف")).isEmpty();
    }

    @Test
    void openSyriaAliasesMergeIntoTheSameGovernorateByGeonamesId() throws IOException {
        Gazetteer g = Gazetteer.loadOrBuild(paths(), true);
        assertThat(g.lookup("حوران")).extracting(Place::id).containsExactly("wof:10");
    }

    @Test
    void secondLoadComesFromTheCache() throws IOException {
        DataPaths p = paths();
        Gazetteer.loadOrBuild(p, true);
        Gazetteer again = Gazetteer.loadOrBuild(p, false);
        assertThat(again.origin()).startsWith("cache");
        assertThat(again.lookup("صيدا")).isNotEmpty();
    }

    @Test
    void changedInputTriggersRebuild() throws IOException {
        DataPaths p = paths();
        Gazetteer.loadOrBuild(p, true);
        Path f = p.gazetteerDir().resolve("wof_sy_places.tsv.gz");
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 60_000));
        assertThat(Gazetteer.loadOrBuild(p, false).origin()).startsWith("built");
    }

    @Test
    void cacheLivesUnderHomeNotData() throws IOException {
        DataPaths p = paths();
        Gazetteer.loadOrBuild(p, true);
        try (var s = Files.walk(p.home())) {
            assertThat(s.filter(x -> x.toString().endsWith(".bin"))).isNotEmpty();
        }
        try (var s = Files.walk(p.data())) {
            assertThat(s.filter(x -> x.toString().endsWith(".bin"))).isEmpty();
        }
    }

    @Test
    void worksWithoutAnyDataFiles() throws IOException {
        DataPaths p = DataPaths.resolve(tmp.resolve("empty"), null, tmp, tmp.resolve("home2").toString(), tmp);
        Gazetteer g = Gazetteer.loadOrBuild(p, false);
        assertThat(g.lookup("سوريا")).extracting(Place::kind).contains(PlaceKind.COUNTRY);
        assertThat(g.lookup("الرياض")).extracting(Place::country).contains("SA");
    }

    @Test
    void keyFiltersLetEveryKeyAndEveryFirstWordThroughInMemoryAndFromTheCachedFile() throws IOException {
        DataPaths paths = paths();
        Gazetteer built = Gazetteer.loadOrBuild(paths, true);
        Gazetteer cached = Gazetteer.loadOrBuild(paths, false);
        for (Gazetteer g : List.of(built, cached)) {
            for (String name : List.of("درعا", "محافظة درعا", "صيدا", "سوريا")) {
                String key = NameKeys.key(name);
                assertThat(g.lookupKey(key)).as(key).isNotEmpty();
                assertThat(g.mayBeKey(key.hashCode())).as(key).isTrue();
                if (key.contains(" ")) {
                    assertThat(g.mayStartLongerName(key.substring(0, key.indexOf(' ')))).as(key).isTrue();
                    assertThat(g.mayStartLongerName(key)).as(key).isTrue();
                    for (int sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) {
                        assertThat(g.mayContinue(key.substring(0, sp).hashCode())).as(key).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theCachedFileHoldsTheKeyFiltersAndIsMappedNotCopiedIntoTheHeap() throws IOException {
        DataPaths paths = paths();
        Gazetteer built = Gazetteer.loadOrBuild(paths, true);
        Gazetteer cached = Gazetteer.loadOrBuild(paths, false);
        assertThat(cached.origin()).startsWith("cache");
        // the filters read back from the file are the ones computed at the build and from the file's own keys
        assertThat(cached.filters(false)).isDeepEqualTo(built.filters(false)).isDeepEqualTo(cached.filters(true));
        assertThat(cached.filters(false)[0]).as("some bits set").isNotEqualTo(new long[cached.filters(false)[0].length]);
        assertThat(cached.mapped()).isTrue();
        assertThat(built.mapped()).isFalse();
        assertThat(cached.lookup("صيدا")).extracting(Place::id).containsExactlyElementsOf(
                built.lookup("صيدا").stream().map(Place::id).toList());
    }

    @Test
    void theTablesPartOfTheFingerprintIsKeptPerJarAndRecomputedWhenTheJarChanges() throws IOException {
        Path jar = tmp.resolve("rasd.jar");
        Files.writeString(jar, "not really a jar");
        Path dir = tmp.resolve("cache");
        String computed = Gazetteer.tablesPart();
        assertThat(computed).contains("heads.tsv").contains("countries.tsv");
        assertThat(Gazetteer.tablesPart(jar, dir)).isEqualTo(computed);
        List<Path> kept;
        try (var s = Files.list(dir)) {
            kept = s.toList();
        }
        assertThat(kept).hasSize(1);
        // the next start reads the kept part instead of hashing the tables
        Files.writeString(kept.get(0), "kept;");
        assertThat(Gazetteer.tablesPart(jar, dir)).isEqualTo("kept;");
        // another jar (here: another mtime) gets its own, computed again
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertThat(Gazetteer.tablesPart(jar, dir)).isEqualTo(computed);
        // classes from a directory (no jar): always computed
        assertThat(Gazetteer.tablesPart(tmp, dir)).isEqualTo(computed);
        assertThat(Gazetteer.fingerprint(List.of(), dir)).isEqualTo(Gazetteer.fingerprint(List.of()));
    }
}
