package org.rasd.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rasd.Rasd;
import org.rasd.eval.Scorer;
import org.rasd.io.ArticleReader;
import org.rasd.io.DataPaths;
import org.rasd.io.LineSource;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;
import org.rasd.serve.DemoServe;
import org.rasd.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rasd demo}: the main job on the embedded defaults. Extracts the reference article and the dev set,
 * prints their events and the dev scores, then ingests them with the SaudiNewsNet week into the store and
 * serves the map. Without ../shared it runs on a small built-in sample article.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Extract the reference article and the dev set, print events and dev scores,",
                "then ingest them and the SaudiNewsNet week into the store and serve the map."})
public final class DemoCommand implements Callable<Integer> {
    static final String SEED = "corpus/seed/000_ab4313d7ebf07531.txt";
    static final String DEV = "corpus/dev/articles.jsonl";
    static final String GOLD = "corpus/dev/gold.jsonl";
    static final String SEED_GOLD = "corpus/seed/gold.jsonl";
    static final String WEEK = "corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz";

    @Mixin
    DataOption dataOption;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Store (default: embedded H2 under ~/.rasd/store).")
    String db;

    @Option(names = "--port", defaultValue = "8080", description = "Port of the map (default 8080; 0 picks a free one).")
    int port;

    @Option(names = "--no-serve", description = "Print the tables and scores only; do not ingest or serve.")
    boolean noServe;

    @Option(names = "--no-week", description = "Do not ingest the SaudiNewsNet week (faster start).")
    boolean noWeek;

    @Option(names = "--reset", description = "Empty the store first, so stored articles are extracted again "
            + "(after an upgrade of Rasd; otherwise already-stored articles keep their events).")
    boolean reset;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        DataPaths paths = dataOption.paths();
        Rasd rasd = Rasd.open(paths);
        List<Path> inputs = new ArrayList<>();
        Path seed = paths.data().resolve(SEED);
        if (Files.isRegularFile(seed)) {
            out.println("== Reference article (" + SEED + ", published 2018-07-03)");
            String text = LineSource.readAll(seed);
            ExtractionResult r = rasd.extract(new Article("000_ab4313d7ebf07531", LocalDate.of(2018, 7, 3), "",
                    text, "Elaph", null));
            table(out, List.of(r));
            score(out, "reference article", paths.data().resolve(SEED_GOLD), List.of(r));
            inputs.add(seed);
        } else {
            out.println("== No data directory with the corpus (" + paths.data() + "): running on the built-in sample");
            String text = new String(DemoCommand.class.getResourceAsStream("/org/rasd/demo/sample.txt").readAllBytes(),
                    StandardCharsets.UTF_8);
            Path sample = paths.home().resolve("demo/sample.txt");
            Files.createDirectories(sample.getParent());
            Files.writeString(sample, text);
            table(out, List.of(rasd.extract(new Article("sample", LocalDate.now(), "", text, null, null))));
            inputs.add(sample);
        }
        Path dev = paths.data().resolve(DEV);
        if (Files.isRegularFile(dev)) {
            out.println();
            out.println("== Dev set (" + DEV + ")");
            List<ExtractionResult> rs = new ArrayList<>();
            for (String line : Files.readAllLines(dev)) {
                if (!line.isBlank()) {
                    rs.add(rasd.extract(ArticleReader.parse(line)));
                }
            }
            table(out, rs);
            score(out, "dev set", paths.data().resolve(GOLD), rs);
            inputs.add(dev);
        }
        if (noServe) {
            return 0;
        }
        Path week = paths.data().resolve(WEEK);
        if (!noWeek && Files.isRegularFile(week)) {
            inputs.add(week);
            out.println();
            out.println("== Ingesting " + inputs.size() + " inputs (the SaudiNewsNet week takes a few minutes the first"
                    + " time; already-stored articles are skipped)");
        }
        Server server = DemoServe.start(paths, db, inputs, Server.Options.local(port), reset);
        out.println();
        out.println("rasd: the map is at " + server.url() + "  (API: " + server.url() + "api/events); Ctrl-C stops");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }

    private static void score(PrintStream out, String what, Path gold, List<ExtractionResult> rs) throws Exception {
        if (!Files.isRegularFile(gold)) {
            return;
        }
        Scorer.Result s = Scorer.score(gold, rs);
        out.println("-- score.py figures for the " + what + ":");
        out.print(s.format());
        out.println();
    }

    static void table(PrintStream out, List<ExtractionResult> results) {
        out.printf("%-22s %-10s %-34s %-26s %-44s %s%n", "doc", "date", "event", "place", "actors", "deaths");
        for (ExtractionResult r : results) {
            for (Event e : r.events()) {
                String place = e.location() == null ? "" : e.location().name() + " (" + e.location().nameAr() + ")";
                String actors = (e.actor1() == null ? "?" : e.actor1().name())
                        + (e.actor2() == null ? "" : " → " + e.actor2().name());
                out.printf("%-22s %-10s %-34s %-26s %-44s %s%n", cut(r.docId(), 22),
                        e.eventDate() == null ? "-" : e.eventDate(), cut(e.subEventType().label(), 34), cut(place, 26),
                        cut(actors, 44), e.fatalities() == null ? "-" : e.fatalities());
            }
        }
    }

    private static String cut(String s, int n) {
        return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
