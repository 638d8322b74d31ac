package org.rasd.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rasd.Rasd;
import org.rasd.io.ArticleReader;
import org.rasd.io.EventJson;
import org.rasd.io.EventSink;
import org.rasd.io.JsonlSink;
import org.rasd.io.OrderedPool;
import org.rasd.io.Progress;
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
 * Exit 0 when every line succeeded, 3 when some failed (or FILE is over --max-chars), 2 on usage errors, 1 when
 * the run itself failed.
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

    /** Output formats. */
    enum Format { jsonl, csv, geojson }

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}: jsonl (default), csv (ACLED's 31 columns) or geojson.")
    Format format;

    @Option(names = "--max-chars", defaultValue = "1000000", paramLabel = "N",
            description = "Batch: a document whose text is longer gets an error line instead (default 1,000,000).")
    long maxChars;

    @Option(names = "--max-seconds", defaultValue = "120", paramLabel = "S",
            description = "Batch: a document still extracting after S seconds gets an error line; the batch goes on "
                    + "(default 120; 0 for no limit).")
    long maxSeconds;

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
        if (maxChars < 1 || maxSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--max-chars must be positive and --max-seconds >= 0");
        }
        Path input = file != null ? file : in;
        if (!Files.isReadable(input) || Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), "cannot read " + input);
        }
        OutputStream os = openOut(); // a bad --out fails here, before the gazetteer is loaded
        if (file != null) {
            // one article: Jackson's serializers are built on another thread while Rasd opens (start-up time)
            Thread t = new Thread(() -> {
                try {
                    EventJson.warmUp();
                } catch (RuntimeException | LinkageError e) {
                    // the output is written on this thread, which meets and reports any failure
                }
            }, "rasd-json-warm-up");
            t.setDaemon(true);
            t.start();
        }
        try {
            Rasd rasd = Rasd.open(dataOption.paths());
            return file != null ? single(rasd, os) : batch(rasd, os);
        } finally {
            os.close();
        }
    }

    private int single(Rasd rasd, OutputStream os) throws Exception {
        String text = LineSource.readAll(file);
        if (text.length() > maxChars) {
            System.err.printf("rasd extract: %s: text of %,d characters is longer than --max-chars %,d "
                    + "(raise --max-chars to extract it anyway)%n", file, text.length(), maxChars);
            return SOME_FAILED;
        }
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String id = docId != null ? docId : stem;
        LocalDate pub = published != null ? parseDateOption(published) : metaPublished(file, stem);
        Article a = new Article(id, pub, "", text, metaSource(file, stem), null);
        ExtractionResult r = rasd.extract(a);
        if (format == Format.jsonl) {
            try (PrintStream ps = new PrintStream(os, false, StandardCharsets.UTF_8)) {
                ps.println(JsonlSink.escapeLoneSurrogates(
                        EventJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(EventJson.ResultRecord.of(r))));
            }
        } else {
            try (EventSink sink = Sinks.open(format.name(), os)) {
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

    /** The --out file, or standard output (System.out, left open when the sink closes); a usage error if unwritable. */
    private OutputStream openOut() {
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
        try {
            if (Files.isDirectory(out)) {
                throw new IOException("is a directory");
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.newOutputStream(out);
        } catch (IOException | SecurityException e) {
            String why = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a path component is not a directory"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.NoSuchFileException ? "no such directory" : e.getMessage();
            throw new ParameterException(spec.commandLine(), "cannot write --out " + out + ": " + why);
        }
    }

    private record Parsed(int line, Article article, String docId, String error) {
    }

    private int batch(Rasd rasd, OutputStream os) throws Exception {
        int[] failed = {0};
        boolean tty = Progress.terminal();
        long total = tty ? countLines(in) : -1;
        // a JSON line may spell each character as a 6-character escape: keep lines up to that, skip longer ones
        long maxLine = Math.min(Integer.MAX_VALUE - 64, maxChars * 6 + 65_536);
        try (LineSource.LfReader reader = LineSource.open(in);
             EventSink sink = Sinks.open(format.name(), os);
             Progress bar = Progress.of("extract", total, tty);
             OrderedPool<Parsed, ExtractionResult> pool = new OrderedPool<>(threads, threads * 16,
                     maxSeconds == 0 ? null : Duration.ofSeconds(maxSeconds), "rasd-extract", (p, o) -> {
                 String error = p.error();
                 if (error == null && o.timedOut()) {
                     error = "extraction stopped after --max-seconds " + maxSeconds + " s";
                 } else if (error == null && !o.ok()) {
                     error = failure(o.failure());
                 }
                 try {
                     if (error != null) {
                         failed[0]++;
                         int n = p.line();
                         System.err.println(in + ":" + n + ": " + (p.docId() != null ? p.docId() + ": " : "") + error);
                         sink.error(p.docId(), n, error);
                     } else {
                         sink.accept(p.article(), o.value());
                     }
                     sink.flush();
                 } catch (IOException e) {
                     throw new java.io.UncheckedIOException(e);
                 }
                 bar.step();
             })) {
            int lineNo = 0;
            for (LineSource.Line line; (line = reader.readLine(maxLine)) != null; ) {
                lineNo++;
                Parsed p = parse(line, lineNo, maxChars);
                if (p.error() != null) {
                    pool.submit(p, () -> null);
                } else {
                    pool.submit(p, () -> rasd.extract(p.article()));
                }
            }
            pool.finish();
        }
        return failed[0] > 0 ? SOME_FAILED : 0;
    }

    /** One input line read into an article, or the error that keeps it from extraction (checked before any work). */
    static Parsed parse(LineSource.Line line, int n, long maxChars) {
        if (line.overLong()) {
            return new Parsed(n, null, null, String.format("line of %,d characters: the text would exceed --max-chars %,d",
                    line.length(), maxChars));
        }
        if (line.text().isBlank()) {
            return new Parsed(n, null, null, "empty line");
        }
        Article a;
        try {
            a = ArticleReader.parse(line.text());
        } catch (ArticleReader.BadLine e) {
            return new Parsed(n, null, e.docId(), e.getMessage());
        }
        if (a.text().length() > maxChars) {
            return new Parsed(n, null, a.docId(), String.format("text of %,d characters is longer than --max-chars %,d",
                    a.text().length(), maxChars));
        }
        return new Parsed(n, a, a.docId(), null);
    }

    /** One-line wording of an extraction failure. */
    static String failure(Throwable e) {
        String m = String.valueOf(e);
        int nl = m.indexOf('\n');
        return "extraction failed: " + (nl < 0 ? m : m.substring(0, nl));
    }

    private static long countLines(Path p) {
        try (LineSource.LfReader r = LineSource.open(p)) {
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
