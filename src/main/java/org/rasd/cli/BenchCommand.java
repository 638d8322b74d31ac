package org.rasd.cli;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.rasd.Rasd;
import org.rasd.io.ArticleReader;
import org.rasd.io.DataPaths;
import org.rasd.io.LineSource;
import org.rasd.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rasd bench [--in FILE] [--limit N] [--threads N]}: whole-corpus throughput of {@code Rasd.extract}.
 * Reads and parses the articles first (not timed), then extracts them all on every core and prints
 * articles/s, MB/s (UTF-8 bytes of article text), events found, errors, the machine and the date.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Throughput of Rasd.extract over a corpus (default: the SaudiNewsNet week in the data directory)."})
public final class BenchCommand implements Callable<Integer> {
    public static final String DEFAULT_CORPUS = "corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz";

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption dataOption;

    @Option(names = "--in", paramLabel = "FILE", description = "Articles, one JSON a line (.gz too). Default: <data>/" + DEFAULT_CORPUS)
    Path in;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N lines.")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", paramLabel = "N", description = "Articles extracted once before timing (default: 200).")
    int warmup = 200;

    @Override
    public Integer call() throws Exception {
        DataPaths paths = dataOption.paths();
        Path input = in != null ? in : paths.dataFile(DEFAULT_CORPUS).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "no --in given and " + DEFAULT_CORPUS + " not found under " + paths.data()));
        if (!Files.isReadable(input) || Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), "cannot read " + input);
        }
        if (limit < 1 || threads < 1) {
            throw new ParameterException(spec.commandLine(), "--limit and --threads must be positive");
        }
        List<Article> articles = new ArrayList<>();
        int parseErrors = 0;
        long bytes = 0;
        try (BufferedReader r = LineSource.open(input)) {
            String line;
            int n = 0;
            while (n < limit && (line = r.readLine()) != null) {
                n++;
                try {
                    Article a = ArticleReader.parse(line);
                    articles.add(a);
                    bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
                } catch (ArticleReader.BadLine e) {
                    parseErrors++;
                }
            }
        }
        long t0 = System.nanoTime();
        Rasd rasd = Rasd.open(paths);
        for (int i = 0; i < Math.min(warmup, articles.size()); i++) {
            try {
                rasd.extract(articles.get(i));
            } catch (RuntimeException e) {
                // counted in the timed run
            }
        }
        double openAndWarm = (System.nanoTime() - t0) / 1e9;

        AtomicInteger next = new AtomicInteger();
        AtomicLong events = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < articles.size()) {
                    try {
                        events.addAndGet(rasd.extract(articles.get(i)).events().size());
                    } catch (RuntimeException | StackOverflowError e) {
                        errors.incrementAndGet();
                    }
                }
            }, "rasd-bench-" + t);
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        double secs = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
        double mb = bytes / 1e6;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "rasd bench: %d articles, %.1f MB of text, from %s%n", articles.size(), mb, input);
        System.out.printf(Locale.ROOT, "threads          %d (open + warm-up of %d articles: %.1f s, not timed)%n",
                threads, Math.min(warmup, articles.size()), openAndWarm);
        System.out.printf(Locale.ROOT, "time             %.2f s%n", secs);
        System.out.printf(Locale.ROOT, "articles/s       %.1f%n", articles.size() / secs);
        System.out.printf(Locale.ROOT, "MB/s             %.2f%n", mb / secs);
        System.out.printf(Locale.ROOT, "events found     %d%n", events.get());
        System.out.printf(Locale.ROOT, "errors           %d (unreadable lines %d, extraction failures %d)%n",
                parseErrors + errors.get(), parseErrors, errors.get());
        System.out.printf(Locale.ROOT, "machine          %d cores, Java %s (%s), %s %s %s, max heap %d MB%n",
                rt.availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                rt.maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "date             %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        System.out.flush();
        return 0;
    }
}
