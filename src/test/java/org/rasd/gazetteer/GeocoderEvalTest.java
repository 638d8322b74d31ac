package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.io.DataPaths;

/** The NewsFANE check of {@code rasd gazetteer eval}: mention precision and recall against place entities. */
class GeocoderEvalTest {
    @TempDir
    Path data;
    @TempDir
    Path home;

    @Test
    void mentionsAreRightOnPlaceEntitiesAndWrongInsideOrganisations() throws Exception {
        Path dir = Files.createDirectories(data.resolve("ner/newsfane"));
        Files.writeString(dir.resolve("coarse-classes.tsv"),
                "# fine\tcoarse\nPopulation-Center\tGPE\nNon-Governmental\tORG\nPolitician\tPER\n", StandardCharsets.UTF_8);
        // sentence 1: "the aircraft struck in Aleppo" (Aleppo a town, the proclitic bi- split off as NewsFANE does);
        // sentence 2: "the front for the liberation of Damascus said" (Damascus inside an organisation's name)
        Files.writeString(dir.resolve("dev.conll"), String.join("\n",
                "\u0642\u0635\u0641\u062A\tO", "\u0627\u0644\u0637\u0627\u0626\u0631\u0627\u062A\tO", "\u0628\tO",
                "\u062D\u0644\u0628\tB-Population-Center", ".\tO", "",
                "\u0642\u0627\u0644\u062A\tO", "\u062C\u0628\u0647\u0629\tB-Non-Governmental",
                "\u062A\u062D\u0631\u064A\u0631\tI-Non-Governmental", "\u062F\u0645\u0634\u0642\tI-Non-Governmental",
                ".\tO", ""), StandardCharsets.UTF_8);
        DataPaths paths = DataPaths.resolve(data, null, data, home.toString(), home);
        GeocoderEval.NerResult r = GeocoderEval.newsfane(paths, "dev");
        assertThat(r.places()).isEqualTo(1);
        assertThat(r.found()).isEqualTo(1);
        assertThat(r.onPlace()).isEqualTo(1);
        assertThat(r.mentions()).isBetween(1, 2);
        assertThat(r.precision()).isEqualTo((double) r.onPlace() / r.mentions());
        assertThat(GeocoderEval.newsfane(paths, "test-missing")).isNull();
    }
}
