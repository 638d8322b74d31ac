package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;

/**
 * The geocoder is linear in the number of mentions: N copies of a sentence naming one town (with a head, after a
 * locative, with a container) cost about N times one copy. Measured as a ratio between two sizes in one run, with a
 * generous bound (a quadratic geocoder gives about 64 for 8x the text).
 */
class GeocoderScalingTest {
    private static final String SENTENCE = "قصفت الطائرات مدينة درعا وقتل ثلاثة في درعا وبلدة صيدا في ريف درعا أمس. ";

    private static Document copies(int n) {
        return TextPipeline.analyze("t", SENTENCE.repeat(n), LocalDate.of(2018, 7, 3));
    }

    /** CPU time of this thread (best of five), so that other processes on the cores do not skew the ratio. */
    private static long nanos(Geocoder g, Document d) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            long t0 = mx.getCurrentThreadCpuTime();
            List<PlaceMention> ms = g.find(d);
            best = Math.min(best, mx.getCurrentThreadCpuTime() - t0);
            assertThat(ms).isNotEmpty();
        }
        return best;
    }

    @Test
    void eightTimesTheCopiesCostAboutEightTimesTheTime() {
        Geocoder g = new Geocoder(GeocoderTest.fixture());
        Document small = copies(400);
        Document large = copies(3200);
        nanos(g, small); // warm-up
        List<PlaceMention> ms = g.find(large);
        assertThat(ms).hasSize(4 * 3200);
        assertThat(ms).allMatch(m -> !m.place().id().equals("t:sidon"));
        double ratio = (double) nanos(g, large) / nanos(g, small);
        System.out.printf("geocoder 3200 vs 400 copies: CPU time ratio %.1f%n", ratio);
        assertThat(ratio).isLessThan(20);
    }
}
