package org.rasd.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    @Test
    void emptyMatrixGivesNoPairs() {
        assertThat(Scorer.assignment(new long[0][0])).isEmpty();
        assertThat(Scorer.assignment(new long[2][0])).isEmpty();
    }

    @Test
    void zeroWeightsGiveNoPairs() {
        assertThat(Scorer.assignment(new long[][] {{0, 0}, {0, 0}})).isEmpty();
    }

    @Test
    void singleCellIsPaired() {
        assertThat(Scorer.assignment(new long[][] {{7}})).containsExactlyEntriesOf(Map.of(0, 0));
    }

    @Test
    void picksTheMaximumTotalNotTheGreedyBest() {
        // greedy would take (1,0)=10016 then (0,1)=10010: 20026; same here, but (0,0)+(1,1)=20016 is worse
        assertThat(Scorer.assignment(new long[][] {{10013, 10010}, {10016, 10003}}))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, 1, 1, 0));
        assertThat(Scorer.assignment(new long[][] {{1, 2, 3}, {3, 2, 1}}))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, 2, 1, 0));
    }

    @Test
    void breaksTiesLikeScorePy() {
        // expected values printed by score.py's assignment() on the same matrices
        assertThat(Scorer.assignment(new long[][] {{5, 5}, {5, 5}})).containsExactlyInAnyOrderEntriesOf(Map.of(0, 0, 1, 1));
        assertThat(Scorer.assignment(new long[][] {{10000, 10000}, {10000, 10000}, {10000, 10000}}))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, 0, 1, 1));
        assertThat(Scorer.assignment(new long[][] {{3, 3, 0}, {3, 0, 0}, {0, 0, 0}}))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, 1, 1, 0));
    }

    @Property(tries = 300)
    void totalWeightEqualsBruteForceMaximum(@ForAll @IntRange(min = 1, max = 4) int rows,
                                            @ForAll @IntRange(min = 1, max = 4) int cols,
                                            @ForAll long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        long[][] w = new long[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                w[i][j] = rnd.nextInt(3) == 0 ? 0 : new long[] {100, 10000, 10003, 10010, 10016}[rnd.nextInt(5)];
            }
        }
        Map<Integer, Integer> m = Scorer.assignment(w);
        long total = m.entrySet().stream().mapToLong(e -> w[e.getKey()][e.getValue()]).sum();
        assertThat(m.values()).doesNotHaveDuplicates();
        assertThat(total).isEqualTo(best(w, 0, new boolean[cols]));
    }

    private static long best(long[][] w, int row, boolean[] used) {
        if (row == w.length) {
            return 0;
        }
        long b = best(w, row + 1, used); // row left unpaired
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                b = Math.max(b, w[row][j] + best(w, row + 1, used));
                used[j] = false;
            }
        }
        return b;
    }
}
