package org.rasd.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.rasd.gazetteer.Gazetteer;
import org.rasd.ner.NerTraining;
import org.rasd.ner.NewsFane;
import org.rasd.ner.PlaceNer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rasd train ner}: trains the place tagger ({@link PlaceNer}) on NewsFANE's train split, reports entity F1 per
 * class on its dev split (and its test split unless {@code --no-test}), and writes the model, its properties and its
 * card. The geocoder thresholds and the {@code enabled} flag of an existing properties file are kept.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Train the named-entity tagger (Tribuo CRF) on NewsFANE (DATA/ner/newsfane) and write its card."})
public final class TrainNerCommand implements Callable<Integer> {
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    @Mixin
    DataOption dataOption;

    @Option(names = "--out", defaultValue = "src/main/resources/org/rasd/ner", description = "Where the model goes.")
    Path out;

    @Option(names = "--card", defaultValue = "docs/models/ner.md", description = "Model card to write.")
    Path card;

    @Option(names = "--epochs", defaultValue = "5", description = "Passes over the training sentences (default 5).")
    int epochs;

    @Option(names = "--min-count", defaultValue = "10", description = "Drop features seen fewer times (default 10: keeps the file near 1.4 MB).")
    int minCount;

    @Option(names = "--rate", defaultValue = "0.1", description = "AdaGrad's learning rate (default 0.1).")
    double rate;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default 42).")
    long seed;

    @Option(names = "--limit", defaultValue = "0", description = "Train on the first N sentences only (0 = all).")
    int limit;

    @Option(names = "--no-test", description = "Do not score the test split.")
    boolean noTest;

    @Option(names = "--dry-run", description = "Train and print the figures; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
        var paths = dataOption.paths();
        Path dir = paths.data().resolve("ner/newsfane");
        if (!Files.isRegularFile(dir.resolve("train.conll"))) {
            System.err.println("rasd train ner: no NewsFANE in " + dir);
            return 2;
        }
        Gazetteer gaz = Gazetteer.load(paths);
        List<NewsFane.Sentence> train = NewsFane.read(dir, "train");
        if (limit > 0 && limit < train.size()) {
            train = train.subList(0, limit);
        }
        List<NewsFane.Sentence> dev = NewsFane.read(dir, "dev");
        NerTraining.Config cfg = new NerTraining.Config(epochs, minCount, rate, seed);
        System.err.printf("rasd train ner: %d sentences, %d tokens; training ...%n", train.size(), NerTraining.tokens(train));
        NerTraining.Trained t = NerTraining.train(train, gaz, cfg);
        Properties props = existing(out.resolve("place-ner.properties"));
        PlaceNer ner = PlaceNer.of(t.model(), gaz, Double.NaN, Double.NaN);
        Map<String, NerTraining.Counts> devScores = NerTraining.evaluate(ner, dev);
        Map<String, NerTraining.Counts> devBase = NerTraining.baseline(train, dev);
        Map<String, NerTraining.Counts> testScores = null;
        Map<String, NerTraining.Counts> testBase = null;
        List<NewsFane.Sentence> test = List.of();
        if (!noTest) {
            test = NewsFane.read(dir, "test");
            testScores = NerTraining.evaluate(ner, test);
            testBase = NerTraining.baseline(train, test);
        }
        StringBuilder md = new StringBuilder();
        card(md, train, dev, test, cfg, t, devScores, devBase, testScores, testBase, props);
        System.out.print(md);
        if (dryRun) {
            return 0;
        }
        Files.createDirectories(out);
        Files.write(out.resolve("place-ner.tribuo.gz"), t.model());
        props.setProperty("features", String.valueOf(t.features()));
        props.setProperty("epochs", String.valueOf(epochs));
        props.setProperty("min_count", String.valueOf(minCount));
        props.setProperty("seed", String.valueOf(seed));
        props.putIfAbsent("enabled", "false");
        StringBuilder p = new StringBuilder("# written by rasd train ner; reject_below, accept_above and enabled are kept "
                + "across retraining (set by measuring the geocoder, docs/models/ner.md)\n");
        props.stringPropertyNames().stream().sorted().forEach(k -> p.append(k).append('=').append(props.getProperty(k)).append('\n'));
        Files.writeString(out.resolve("place-ner.properties"), p.toString(), StandardCharsets.UTF_8);
        if (card.getParent() != null) {
            Files.createDirectories(card.getParent());
        }
        String existing = Files.exists(card) ? Files.readString(card, StandardCharsets.UTF_8) : "";
        int keep = existing.indexOf("\n## In the pipeline");
        Files.writeString(card, md + (keep >= 0 ? existing.substring(keep) : ""), StandardCharsets.UTF_8);
        System.err.printf("rasd train ner: wrote %s (%d bytes) and %s%n", out.resolve("place-ner.tribuo.gz"), t.model().length, card);
        return 0;
    }

    private static Properties existing(Path file) throws Exception {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        }
        return p;
    }

    private static void card(StringBuilder md, List<NewsFane.Sentence> train, List<NewsFane.Sentence> dev,
                             List<NewsFane.Sentence> test, NerTraining.Config cfg, NerTraining.Trained t,
                             Map<String, NerTraining.Counts> devScores, Map<String, NerTraining.Counts> devBase,
                             Map<String, NerTraining.Counts> testScores, Map<String, NerTraining.Counts> testBase,
                             Properties props) {
        md.append("# Model card: the place tagger (`org.rasd.ner.PlaceNer`)\n\n");
        md.append("Written by `./rasd train ner` (do not edit above \"In the pipeline\"; that section is kept).\n\n");
        md.append("- **Task**: named entities in BIO over the text stage's tokens: PER, GPE, LOC, ORG, FAC (NewsFANE's coarse "
                + "classes of the benchmark; VEH, WEA and the rest are O). The geocoder asks it whether a candidate is a "
                + "place (GPE, LOC or FAC).\n");
        md.append("- **Data**: NewsFANE Gold 2014 (Alotaibi & Lee, COLING 2014; CC BY-SA 3.0), `../shared/ner/newsfane`: "
                + "train.conll for training, dev.conll for choices, test.conll reported once. Each sentence is rebuilt as "
                + "text (the split-off one-letter proclitics and enclitic pronouns glued back) and tokenised by "
                + "`TextPipeline`, so training sees the tokens the pipeline sees; a token takes the label of the entity "
                + "it overlaps.\n");
        md.append(String.format(Locale.ROOT, "- **Training size**: %d sentences, %d tokens; dev %d sentences, %d tokens; "
                + "test %d sentences, %d tokens.%n", train.size(), NerTraining.tokens(train), dev.size(),
                NerTraining.tokens(dev), test.size(), NerTraining.tokens(test)));
        md.append("- **Features** (`NerFeatures`): the normalised token; its clitic-stripped form (article dropped, as "
                + "gazetteer keys); proclitics, enclitic, the article; 2- and 3-letter prefixes and suffixes; the stripped "
                + "forms of two neighbours on each side; gazetteer membership of the token and of the 2- and 3-word "
                + "phrases through it; the geocoder's common-word, first-name and nationality lists; a head word "
                + "(heads.tsv, with its kind) or locative one or two tokens before, a head after.\n");
        md.append(String.format(Locale.ROOT, "- **Learner**: Tribuo 4.3.2 `CRFTrainer` (linear-chain CRF), AdaGrad rate "
                + "%s, %d epochs, minibatch 1, seed %d; features seen fewer than %d times dropped "
                + "(`MinimumCardinalitySequenceDataset`): %d features kept, %d dropped. Deterministic: the same data and "
                + "seed give the same file.%n", cfg.learningRate(), cfg.epochs(), cfg.seed(), cfg.minCount(), t.features(),
                t.removedFeatures()));
        md.append(String.format(Locale.ROOT, "- **Model file**: `src/main/resources/org/rasd/ner/place-ner.tribuo.gz` (gzipped protobuf), "
                + "%,d bytes. **Training time**: %.1f s (features and CRF, on this 2-core machine under load).%n%n",
                t.model().length, t.millis() / 1000.0));
        md.append("Exact-span entity precision, recall and F1 (conlleval style, over the text stage's tokens). "
                + "PLACE counts GPE, LOC and FAC as one class (what the geocoder uses). Baseline: each token takes the "
                + "label it had most often in training.\n\n");
        table(md, "dev", devScores, devBase);
        if (testScores != null) {
            table(md, "test (reported, never tuned on)", testScores, testBase);
        }
    }

    private static void table(StringBuilder md, String split, Map<String, NerTraining.Counts> s,
                              Map<String, NerTraining.Counts> base) {
        md.append("### ").append(split).append("\n\n| class | gold | P | R | F1 | baseline F1 |\n|---|---|---|---|---|---|\n");
        for (Map.Entry<String, NerTraining.Counts> e : s.entrySet()) {
            NerTraining.Counts c = e.getValue();
            md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | **%.3f** | %.3f |%n", e.getKey(), c.tp + c.fn,
                    c.precision(), c.recall(), c.f1(), base.get(e.getKey()).f1()));
        }
        md.append('\n');
    }
}
