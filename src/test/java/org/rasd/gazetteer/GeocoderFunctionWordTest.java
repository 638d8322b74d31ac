package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasd.io.DataPaths;
import org.rasd.text.TextPipeline;

/**
 * Closed-class words that name villages in the gazetteer: the stream audit of session 7 read «منطقة تحت سيطرتها» (an
 * area under its control) as Taht in Deir ez-Zor. A made-up sentence over
 * the shared gazetteer (skipped when it is absent).
 */
class GeocoderFunctionWordTest {
    static Gazetteer gaz;

    @BeforeAll
    static void load() throws IOException {
        DataPaths paths = DataPaths.resolve(null);
        assumeTrue(Files.exists(paths.gazetteerDir().resolve("wof_sy_places.tsv.gz")), "shared gazetteer absent");
        gaz = Gazetteer.load(paths);
    }

    private static List<String> names(String text) {
        return new Geocoder(gaz).find(TextPipeline.analyze("t", text, LocalDate.of(2015, 7, 23))).stream()
                .map(m -> m.place().name()).toList();
    }

    @Test
    void prepositionAfterAHeadIsNoPlace() {
        List<String> ns = names("قتل ثلاثة في قصف على حلب. وأشار المرصد إلى أن جبهة النصرة تقفل محطة المياه "
                + "الواقعة في منطقة تحت سيطرتها.");
        assertThat(ns).isNotEmpty().doesNotContain("Taht");
    }
}
