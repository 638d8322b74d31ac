package org.rasd.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.io.ArticleReader;
import org.rasd.io.DataPaths;
import org.rasd.io.EventJson;
import org.rasd.io.LineSource;
import org.rasd.model.Article;

/**
 * Golden-output check: the extractor's JSONL output on the reference article, the dev set (stored in full)
 * and the SaudiNewsNet week (the first 64 bits of one SHA-256 per document) must stay identical unless a commit means to change
 * it. Regenerate with {@code ./mvnw -q test -Dtest=GoldenOutputTest -Dgolden.update=true} and say in the
 * commit message which documents changed and why (this test prints them). Skips where ../shared is absent.
 */
class GoldenOutputTest {
    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static DataPaths paths;
    private static Rasd rasd;

    @BeforeAll
    static void open() {
        paths = DataPaths.resolve(null);
        assumeTrue(Files.isRegularFile(paths.data().resolve("corpus/seed/000_ab4313d7ebf07531.txt")),
                "../shared (RASD_DATA) is absent: skipping the golden-output check");
        rasd = Rasd.open(paths);
    }

    /** One JSONL output line, exactly as {@code rasd extract --in} writes it. */
    private static String line(Article a) {
        return EventJson.write(EventJson.ResultRecord.of(rasd.extract(a)));
    }

    private static Map<String, String> extractAll(Path jsonl) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = LineSource.open(jsonl)) {
            for (String l; (l = r.readLine()) != null; ) {
                if (!l.isBlank()) {
                    lines.add(l);
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<String[]>> fs = new ArrayList<>();
            for (String l : lines) {
                fs.add(pool.submit(() -> {
                    try {
                        Article a = ArticleReader.parse(l);
                        return new String[] {a.docId(), line(a)};
                    } catch (ArticleReader.BadLine e) {
                        return new String[] {"line " + (lines.indexOf(l) + 1), "error: " + e.getMessage()};
                    }
                }));
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (Future<String[]> f : fs) {
                String[] kv = f.get();
                out.put(kv[0], kv[1]);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readTsv(Path p, boolean gz) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        if (!Files.exists(p)) {
            return m;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                gz ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                int tab = l.indexOf('\t');
                m.put(l.substring(0, tab), l.substring(tab + 1));
            }
        }
        return m;
    }

    private static void writeTsv(Path p, Map<String, String> m, boolean gz) throws IOException {
        Files.createDirectories(p.getParent());
        try (Writer w = new OutputStreamWriter(gz ? new GZIPOutputStream(Files.newOutputStream(p))
                : Files.newOutputStream(p), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : m.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
    }

    /** Compares, or rewrites in update mode; fails listing every changed, added or removed document. */
    private static void check(String name, Map<String, String> actual, Path file, boolean gz) throws IOException {
        Map<String, String> expected = readTsv(file, gz);
        if (UPDATE) {
            report(name, expected, actual);
            writeTsv(file, actual, gz);
            return;
        }
        assertThat(Files.exists(file)).as("golden file %s (generate it with -Dgolden.update=true)", file).isTrue();
        List<String> diffs = report(name, expected, actual);
        assertThat(diffs).as("documents whose output changed in %s (see stdout; regenerate with"
                + " -Dgolden.update=true only for an intended change)", name).isEmpty();
    }

    private static List<String> report(String name, Map<String, String> expected, Map<String, String> actual) {
        List<String> diffs = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(expected.keySet());
        ids.addAll(actual.keySet());
        for (String id : ids) {
            String e = expected.get(id);
            String a = actual.get(id);
            if (e == null || !e.equals(a)) {
                diffs.add(id);
                if (diffs.size() <= 40) {
                    System.out.println("golden " + name + " changed: " + id);
                    if (e != null && e.startsWith("{") && a != null) {
                        System.out.println("  was: " + e);
                        System.out.println("  now: " + a);
                    }
                }
            }
        }
        System.out.println("golden " + name + ": " + diffs.size() + " of " + ids.size() + " documents changed");
        return diffs;
    }

    @Test
    void referenceArticle() throws Exception {
        Path seed = paths.data().resolve("corpus/seed/000_ab4313d7ebf07531.txt");
        Article a = new Article("000_ab4313d7ebf07531", LocalDate.of(2018, 7, 3), "", LineSource.readAll(seed), "Elaph", null);
        check("seed", Map.of(a.docId(), line(a)), DIR.resolve("seed.tsv"), false);
    }

    @Test
    void devSet() throws Exception {
        check("dev", extractAll(paths.data().resolve("corpus/dev/articles.jsonl")), DIR.resolve("dev.tsv"), false);
    }

    @Test
    void saudiNewsNetWeek() throws Exception {
        Path week = paths.data().resolve("corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz");
        assumeTrue(Files.isRegularFile(week), "the SaudiNewsNet week is absent");
        Map<String, String> hashes = new LinkedHashMap<>();
        extractAll(week).forEach((id, l) -> hashes.put(id, sha(l)));
        check("week", hashes, DIR.resolve("week.sha256.tsv.gz"), true);
    }
}
