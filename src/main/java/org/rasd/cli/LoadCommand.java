package org.rasd.cli;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rasd load}: a small load generator for {@code rasd serve} on loopback. Closed loop (each of N clients sends
 * its next request when the last one is answered) for every --clients value, or, with --rate, an open loop at a fixed
 * request rate whose latencies count from the scheduled send time (no coordinated omission). Prints req/s, p50, p99
 * and errors. Refuses non-loopback hosts: it is a benchmark, not a stress tool for other people's servers.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load a local rasd serve: req/s and latency percentiles (loopback only).",
                "rasd load [--url URL] [--clients 1,16,64] [--seconds 10] [--rate R]"})
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/api/events?limit=20",
            description = "URL to GET (default ${DEFAULT-VALUE}); host must be loopback.")
    String url;

    @Option(names = "--clients", split = ",", defaultValue = "1,16,64",
            description = "Concurrent clients, one run each (default 1,16,64).")
    int[] clients;

    @Option(names = "--seconds", defaultValue = "10", description = "Duration of each run (default 10).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "2", description = "Seconds of warm-up before the first run (default 2).")
    int warmup;

    @Option(names = "--rate", description = "Fixed request rate per second (open loop) instead of --clients.")
    Integer rate;

    /** Figures of one run. */
    record Result(String mode, long requests, long errors, double seconds, double p50Ms, double p99Ms, double maxMs) {
        double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format("%-12s %8d req %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  errors %d",
                    mode, requests, perSecond(), p50Ms, p99Ms, maxMs, errors);
        }
    }

    @Override
    public Integer call() throws Exception {
        URI uri;
        try {
            uri = URI.create(url);
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new ParameterException(spec.commandLine(), "--url must name a loopback host (127.0.0.1, localhost)");
            }
        } catch (IllegalArgumentException | java.net.UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "bad --url: " + e.getMessage());
        }
        if (seconds < 1 || (rate != null && (rate < 1 || rate > 100_000))) {
            throw new ParameterException(spec.commandLine(), "--seconds must be >= 1 and --rate 1..100000");
        }
        System.out.printf("rasd load: GET %s, %d s per run, %d cores, %s%n", uri, seconds,
                Runtime.getRuntime().availableProcessors(), java.time.Instant.now().truncatedTo(
                        java.time.temporal.ChronoUnit.SECONDS));
        if (warmup > 0) {
            closedLoop(uri, Math.max(1, clients.length > 0 ? clients[clients.length - 1] : 1), warmup);
        }
        if (rate != null) {
            System.out.println(openLoop(uri, rate, seconds));
        } else {
            for (int c : clients) {
                System.out.println(closedLoop(uri, Math.max(1, c), seconds));
            }
        }
        return 0;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** {@code n} clients, each with its own connection, sending back to back for {@code secs} seconds. */
    static Result closedLoop(URI uri, int n, int secs) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(secs);
        List<long[]> lat = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<java.util.concurrent.Future<long[]>> fs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            fs.add(pool.submit(() -> {
                HttpClient http = client();
                HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
                long[] mine = new long[1024];
                int k = 0;
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    if (k == mine.length) {
                        mine = Arrays.copyOf(mine, k * 2);
                    }
                    mine[k++] = System.nanoTime() - s;
                }
                return Arrays.copyOf(mine, k);
            }));
        }
        for (var f : fs) {
            try {
                lat.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
            }
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdownNow();
        return result(n + (n == 1 ? " client" : " clients"), lat, errors.get(), elapsed);
    }

    /** {@code rate} requests a second for {@code secs} seconds; latency from the scheduled send time. */
    static Result openLoop(URI uri, int rate, int secs) throws InterruptedException {
        int total = rate * secs;
        long[] lat = new long[total];
        AtomicInteger done = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        ScheduledExecutorService sched = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long t0 = System.nanoTime();
        java.util.concurrent.CountDownLatch all = new java.util.concurrent.CountDownLatch(total);
        AtomicInteger next = new AtomicInteger();
        var task = sched.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= total) {
                return;
            }
            long scheduled = t0 + i * periodNanos;
            http.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> {
                if (e != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                lat[i] = System.nanoTime() - scheduled;
                done.incrementAndGet();
                all.countDown();
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        boolean finished = all.await(secs + 60L, TimeUnit.SECONDS);
        task.cancel(false);
        sched.shutdownNow();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long missing = finished ? 0 : total - done.get();
        return result(rate + " req/s", List.of(Arrays.copyOf(lat, done.get())), errors.get() + missing, elapsed);
    }

    private static Result result(String mode, List<long[]> parts, long errors, double seconds) {
        int n = parts.stream().mapToInt(a -> a.length).sum();
        long[] all = new long[n];
        int k = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, k, p.length);
            k += p.length;
        }
        Arrays.sort(all);
        return new Result(mode, n, errors, seconds, pct(all, 0.50), pct(all, 0.99), n == 0 ? 0 : all[n - 1] / 1e6);
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
