package org.rasd.io;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Runs tasks on {@code threads} workers and hands their outcomes to a sink <em>in submission order</em>, each as soon
 * as it and every earlier one are done. Each task has a time budget counted from its start: a task over budget is
 * reported as {@link Outcome#timedOut()}, its worker is interrupted and no longer counted, so the rest of the batch goes
 * on at full width (Java cannot stop a thread that ignores interrupts; it runs on as a daemon until it returns). A task
 * that throws, {@link Error}s included, is reported as {@link Outcome#failure()}. At most {@code window} outcomes wait
 * for an earlier slow one, which bounds memory.
 *
 * <p>Single-threaded use: {@link #submit} and {@link #finish} from one thread, which also runs the sink.
 *
 * @param <K> what the caller needs to write an outcome (a line number, an input item)
 */
public final class OrderedPool<K, V> implements AutoCloseable {
    /** One task's result: a value, a failure, or a timeout. */
    public record Outcome<V>(V value, Throwable failure, boolean timedOut) {
        public boolean ok() {
            return failure == null && !timedOut;
        }
    }

    private final class Job {
        final K key;
        final CompletableFuture<V> result = new CompletableFuture<>();
        final AtomicBoolean released = new AtomicBoolean();
        volatile long startedNanos;
        volatile Future<?> running;

        Job(K key) {
            this.key = key;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final ExecutorService exec;
    private final Semaphore permits;
    private final int window;
    private final long budgetNanos;
    private final BiConsumer<K, Outcome<V>> sink;
    private final Deque<Job> queue = new ArrayDeque<>();

    /** {@code budget} null or zero means no time limit. */
    public OrderedPool(int threads, int window, Duration budget, String threadName, BiConsumer<K, Outcome<V>> sink) {
        int n = Math.max(1, threads);
        this.permits = new Semaphore(n);
        this.window = Math.max(n, window);
        this.budgetNanos = budget == null || budget.isZero() || budget.isNegative() ? Long.MAX_VALUE : budget.toNanos();
        this.sink = sink;
        this.exec = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code task}; first writes whatever is finished, waiting while every worker is busy or the window full. */
    public void submit(K key, Callable<V> task) throws InterruptedException {
        while (queue.size() >= window || !permits.tryAcquire()) {
            serviceHead(true);
        }
        Job job = new Job(key);
        job.startedNanos = System.nanoTime();
        queue.add(job);
        job.running = exec.submit(() -> {
            job.startedNanos = System.nanoTime();
            try {
                job.result.complete(task.call());
            } catch (Throwable e) { // Errors too: one document must not end the batch
                job.result.completeExceptionally(e);
            } finally {
                job.release();
            }
        });
        while (!queue.isEmpty() && queue.peek().result.isDone()) {
            serviceHead(false);
        }
    }

    /** Waits for every queued task (or its budget) and writes the rest in order. */
    public void finish() throws InterruptedException {
        while (!queue.isEmpty()) {
            serviceHead(true);
        }
    }

    /** Writes the head if done or over budget; with {@code wait}, waits a short while for it first. */
    private void serviceHead(boolean wait) throws InterruptedException {
        Job head = queue.peek();
        if (head == null || (!wait && !head.result.isDone())) {
            return;
        }
        long deadline = budgetNanos == Long.MAX_VALUE ? Long.MAX_VALUE : head.startedNanos + budgetNanos;
        long left = deadline == Long.MAX_VALUE ? POLL_NANOS : deadline - System.nanoTime();
        Outcome<V> outcome = null;
        try {
            V v = head.result.get(wait ? Math.max(0, Math.min(left, POLL_NANOS)) : 0, TimeUnit.NANOSECONDS);
            outcome = new Outcome<>(v, null, false);
        } catch (ExecutionException e) {
            outcome = new Outcome<>(null, e.getCause(), false);
        } catch (TimeoutException e) {
            if (System.nanoTime() - deadline >= 0) {
                Future<?> f = head.running;
                if (f != null) {
                    f.cancel(true);
                }
                head.release();
                outcome = new Outcome<>(null, null, true);
            }
        }
        if (outcome != null) {
            queue.poll();
            sink.accept(head.key, outcome);
        }
    }

    @Override
    public void close() {
        exec.shutdownNow();
    }
}
