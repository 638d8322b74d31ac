package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;

/**
 * The extractor is linear in the text: many triggers in one clause or one sentence do not make every trigger
 * rescan its clause (issue 13: «قصف » × 100,000 took 179 s). Times are compared as a ratio between two sizes
 * in one run (thread CPU time, best of five), never as absolute figures.
 */
class ExtractorScalingTest {
    /** CPU time of this thread: other processes on the cores do not count (wall time read 50x under load 24). */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static final Rasd RASD = Rasd.withPlaces(DataPaths.resolve(null),
            new FixturePlaces().add("عدن", "Aden", "YE", 12.77944, 45.03667, 1));

    private static long nanos(String unit, int n) {
        String text = unit.repeat(n);
        Article a = new Article("t", LocalDate.of(2015, 7, 22), "", text, null, null);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            RASD.extract(a);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - t0);
        }
        return best;
    }

    private static double ratio(String unit, int small, int factor) {
        nanos(unit, small); // warm-up
        return (double) nanos(unit, small * factor) / nanos(unit, small);
    }

    @Test
    void oneHugeClauseOfTriggersIsLinear() {
        // 8 times the text: linear ≈ 8, quadratic ≈ 64 (a generous bound: the build shares its cores)
        assertThat(ratio("قصف ", 4000, 8)).isLessThan(32);
    }

    @Test
    void triggersWithPastYearsInManyClausesAreLinear() {
        assertThat(ratio("قصف عام 2012، ", 2000, 8)).isLessThan(32);
    }
}
