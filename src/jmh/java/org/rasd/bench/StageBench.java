package org.rasd.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
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
import org.openjdk.jmh.infra.Blackhole;
import org.rasd.Rasd;
import org.rasd.code.Coder;
import org.rasd.model.EventMention;
import org.rasd.extract.PlaceRef;
import org.rasd.io.ArticleReader;
import org.rasd.io.DataPaths;
import org.rasd.io.LineSource;
import org.rasd.lexicon.Lexicon;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;

/**
 * Each stage of {@code Rasd.extract} alone, over the same articles: the first {@code articles} lines of the
 * SaudiNewsNet week (one operation = one pass over all of them; each stage's input is computed once in setup by
 * the stages before it). The stages' times side by side give their shares, as {@code rasd bench} reports them
 * from one run; {@code whole} is the pipeline end to end. Data through DataPaths (RASD_DATA, else ../shared).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class StageBench {
    static final String WEEK = "corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz";

    @Param({"100"})
    public int articles;

    private Rasd rasd;
    private Lexicon lexicon;
    private List<Article> input;
    private List<Document> docs;
    private List<List<PlaceRef>> places;
    private List<List<EventMention>> mentions;
    private List<List<Event>> coded;

    @Setup
    public void setup() throws IOException {
        DataPaths paths = DataPaths.resolve(null);
        rasd = Rasd.open(paths);
        lexicon = Lexicon.get();
        Path week = paths.dataFile(WEEK)
                .orElseThrow(() -> new IllegalStateException(WEEK + " not found under " + paths.data()));
        input = new ArrayList<>();
        try (BufferedReader r = LineSource.open(week)) {
            String line;
            while (input.size() < articles && (line = r.readLine()) != null) {
                try {
                    input.add(ArticleReader.parse(line));
                } catch (ArticleReader.BadLine e) {
                    // skipped
                }
            }
        }
        docs = new ArrayList<>();
        places = new ArrayList<>();
        mentions = new ArrayList<>();
        coded = new ArrayList<>();
        for (Article a : input) {
            Document d = TextPipeline.analyze(a.docId(), a.text(), a.published());
            List<PlaceRef> p = rasd.placeFinder().find(d, a.title());
            List<EventMention> m = rasd.extractor().extract(d, p);
            docs.add(d);
            places.add(p);
            mentions.add(m);
            coded.add(Coder.code(m));
        }
    }

    @Benchmark
    public void text(Blackhole bh) {
        for (Article a : input) {
            bh.consume(TextPipeline.analyze(a.docId(), a.text(), a.published()));
        }
    }

    @Benchmark
    public void places(Blackhole bh) {
        for (int i = 0; i < input.size(); i++) {
            bh.consume(rasd.placeFinder().find(docs.get(i), input.get(i).title()));
        }
    }

    @Benchmark
    public void lexicon(Blackhole bh) {
        for (Document d : docs) {
            bh.consume(lexicon.actors(d));
            bh.consume(lexicon.triggers(d));
            bh.consume(lexicon.cues(d));
        }
    }

    /** The frames stage as called by the pipeline, so the lexicon's matching included (see {@link #lexicon}). */
    @Benchmark
    public void frames(Blackhole bh) {
        for (int i = 0; i < docs.size(); i++) {
            bh.consume(rasd.extractor().extract(docs.get(i), places.get(i)));
        }
    }

    @Benchmark
    public void coding(Blackhole bh) {
        for (List<EventMention> m : mentions) {
            bh.consume(Coder.code(m));
        }
    }

    @Benchmark
    public void decisions(Blackhole bh) {
        for (int i = 0; i < input.size(); i++) {
            bh.consume(rasd.filter().apply(input.get(i), coded.get(i)));
        }
    }

    @Benchmark
    public void whole(Blackhole bh) {
        for (Article a : input) {
            bh.consume(rasd.extract(a));
        }
    }
}
