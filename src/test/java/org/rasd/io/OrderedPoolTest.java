package org.rasd.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class OrderedPoolTest {
    @Test
    void outcomesComeOutInSubmissionOrder() throws Exception {
        List<Integer> out = new ArrayList<>();
        Random rnd = new Random(7);
        try (OrderedPool<Integer, Integer> pool = new OrderedPool<>(4, 8, null, "t", (k, o) -> {
            assertThat(o.value()).isEqualTo(k * k);
            out.add(k);
        })) {
            for (int i = 0; i < 200; i++) {
                int k = i;
                int sleep = rnd.nextInt(3);
                pool.submit(k, () -> {
                    Thread.sleep(sleep);
                    return k * k;
                });
            }
            pool.finish();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i);
        }
        assertThat(out).isEqualTo(expected);
    }

    @Test
    void aTaskOverBudgetTimesOutAndTheRestGoesOn() throws Exception {
        List<String> out = new ArrayList<>();
        CountDownLatch never = new CountDownLatch(1);
        try (OrderedPool<String, String> pool = new OrderedPool<>(1, 4, Duration.ofMillis(300), "t",
                (k, o) -> out.add(k + (o.timedOut() ? ":timeout" : o.ok() ? ":" + o.value() : ":failed")))) {
            pool.submit("a", () -> "ok");
            pool.submit("stuck", () -> {
                // ignores interrupts, like a pathological extraction would
                while (never.getCount() > 0) {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        // keep going
                        if (out.size() > 2) {
                            break;
                        }
                    }
                }
                return "late";
            });
            // a single worker: these run only because the stuck one stops counting once over budget
            pool.submit("b", () -> "ok");
            pool.submit("c", () -> "ok");
            pool.finish();
        } finally {
            never.countDown();
        }
        assertThat(out).containsExactly("a:ok", "stuck:timeout", "b:ok", "c:ok");
    }

    @Test
    void errorsAreReportedPerTask() throws Exception {
        List<String> out = new ArrayList<>();
        try (OrderedPool<String, String> pool = new OrderedPool<>(2, 4, Duration.ofSeconds(60), "t",
                (k, o) -> out.add(k + ":" + (o.ok() ? o.value() : o.failure().getClass().getSimpleName())))) {
            pool.submit("so", () -> {
                throw new StackOverflowError();
            });
            pool.submit("oom", () -> {
                throw new OutOfMemoryError("Java heap space");
            });
            pool.submit("rt", () -> {
                throw new IllegalStateException("x");
            });
            pool.submit("fine", () -> "v");
            pool.finish();
        }
        assertThat(out).containsExactly("so:StackOverflowError", "oom:OutOfMemoryError", "rt:IllegalStateException",
                "fine:v");
    }
}
