package org.rasd.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rasd.Rasd;
import org.rasd.audit.Audit;
import org.rasd.audit.Worksheet;
import org.rasd.io.ArticleReader;
import org.rasd.io.EventJson;
import org.rasd.io.LineSource;
import org.rasd.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd audit sample|score}: precision of the events of a whole stream, judged on a random sample. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Stream audit: judge a random sample of predicted events one by one.",
                "  rasd audit sample --in CORPUS.jsonl[.gz] [--pred PRED.jsonl] --n 150 --seed 1 --out SHEET.csv",
                "  (fill the verdict column: ok, not-event, wrong-place, wrong-type, wrong-date, duplicate)",
                "  rasd audit score SHEET.csv"},
        subcommands = {AuditCommand.Sample.class, AuditCommand.Score.class})
public final class AuditCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }

    @Command(name = "sample", mixinStandardHelpOptions = true,
            description = "Extract (or read predictions for) every article of CORPUS and write a worksheet of N events drawn at random.")
    static final class Sample implements Callable<Integer> {
        @Mixin
        DataOption dataOption;

        @Option(names = "--in", required = true, paramLabel = "CORPUS", description = "Articles, one JSON a line (.gz too), as for extract --in.")
        Path in;

        @Option(names = "--pred", paramLabel = "PRED.jsonl", description = "Predictions of rasd extract --in CORPUS (default: extract now).")
        Path pred;

        @Option(names = "--n", defaultValue = "150", description = "Events to sample (default 150).")
        int n;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the draw (default 1): same corpus, same predictions, same seed → same sheet.")
        long seed;

        @Option(names = "--out", paramLabel = "SHEET.csv", description = "Worksheet (default: standard output).")
        Path out;

        @Option(names = "--threads", description = "Extraction threads (default: available processors).")
        int threads = Runtime.getRuntime().availableProcessors();

        @Override
        public Integer call() throws Exception {
            if (n < 1) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--n must be at least 1");
            }
            Map<String, JsonNode> predicted = pred == null ? null : readPredictions(pred);
            Rasd rasd = predicted == null ? Rasd.open(dataOption.paths()) : null;
            List<Worksheet> all = new ArrayList<>();
            int[] counts = new int[3]; // articles, bad lines, articles without predictions
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
                Thread t = new Thread(r, "rasd-audit");
                t.setDaemon(true);
                return t;
            });
            try (BufferedReader reader = LineSource.open(in)) {
                List<Future<List<Worksheet>>> block = new ArrayList<>();
                int lineNo = 0;
                String line;
                do {
                    line = reader.readLine();
                    if (line != null) {
                        lineNo++;
                        if (line.isBlank()) {
                            continue;
                        }
                        Article a;
                        try {
                            a = ArticleReader.parse(line);
                        } catch (ArticleReader.BadLine e) {
                            counts[1]++;
                            System.err.println(in + ":" + lineNo + ": " + e.getMessage() + " (skipped)");
                            continue;
                        }
                        counts[0]++;
                        if (predicted != null) {
                            JsonNode events = predicted.get(a.docId());
                            if (events == null) {
                                counts[2]++;
                            }
                            all.addAll(rows(a, events));
                        } else {
                            final int at = lineNo;
                            block.add(pool.submit(() -> {
                                try {
                                    return rows(a, EventJson.result(rasd.extract(a)).get("events"));
                                } catch (RuntimeException | StackOverflowError e) {
                                    System.err.println(in + ":" + at + ": " + a.docId() + ": extraction failed: " + e + " (skipped)");
                                    return List.of();
                                }
                            }));
                        }
                    }
                    if (block.size() >= 256 || line == null) {
                        for (Future<List<Worksheet>> f : block) {
                            all.addAll(f.get());
                        }
                        block.clear();
                    }
                } while (line != null);
            } finally {
                pool.shutdownNow();
            }
            List<Worksheet> sheet = Audit.sample(all, n, seed);
            try (Writer w = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                    : Files.newBufferedWriter(createParent(out), StandardCharsets.UTF_8)) {
                Audit.write(sheet, w);
            }
            System.err.printf("rasd audit sample: %d articles (%d bad lines skipped%s), %d events, %d sampled with seed %d%s%n",
                    counts[0], counts[1], predicted != null ? ", " + counts[2] + " without predictions" : "", all.size(),
                    sheet.size(), seed, out != null ? " → " + out : "");
            return 0;
        }

        private static List<Worksheet> rows(Article a, JsonNode events) {
            return Audit.rows(a.docId(), a.published() == null ? "" : a.published().toString(), a.source(), a.title(),
                    a.text(), events);
        }

        private static Map<String, JsonNode> readPredictions(Path p) throws IOException {
            Map<String, JsonNode> m = new HashMap<>();
            try (BufferedReader r = LineSource.open(p)) {
                String line;
                int no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        JsonNode n = EventJson.MAPPER.readTree(line);
                        if (n.hasNonNull("doc_id") && n.has("events")) {
                            m.put(n.get("doc_id").asText(), n.get("events"));
                        }
                    } catch (IOException e) {
                        System.err.println(p + ":" + no + ": not JSON (skipped)");
                    }
                }
            }
            return m;
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = "Precision of a judged worksheet, by verdict and by event type, with a 95% Wilson interval.")
    static final class Score implements Callable<Integer> {
        @Parameters(paramLabel = "SHEET.csv", description = "A worksheet from audit sample with its verdict column filled.")
        Path sheet;

        @Option(names = "--json", description = "Print the figures as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(sheet) || Files.isDirectory(sheet)) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "cannot read " + sheet);
            }
            List<String> problems = new ArrayList<>();
            List<Audit.Judged> rows;
            try (var r = Files.newBufferedReader(sheet, StandardCharsets.UTF_8)) {
                rows = Audit.read(r, sheet.toString(), problems::add);
            }
            Audit.Score s = Audit.score(rows, sheet.toString(), problems::add);
            problems.forEach(System.err::println);
            if (json) {
                System.out.println(EventJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(s));
            } else {
                System.out.print(Audit.report(s));
            }
            return problems.isEmpty() ? 0 : ExtractCommand.SOME_FAILED;
        }
    }

    private static Path createParent(Path p) throws IOException {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return p;
    }
}
