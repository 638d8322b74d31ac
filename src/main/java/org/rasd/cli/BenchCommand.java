package org.rasd.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
 * Reads and parses the articles first (not timed), opens Rasd (heap after load reported), then in one run: a
 * pass on one thread (articles/s, MB/s, allocation per article), a pass on {@code --threads} workers, a pass
 * timing each stage (shares), and Lucene's ArabicAnalyzer tokenising the same texts on one thread before and
 * after them, with the ratio of the two one-thread rates; events found, errors, the machine and the date.
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

    @Option(names = "--no-lucene", description = "Skip the Lucene ArabicAnalyzer reference pass.")
    boolean noLucene;

    @Option(names = "--no-stages", description = "Skip the pass that times each stage.")
    boolean noStages;

    @Override
    public Integer call() throws Exception {
        DataPaths paths = dataOption.paths();
        Path input = in != null ? in : paths.dataFile(DEFAULT_CORPUS).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "no --in given and " + DEFAULT_CORPUS + " not found under " + paths.data()));
        if (!Files.isReadable(input) || Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), "cannot read " + input);
        }
        if (limit < 1 || threads < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--limit and --threads must be positive, --warmup not negative");
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
        double mb = bytes / 1e6;
        long heapBefore = usedHeapAfterGc();
        long t0 = System.nanoTime();
        Rasd rasd = Rasd.open(paths);
        double open = (System.nanoTime() - t0) / 1e9;
        long heapAfterLoad = usedHeapAfterGc();
        long t1 = System.nanoTime();
        for (int i = 0; i < Math.min(warmup, articles.size()); i++) {
            try {
                rasd.extract(articles.get(i));
            } catch (RuntimeException | StackOverflowError e) {
                // counted in the timed runs
            }
        }
        double warm = (System.nanoTime() - t1) / 1e9;

        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "rasd bench: %d articles, %.1f MB of text, from %s%n", articles.size(), mb, input);
        System.out.printf(Locale.ROOT, "open             %.1f s; warm-up of %d articles %.1f s (not timed)%n",
                open, Math.min(warmup, articles.size()), warm);
        System.out.printf(Locale.ROOT, "heap after load  %d MB (Rasd.open: gazetteer, lexicon, models; %d MB before it)%n",
                heapAfterLoad >> 20, heapBefore >> 20);

        // Lucene before and after the Rasd passes: the mean of the two, so that a change in the machine's load
        // during the run weighs on both sides of the ratio alike
        double[] lucene1 = noLucene ? null : lucenePass(articles);
        Pass one = pass(rasd, articles, 1);
        printPass("1 thread", one, articles.size(), mb);
        System.out.printf(Locale.ROOT, "alloc/article    %.2f MB (ThreadMXBean allocated bytes, 1 thread)%n",
                one.allocated / 1e6 / articles.size());
        if (threads > 1) {
            Pass many = pass(rasd, articles, threads);
            printPass(threads + " threads", many, articles.size(), mb);
            System.out.printf(Locale.ROOT, "scaling          %.2f of %d x the 1-thread rate%n",
                    one.seconds / many.seconds / threads, threads);
        }
        if (!noStages) {
            long[] ns = stagePass(rasd, articles);
            long total = 0;
            for (long v : ns) {
                total += v;
            }
            StringBuilder line = new StringBuilder();
            for (Rasd.Stage st : Rasd.Stage.values()) {
                line.append(String.format(Locale.ROOT, " %s %.1f%%", st.name().toLowerCase(Locale.ROOT),
                        100.0 * ns[st.ordinal()] / Math.max(1, total)));
            }
            System.out.println("stages          " + line);
        }
        if (!noLucene) {
            double[] lucene2 = lucenePass(articles);
            double luceneSecs = (lucene1[0] + lucene2[0]) / 2;
            double luceneCpu = (lucene1[1] + lucene2[1]) / 2;
            double luceneRate = articles.size() / luceneSecs;
            System.out.printf(Locale.ROOT, "lucene           %.1f articles/s, %.2f MB/s (ArabicAnalyzer tokens, 1 thread; %.2f s and %.2f s;"
                            + " %.1f articles per CPU-second)%n",
                    luceneRate, mb / luceneSecs, lucene1[0], lucene2[0], articles.size() / luceneCpu);
            // the CPU-time ratio holds on a shared machine, where a thread waits for a core between its slices
            System.out.printf(Locale.ROOT, "ratio            %.4f (rasd 1 thread / lucene 1 thread, articles/s; by CPU time %.4f)%n",
                    (articles.size() / one.seconds) / luceneRate, luceneCpu / Math.max(one.cpuSeconds, 1e-9));
        }
        System.out.printf(Locale.ROOT, "events found     %d%n", one.events);
        System.out.printf(Locale.ROOT, "errors           %d (unreadable lines %d, extraction failures %d)%n",
                parseErrors + one.errors, parseErrors, one.errors);
        System.out.printf(Locale.ROOT, "machine          %d cores, Java %s (%s), %s %s %s, max heap %d MB, load average %.2f%n",
                rt.availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                rt.maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "date             %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        System.out.flush();
        return 0;
    }

    /** One timed pass over all articles on {@code n} workers. */
    record Pass(double seconds, long events, long errors, long allocated, double cpuSeconds) {
    }

    static Pass pass(Rasd rasd, List<Article> articles, int n) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong events = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong allocated = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < n; t++) {
            Thread w = new Thread(() -> {
                long a0 = allocatedBytes();
                long c0 = cpuNanos();
                int i;
                while ((i = next.getAndIncrement()) < articles.size()) {
                    try {
                        events.addAndGet(rasd.extract(articles.get(i)).events().size());
                    } catch (RuntimeException | StackOverflowError e) {
                        errors.incrementAndGet();
                    }
                }
                allocated.addAndGet(allocatedBytes() - a0);
                cpu.addAndGet(cpuNanos() - c0);
            }, "rasd-bench-" + t);
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        double secs = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
        return new Pass(secs, events.get(), errors.get(), allocated.get(), cpu.get() / 1e9);
    }

    private static void printPass(String label, Pass p, int n, double mb) {
        System.out.printf(Locale.ROOT, "%-16s %.2f s, %.1f articles/s, %.2f MB/s (per thread %.1f articles/s, %.2f MB/s;"
                        + " %.1f articles per CPU-second)%n",
                label, p.seconds, n / p.seconds, mb / p.seconds,
                n / p.seconds / threadsOf(label), mb / p.seconds / threadsOf(label), n / Math.max(p.cpuSeconds, 1e-9));
    }

    private static int threadsOf(String label) {
        return Integer.parseInt(label.substring(0, label.indexOf(' ')));
    }

    /** Nanoseconds per stage over all articles, on this thread (extraction failures count up to where they stop). */
    static long[] stagePass(Rasd rasd, List<Article> articles) {
        long[] ns = new long[Rasd.Stage.values().length];
        Rasd.StageListener l = (st, nanos) -> ns[st.ordinal()] += nanos;
        for (Article a : articles) {
            try {
                rasd.extract(a, l);
            } catch (RuntimeException | StackOverflowError e) {
                // counted in the throughput pass
            }
        }
        return ns;
    }

    /** Wall and CPU seconds of this thread for Lucene's ArabicAnalyzer to tokenise every text (after 5,000 untimed). */
    static double[] lucenePass(List<Article> articles) throws IOException {
        try (ArabicAnalyzer analyzer = new ArabicAnalyzer()) {
            long sink = 0;
            for (int i = 0; i < 5000; i++) {
                sink += tokens(analyzer, articles.get(i % articles.size()).text());
            }
            long start = System.nanoTime();
            long c0 = cpuNanos();
            for (Article a : articles) {
                sink += tokens(analyzer, a.text());
            }
            double secs = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
            double cpu = Math.max((cpuNanos() - c0) / 1e9, 1e-9);
            if (sink < 0) {
                throw new IllegalStateException();
            }
            return new double[] {secs, cpu};
        }
    }

    static long tokens(Analyzer analyzer, String text) throws IOException {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                n += term.length();
            }
            ts.end();
        }
        return n;
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (mx instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
            return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
