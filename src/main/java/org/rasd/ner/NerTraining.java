package org.rasd.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasd.gazetteer.Gazetteer;
import org.rasd.text.Token;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.classification.sgd.crf.CRFTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.sequence.MinimumCardinalitySequenceDataset;
import org.tribuo.sequence.MutableSequenceDataset;
import org.tribuo.sequence.SequenceExample;

/**
 * Training and scoring of {@link PlaceNer}: Tribuo's linear-chain CRF ({@link CRFTrainer}, AdaGrad, a fixed seed,
 * no shuffling left to chance) over {@link NerFeatures}, features seen fewer than {@code minCount} times dropped
 * ({@link MinimumCardinalitySequenceDataset}) to keep the shipped file small; exact-span entity precision, recall and
 * F1 per class (conlleval style, over the text stage's tokens), and a memorising baseline to beat.
 */
public final class NerTraining {
    /** Training settings. */
    public record Config(int epochs, int minCount, double learningRate, long seed) {
        public static final Config DEFAULT = new Config(5, 10, 0.1, 42L);
    }

    /** Entity counts of one class. */
    public static final class Counts {
        public int tp;
        public int fp;
        public int fn;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Label sequences to score: per class, the micro average over {@link NewsFane#CLASSES} ("ALL"), and "PLACE". */
    public static final String ALL = "ALL";
    public static final String PLACE = "PLACE";

    private NerTraining() {
    }

    /** A trained model, serialized and gzipped, with its feature count. */
    public record Trained(byte[] model, int features, int removedFeatures, long millis) {
    }

    public static Trained train(List<NewsFane.Sentence> sentences, Gazetteer gaz, Config cfg) throws IOException {
        long t0 = System.nanoTime();
        NerFeatures nf = new NerFeatures(gaz);
        LabelFactory lf = new LabelFactory();
        MutableSequenceDataset<Label> ds = new MutableSequenceDataset<>(
                new SimpleDataSourceProvenance("NewsFANE train", lf), lf);
        for (NewsFane.Sentence s : sentences) {
            if (s.tokens().isEmpty()) {
                continue;
            }
            List<Label> labels = new ArrayList<>();
            for (String l : s.labels()) {
                labels.add(new Label(l));
            }
            ds.add(new SequenceExample<>(labels, nf.of(s.tokens())));
        }
        MinimumCardinalitySequenceDataset<Label> pruned = new MinimumCardinalitySequenceDataset<>(ds, cfg.minCount());
        CRFTrainer trainer = new CRFTrainer(new AdaGrad(cfg.learningRate(), 0.1), cfg.epochs(), 1_000_000, 1, cfg.seed());
        CRFModel model = trainer.train(pruned, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            model.serializeToStream(gz);
        }
        return new Trained(out.toByteArray(), model.getFeatureIDMap().size(), pruned.getRemoved().size(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Entity counts of the tagger's labels against the gold. */
    public static Map<String, Counts> evaluate(PlaceNer ner, List<NewsFane.Sentence> sentences) {
        List<List<String>> pred = new ArrayList<>();
        for (NewsFane.Sentence s : sentences) {
            pred.add(ner.tag(s.tokens()));
        }
        return score(sentences, pred);
    }

    /**
     * The trivial baseline: each token gets the label it had most often in training (its normalised form), O when
     * unseen.
     */
    public static Map<String, Counts> baseline(List<NewsFane.Sentence> train, List<NewsFane.Sentence> test) {
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        for (NewsFane.Sentence s : train) {
            for (int i = 0; i < s.tokens().size(); i++) {
                seen.computeIfAbsent(s.tokens().get(i).norm(), k -> new HashMap<>()).merge(s.labels().get(i), 1, Integer::sum);
            }
        }
        List<List<String>> pred = new ArrayList<>();
        for (NewsFane.Sentence s : test) {
            List<String> p = new ArrayList<>();
            for (Token t : s.tokens()) {
                Map<String, Integer> m = seen.get(t.norm());
                p.add(m == null ? "O" : m.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey());
            }
            pred.add(p);
        }
        return score(test, pred);
    }

    /** Exact-span counts per class, micro over all ({@link #ALL}) and with the place classes as one ({@link #PLACE}). */
    static Map<String, Counts> score(List<NewsFane.Sentence> gold, List<List<String>> pred) {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (String c : NewsFane.CLASSES) {
            out.put(c, new Counts());
        }
        out.put(ALL, new Counts());
        out.put(PLACE, new Counts());
        for (int k = 0; k < gold.size(); k++) {
            List<int[]> g = spans(gold.get(k).labels());
            List<int[]> p = spans(pred.get(k));
            count(out, g, p, false);
            count(out, g, p, true);
        }
        return out;
    }

    private static void count(Map<String, Counts> out, List<int[]> gold, List<int[]> pred, boolean places) {
        List<int[]> g = places ? placeSpans(gold) : gold;
        List<int[]> p = places ? placeSpans(pred) : pred;
        for (int[] s : p) {
            boolean hit = g.stream().anyMatch(x -> x[0] == s[0] && x[1] == s[1] && x[2] == s[2]);
            for (Counts c : targets(out, s[2], places)) {
                if (hit) {
                    c.tp++;
                } else {
                    c.fp++;
                }
            }
        }
        for (int[] s : g) {
            boolean hit = p.stream().anyMatch(x -> x[0] == s[0] && x[1] == s[1] && x[2] == s[2]);
            if (!hit) {
                for (Counts c : targets(out, s[2], places)) {
                    c.fn++;
                }
            }
        }
    }

    private static List<Counts> targets(Map<String, Counts> out, int cls, boolean places) {
        if (places) {
            return cls == -2 ? List.of(out.get(PLACE)) : List.of();
        }
        return List.of(out.get(NewsFane.CLASSES.get(cls)), out.get(ALL));
    }

    /** The spans of the place classes with one class (-2); the others dropped. */
    private static List<int[]> placeSpans(List<int[]> spans) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            if (NewsFane.PLACES.contains(NewsFane.CLASSES.get(s[2]))) {
                out.add(new int[] {s[0], s[1], -2});
            }
        }
        return out;
    }

    /** conlleval chunks: {start, end, class index}; an I- after another class or O starts a chunk. */
    static List<int[]> spans(List<String> labels) {
        List<int[]> out = new ArrayList<>();
        int[] open = null;
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            int c = l.length() > 2 ? NewsFane.CLASSES.indexOf(l.substring(2)) : -1;
            if (c < 0) {
                open = null;
            } else if (l.startsWith("I-") && open != null && open[2] == c && open[1] == i) {
                open[1] = i + 1;
            } else {
                open = new int[] {i, i + 1, c};
                out.add(open);
            }
        }
        return out;
    }

    /** Tokens in a list of sentences. */
    public static int tokens(List<NewsFane.Sentence> sentences) {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
