package org.rasd.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rasd.Rasd;
import org.rasd.io.ArticleReader;
import org.rasd.io.DataPaths;
import org.rasd.io.LineSource;
import org.rasd.model.Article;
import org.rasd.model.ExtractionResult;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;

/**
 * Latency of one article through {@code Rasd.extract} and through the text stage alone.
 * {@code article}: "reference" is the seed article (Elaph, Daraa 2018); "dev0".."dev3" the first dev articles.
 * Data come from DataPaths (RASD_DATA, else ../shared from the working directory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ExtractBench {
    @Param({"reference", "dev0", "dev1", "dev2", "dev3"})
    public String article;

    private Rasd rasd;
    private Article input;

    @Setup
    public void setup() throws IOException {
        DataPaths paths = DataPaths.resolve(null);
        rasd = Rasd.open(paths);
        input = load(paths, article);
    }

    static Article load(DataPaths paths, String which) throws IOException {
        if (which.equals("reference")) {
            Path txt = paths.dataFile("corpus/seed/000_ab4313d7ebf07531.txt")
                    .orElseThrow(() -> new IllegalStateException("reference article not found under " + paths.data()));
            return Article.of("000_ab4313d7ebf07531", LocalDate.of(2018, 7, 3), LineSource.readAll(txt));
        }
        int k = Integer.parseInt(which.substring(3));
        Path dev = paths.dataFile("corpus/dev/articles.jsonl")
                .orElseThrow(() -> new IllegalStateException("dev articles not found under " + paths.data()));
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = LineSource.open(dev)) {
            String l;
            while ((l = r.readLine()) != null && lines.size() <= k) {
                lines.add(l);
            }
        }
        try {
            return ArticleReader.parse(lines.get(k));
        } catch (ArticleReader.BadLine e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public ExtractionResult extract() {
        return rasd.extract(input);
    }

    @Benchmark
    public Document analyze() {
        return TextPipeline.analyze(input.docId(), input.text(), input.published());
    }
}
