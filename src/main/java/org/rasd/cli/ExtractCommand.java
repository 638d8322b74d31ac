package org.rasd.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rasd.Rasd;
import org.rasd.io.ArticleReader;
import org.rasd.io.EventJson;
import org.rasd.io.EventSink;
import org.rasd.io.LineSource;
import org.rasd.io.Sinks;
import org.rasd.model.Article;
import org.rasd.model.ExtractionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code rasd extract FILE.txt [--published D]} for one article, or
 * {@code rasd extract --in IN.jsonl --out OUT.jsonl} for a batch (one output line per input line).
 * Exit 0 when every line succeeded, 3 when some failed, 2 on usage errors.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract ACLED-style events from Arabic articles.",
                "One article: rasd extract FILE.txt [--published YYYY-MM-DD]",
                "Batch:       rasd extract --in IN.jsonl[.gz] --out OUT.jsonl [--format jsonl|csv|geojson]"})
public final class ExtractCommand implements Callable<Integer> {
    public static final int SOME_FAILED = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption dataOption;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A plain-text article (UTF-8).")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of FILE, for relative dates (default: FILE's .meta.json if any).")
    String published;

    @Option(names = "--doc-id", description = "doc_id for FILE (default: its name without extension).")
    String docId;

    @Option(names = "--in", paramLabel = "IN.jsonl", description = "Batch input, one JSON article a line (.gz too).")
    Path in;

    @Option(names = "--out", paramLabel = "OUT", description = "Batch output (default: standard output).")
    Path out;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), csv (ACLED's 31 columns) or geojson.")
    String format;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (file != null && in != null) {
            throw new ParameterException(spec.commandLine(), "give either FILE or --in, not both");
        }
        if (file == null && in == null) {
            throw new ParameterException(spec.commandLine(), "give FILE or --in IN.jsonl");
        }
        if (!Sinks.FORMATS.contains(format)) {
            throw new ParameterException(spec.commandLine(), "unknown --format " + format + " (jsonl, csv, geojson)");
        }
        Path input = file != null ? file : in;
        if (!Files.isReadable(input) || Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), "cannot read " + input);
        }
        Rasd rasd = Rasd.open(dataOption.paths());
        return file != null ? single(rasd) : batch(rasd);
    }

    private int single(Rasd rasd) throws Exception {
        String text = LineSource.readAll(file);
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String id = docId != null ? docId : stem;
        LocalDate pub = published != null ? parseDateOption(published) : metaPublished(file, stem);
        Article a = new Article(id, pub, "", text, metaSource(file, stem), null);
        ExtractionResult r = rasd.extract(a);
        if (format.equals("jsonl")) {
            try (PrintStream ps = new PrintStream(openOut(), false, StandardCharsets.UTF_8)) {
                ps.println(EventJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(EventJson.result(r)));
            }
        } else {
            try (EventSink sink = Sinks.open(format, openOut())) {
                sink.accept(a, r);
            }
        }
        return 0;
    }

    private LocalDate parseDateOption(String s) {
        try {
            return LocalDate.parse(s);
        } catch (Exception e) {
            throw new ParameterException(spec.commandLine(), "--published must be YYYY-MM-DD: " + s);
        }
    }

    /** Reads "published" from FILE's sibling {@code <stem>.meta.json}, if present. */
    static LocalDate metaPublished(Path file, String stem) {
        JsonNode n = meta(file, stem);
        if (n == null || !n.hasNonNull("published")) {
            return null;
        }
        String v = n.get("published").asText();
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (Exception e) {
            System.err.println("rasd extract: ignoring unparsable \"published\" in " + stem + ".meta.json: " + v);
            return null;
        }
    }

    /** The outlet named in FILE's sibling .meta.json ("source" or "outlet"), if any. */
    static String metaSource(Path file, String stem) {
        JsonNode n = meta(file, stem);
        if (n == null) {
            return null;
        }
        JsonNode s = n.hasNonNull("source") ? n.get("source") : n.get("outlet");
        return s == null || s.isNull() ? null : s.asText();
    }

    private static JsonNode meta(Path file, String stem) {
        Path dir = file.toAbsolutePath().getParent();
        Path meta = dir == null ? null : dir.resolve(stem + ".meta.json");
        if (meta == null || !Files.isReadable(meta)) {
            return null;
        }
        try {
            return EventJson.MAPPER.readTree(meta.toFile());
        } catch (Exception e) {
            System.err.println("rasd extract: ignoring unreadable " + meta + ": " + e.getMessage());
            return null;
        }
    }

    /** The --out file, or standard output (System.out, left open when the sink closes). */
    private OutputStream openOut() throws IOException {
        if (out == null) {
            PrintStream stdout = System.out;
            return new java.io.FilterOutputStream(stdout) {
                @Override
                public void write(byte[] b, int off, int len) {
                    stdout.write(b, off, len);
                }

                @Override
                public void close() {
                    stdout.flush();
                }
            };
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newOutputStream(out);
    }

    private record Outcome(Article article, ExtractionResult result, String docId, String error) {
    }

    private int batch(Rasd rasd) throws Exception {
        int failed = 0;
        boolean tty = System.console() != null;
        long total = tty ? countLines(in) : -1;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "rasd-extract");
            t.setDaemon(true);
            return t;
        });
        try (BufferedReader reader = LineSource.open(in);
             EventSink sink = Sinks.open(format, openOut());
             ProgressBar bar = tty ? new ProgressBarBuilder().setTaskName("extract").setInitialMax(total)
                     .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                     .setUpdateIntervalMillis(250).build() : null) {
            int lineNo = 0;
            List<Future<Outcome>> block = new ArrayList<>();
            List<Integer> blockLines = new ArrayList<>();
            String line;
            while (true) {
                line = reader.readLine();
                if (line != null) {
                    lineNo++;
                    final String l = line;
                    final int n = lineNo;
                    block.add(pool.submit(() -> process(rasd, l, n)));
                    blockLines.add(n);
                }
                if (block.size() >= 64 || (line == null && !block.isEmpty())) {
                    for (int i = 0; i < block.size(); i++) {
                        Outcome o = block.get(i).get();
                        int n = blockLines.get(i);
                        if (o.error() != null) {
                            failed++;
                            System.err.println(in + ":" + n + ": " + (o.docId() != null ? o.docId() + ": " : "") + o.error());
                            sink.error(o.docId(), n, o.error());
                        } else {
                            sink.accept(o.article(), o.result());
                        }
                        if (bar != null) {
                            bar.step();
                        }
                    }
                    sink.flush();
                    block.clear();
                    blockLines.clear();
                }
                if (line == null) {
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failed > 0 ? SOME_FAILED : 0;
    }

    private static Outcome process(Rasd rasd, String line, int n) {
        if (line.isBlank()) {
            return new Outcome(null, null, null, "empty line");
        }
        Article a;
        try {
            a = ArticleReader.parse(line);
        } catch (ArticleReader.BadLine e) {
            return new Outcome(null, null, e.docId(), e.getMessage());
        }
        try {
            return new Outcome(a, rasd.extract(a), a.docId(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(a, null, a.docId(), "extraction failed: " + e);
        }
    }

    private static long countLines(Path p) {
        try (BufferedReader r = LineSource.open(p)) {
            long n = 0;
            while (r.readLine() != null) {
                n++;
            }
            return n;
        } catch (IOException e) {
            return -1;
        }
    }
}
