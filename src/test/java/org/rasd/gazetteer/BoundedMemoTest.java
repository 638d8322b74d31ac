package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link BoundedMemo}: bounded, and a key in use survives the turnover of generations (not a memo cleared when full). */
class BoundedMemoTest {
    @Test
    void aKeyInUseIsComputedOnceWhileOthersComeAndGo() {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(100);
        Map<String, Integer> calls = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            // "frequent" (a word of every article) between rare words seen once each
            memo.get("frequent", k -> {
                calls.merge(k, 1, Integer::sum);
                return k.length();
            });
            String rare = "rare" + i;
            assertThat(memo.get(rare, k -> {
                calls.merge(k, 1, Integer::sum);
                return k.length();
            })).isEqualTo(rare.length());
            assertThat(memo.size()).isLessThanOrEqualTo(2 * 100 + 1);
        }
        assertThat(calls.get("frequent")).isEqualTo(1);
        assertThat(calls.get("rare5000")).isEqualTo(1);
    }

    @Test
    void aKeyNotUsedForTwoGenerationsIsComputedAgain() {
        BoundedMemo<Integer, Integer> memo = new BoundedMemo<>(10);
        int[] calls = new int[1];
        memo.get(-1, k -> ++calls[0]);
        for (int i = 0; i < 25; i++) {
            memo.get(i, k -> 0);
        }
        assertThat(memo.get(-1, k -> ++calls[0])).isEqualTo(2);
    }
}
