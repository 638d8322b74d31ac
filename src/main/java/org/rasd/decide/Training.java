package org.rasd.decide;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rasd.Rasd;
import org.rasd.eval.Scorer;
import org.rasd.io.ArticleReader;
import org.rasd.io.EventJson;
import org.rasd.io.LineSource;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.Trainer;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the event filter from the annotated corpus: the rules' events on the training articles are
 * labelled by aligning them with the gold exactly as score.py does ({@link Scorer#align}); an event paired
 * with a required gold event is {@value LearnedEventFilter#EVENT}, an unpaired one
 * {@value LearnedEventFilter#OTHER}, one paired with an optional gold event is left out. Logistic regression
 * (Tribuo, fixed seed); the keep-threshold is chosen on the plateau of event F1 in k-fold cross-validation
 * grouped by article ({@link #plateau}; 0 = keep everything, i.e. the filter is off); whether it ships is decided by
 * the paired test of {@link Acceptance} on nested out-of-fold decisions ({@link #nestedThresholds}).
 */
public final class Training {
    static final double[] GRID = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};

    private Training() {
    }

    /**
     * One labelled event. {@code event}: paired with a required gold event by score.py's assignment (what the
     * figures count). {@code real}: the model's training label — paired, or at least of the same event type as a
     * required gold event of the article that nothing else was paired with (a real event coded at the wrong
     * place or day is still a real event: its features say nothing about the place).
     */
    public record Sample(String docId, List<EventFeatures.Feature> features, boolean event, boolean real) {
        public Sample(String docId, List<EventFeatures.Feature> features, boolean event) {
            this(docId, features, event, event);
        }
    }

    /**
     * Labelled events of a set of articles and the number of required gold events they should find, in all and by
     * article ({@code required}: every article, also those without rule events; empty when unknown).
     */
    public record Data(List<Sample> samples, int requiredGold, int articles, Map<String, Integer> required) {
        public Data(List<Sample> samples, int requiredGold, int articles) {
            this(samples, requiredGold, articles, Map.of());
        }

        public long positives() {
            return samples.stream().filter(Sample::event).count();
        }

        /**
         * The required gold events of the articles of the given folds ({@code inFolds}) — by article when known, else
         * the positives there plus the unpaired gold in proportion to the articles.
         */
        int requiredIn(java.util.function.Predicate<String> inFolds) {
            if (!required.isEmpty()) {
                return required.entrySet().stream().filter(e -> inFolds.test(e.getKey())).mapToInt(Map.Entry::getValue).sum();
            }
            java.util.Set<String> docs = new java.util.HashSet<>();
            long pos = 0;
            for (Sample s : samples) {
                if (inFolds.test(s.docId())) {
                    docs.add(s.docId());
                    pos += s.event() ? 1 : 0;
                }
            }
            long allDocs = samples.stream().map(Sample::docId).distinct().count();
            return (int) (pos + Math.round((requiredGold - positives()) * (double) docs.size() / Math.max(1, allDocs)));
        }
    }

    /** Event-level figures of a filter at a threshold: precision, recall, F1 from aligned counts. */
    public record Figures(double threshold, long tp, long fp, long fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            return 2.0 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        public String format() {
            return String.format(Locale.ROOT, "t=%.2f P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", threshold, precision(),
                    recall(), f1(), tp, fp, fn);
        }
    }

    /** The gold documents of a JSONL file (doc id → line), in file order. */
    public static Map<String, JsonNode> readGold(Path file) throws IOException {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode d = EventJson.MAPPER.readTree(line);
                    m.put(d.get("doc_id").asText(), d);
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + n + ": not a gold line: " + e.getMessage(), e);
                }
            }
        }
        return m;
    }

    /** The articles with the given ids from a JSONL(.gz) corpus (bad lines are skipped with a message). */
    public static Map<String, Article> readArticles(Path corpus, Set<String> ids) throws IOException {
        Map<String, Article> m = new TreeMap<>();
        try (BufferedReader r = LineSource.open(corpus)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Article a = ArticleReader.parse(line);
                    if (ids.contains(a.docId())) {
                        m.put(a.docId(), a);
                    }
                } catch (ArticleReader.BadLine e) {
                    System.err.println(corpus + ":" + n + ": " + e.getMessage() + " (skipped)");
                }
            }
        }
        return m;
    }

    /** The rules' events of each article (sorted by doc id), through {@code rules} (a Rasd without filter). */
    public static Map<String, ExtractionResult> extract(Rasd rules, Collection<Article> articles) {
        Map<String, ExtractionResult> out = new TreeMap<>();
        articles.parallelStream().map(rules::extract).toList().forEach(r -> out.put(r.docId(), r));
        return out;
    }

    /**
     * How a model is trained: a logistic regression either by Tribuo's {@code LogisticRegressionTrainer} (SGD with
     * AdaGrad, 5 epochs, no regularisation; {@code cost} 0) or by LIBLINEAR through Tribuo (L2-regularised logistic
     * regression, {@code L2R_LR}, with the given inverse regularisation {@code cost}: an exact, deterministic optimiser
     * that keeps the many sparse context features from overfitting a few hundred examples). {@code paired}: train on
     * "paired with a required gold event" instead of {@link Sample#real}.
     */
    public record Spec(double cost, boolean paired) {
        /** Tribuo's LogisticRegressionTrainer on {@link Sample#real}. */
        public static final Spec DEFAULT = new Spec(0, false);

        /** The training label of a sample. */
        boolean label(Sample s) {
            return paired ? s.event() : s.real();
        }

        Trainer<Label> trainer() {
            if (cost > 0) {
                return new LibLinearClassificationTrainer(new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR),
                        cost, 1000, 0.01, Trainer.DEFAULT_SEED);
            }
            return new LogisticRegressionTrainer();
        }

        public String describe() {
            return (cost > 0 ? String.format(Locale.ROOT, "LIBLINEAR L2-regularised logistic regression (L2R_LR, cost C=%s)", cost)
                    : "Tribuo LogisticRegressionTrainer (AdaGrad, 5 epochs, no regularisation)")
                    + (paired ? "; label: paired with a required gold event" : "; label: real (paired, or of the type of an unpaired gold event)");
        }
    }

    /** Labelled samples: each predicted event aligned with the gold of its article. */
    public static Data label(Map<String, JsonNode> gold, Map<String, Article> articles, Map<String, ExtractionResult> predicted) {
        return label(gold, articles, predicted, Set.of());
    }

    /** Labelled samples with the given feature groups ({@link EventFeatures#of(Article, Event, List, Set)}). */
    public static Data label(Map<String, JsonNode> gold, Map<String, Article> articles, Map<String, ExtractionResult> predicted,
            Set<String> groups) {
        List<Sample> samples = new ArrayList<>();
        int required = 0;
        int docs = 0;
        Map<String, Integer> byDoc = new TreeMap<>();
        for (var en : new TreeMap<>(gold).entrySet()) {
            Article a = articles.get(en.getKey());
            ExtractionResult r = predicted.get(en.getKey());
            if (a == null || r == null) {
                continue;
            }
            docs++;
            List<JsonNode> g = sortedGold(en.getValue());
            int req = (int) g.stream().filter(x -> !x.path("optional").asBoolean(false)).count();
            required += req;
            byDoc.put(en.getKey(), req);
            List<JsonNode> p = new ArrayList<>();
            for (Event e : r.events()) {
                p.add(EventJson.event(e));
            }
            int[] at = Scorer.align(p, g, en.getValue().get("published"));
            boolean[] taken = new boolean[g.size()];
            for (int j : at) {
                if (j >= 0) {
                    taken[j] = true;
                }
            }
            for (int i = 0; i < p.size(); i++) {
                boolean optional = at[i] >= 0 && g.get(at[i]).path("optional").asBoolean(false);
                if (optional) {
                    continue;
                }
                boolean real = at[i] >= 0;
                for (int j = 0; !real && j < g.size(); j++) {
                    JsonNode ge = g.get(j);
                    if (!taken[j] && !ge.path("optional").asBoolean(false)
                            && ge.path("event_type").asText().equals(p.get(i).path("event_type").asText())) {
                        taken[j] = true;
                        real = true;
                    }
                }
                samples.add(new Sample(a.docId(), EventFeatures.of(a, r.events().get(i), r.events(), groups), at[i] >= 0, real));
            }
        }
        return new Data(samples, required, docs, byDoc);
    }

    /** Required gold events first, then optional ones, each group in file order (as score.py sorts them). */
    static List<JsonNode> sortedGold(JsonNode doc) {
        List<JsonNode> req = new ArrayList<>();
        List<JsonNode> opt = new ArrayList<>();
        for (JsonNode e : doc.path("events")) {
            (e.path("optional").asBoolean(false) ? opt : req).add(e);
        }
        req.addAll(opt);
        return req;
    }

    /** A logistic-regression model over the samples (Tribuo's trainer and its fixed default seed). */
    public static Model<Label> train(List<Sample> samples) {
        return train(samples, Spec.DEFAULT);
    }

    /** A logistic-regression model over the samples, trained as {@code spec} says (fixed seed). */
    public static Model<Label> train(List<Sample> samples, Spec spec) {
        LabelFactory lf = new LabelFactory();
        MutableDataset<Label> ds = new MutableDataset<>(new SimpleDataSourceProvenance("rasd corpus", lf), lf);
        for (Sample s : samples) {
            ds.add(LearnedEventFilter.example(s.features(), new Label(spec.label(s) ? LearnedEventFilter.EVENT : LearnedEventFilter.OTHER)));
        }
        if (ds.getOutputInfo().getDomain().size() < 2) {
            throw new IllegalArgumentException("training needs both labels; got " + ds.getOutputInfo().getDomain());
        }
        return spec.trainer().train(ds);
    }

    /** The fold of an article: the first bytes of the SHA-1 of its id, modulo k (stable across runs and JVMs). */
    public static int fold(String docId, int k) {
        return hash(docId) % k;
    }

    /**
     * The inner fold (of k - 1) of an article inside the training folds of an outer k-fold split: the same hash's
     * quotient by k, modulo k - 1 (independent of the outer fold, stable).
     */
    public static int innerFold(String docId, int k) {
        return hash(docId) / k % (k - 1);
    }

    private static int hash(String docId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(docId.getBytes(StandardCharsets.UTF_8));
            return ((h[0] & 0xff) << 16) | ((h[1] & 0xff) << 8) | (h[2] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Out-of-fold probabilities (k folds grouped by article), in sample order. */
    public static double[] crossValidate(Data d, int k) {
        return crossValidate(d, k, Spec.DEFAULT);
    }

    /** Out-of-fold probabilities of models trained as {@code spec} says. */
    public static double[] crossValidate(Data d, int k, Spec spec) {
        return crossValidate(d.samples(), id -> fold(id, k), k, spec);
    }

    /** Out-of-fold probabilities over {@code k} folds given by {@code foldOf} (an article's fold), in sample order. */
    static double[] crossValidate(List<Sample> samples, java.util.function.ToIntFunction<String> foldOf, int k, Spec spec) {
        double[] p = new double[samples.size()];
        for (int f = 0; f < k; f++) {
            List<Sample> train = new ArrayList<>();
            for (Sample s : samples) {
                if (foldOf.applyAsInt(s.docId()) != f) {
                    train.add(s);
                }
            }
            boolean both = train.stream().anyMatch(spec::label) && train.stream().anyMatch(s -> !spec.label(s));
            Model<Label> m = both ? train(train, spec) : null;
            for (int i = 0; i < p.length; i++) {
                Sample s = samples.get(i);
                if (foldOf.applyAsInt(s.docId()) == f) {
                    p[i] = m == null ? 1 : LearnedEventFilter.probability(m, s.features());
                }
            }
        }
        return p;
    }

    /** Figures of keeping, among {@code samples} (with probabilities {@code p}), those reaching {@code t}. */
    @FunctionalInterface
    public interface Scoring {
        Figures at(List<Sample> samples, double[] p, double t);
    }

    /**
     * The keep-threshold of the whole procedure chosen without the fold it is applied to (nested cross-validation):
     * for each outer fold f, an inner (k - 1)-fold cross-validation over the other folds' samples ({@link #innerFold})
     * gives probabilities from which {@link #plateau} chooses the threshold for fold f. {@code scoring} gives the
     * figures of a subset of the samples (it knows the required gold of their articles). The decisions "sample i of
     * fold f kept when its out-of-fold probability reaches threshold[f]" then used no label of fold f at all; the
     * acceptance test ({@link Acceptance}) is run on them.
     */
    public static double[] nestedThresholds(List<Sample> samples, int k, Spec spec,
            java.util.function.Function<java.util.function.Predicate<String>, Scoring> scoring) {
        double[] t = new double[k];
        for (int f = 0; f < k; f++) {
            final int fold = f;
            java.util.function.Predicate<String> in = id -> fold(id, k) != fold;
            List<Sample> sub = samples.stream().filter(s -> in.test(s.docId())).toList();
            double[] p = crossValidate(sub, id -> innerFold(id, k), k - 1, spec);
            Scoring sc = scoring.apply(in);
            t[f] = plateau(x -> sc.at(sub, p, x)).threshold();
        }
        return t;
    }

    /**
     * The rules' events of the given articles, each article decided by the model trained (as {@code spec} says) on the
     * samples of the folds it is not in, at that fold's threshold ({@code thresholds[fold]}, e.g. from
     * {@link #nestedThresholds}; 0 keeps everything). {@code decision} makes the filter of a model and a threshold.
     */
    public static Map<String, ExtractionResult> outOfFold(List<Sample> samples, Collection<String> ids,
            Map<String, ExtractionResult> predicted, Map<String, Article> arts, int k, Spec spec,
            java.util.function.BiFunction<Model<Label>, Double, EventFilter> decision, double[] thresholds) {
        Map<String, ExtractionResult> out = new TreeMap<>();
        for (int f = 0; f < k; f++) {
            final int fold = f;
            List<Sample> train = samples.stream().filter(s -> fold(s.docId(), k) != fold).toList();
            EventFilter lf = thresholds[f] > 0 ? decision.apply(train(train, spec), thresholds[f]) : EventFilter.NONE;
            for (String id : ids) {
                ExtractionResult r = predicted.get(id);
                if (r != null && fold(id, k) == f) {
                    out.put(id, new ExtractionResult(id, lf.apply(arts.get(id), r.events())));
                }
            }
        }
        return out;
    }

    /** The event filter's figures over a subset of its samples, the required gold of the articles {@code in} says. */
    public static Scoring scoring(Data d, java.util.function.Predicate<String> in) {
        int required = d.requiredIn(in);
        return (samples, p, t) -> {
            long tp = 0;
            long fp = 0;
            for (int i = 0; i < p.length; i++) {
                if (p[i] >= t) {
                    if (samples.get(i).event()) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            return new Figures(t, tp, fp, required - tp);
        };
    }

    /** The gate's event-level figures over a subset of its article samples. */
    public static Scoring scoring(GateData d, java.util.function.Predicate<String> in) {
        int required = d.requiredIn(in);
        return (samples, p, t) -> {
            long tp = 0;
            long fp = 0;
            for (int i = 0; i < p.length; i++) {
                long[] c = d.counts().get(samples.get(i).docId());
                if (c != null && p[i] >= t) {
                    tp += c[0];
                    fp += c[1];
                }
            }
            return new Figures(t, tp, fp, required - tp);
        };
    }

    /**
     * The plateau choice of a threshold: the grid point whose event F1, averaged with its grid neighbours', is highest
     * (the lowest such point on ties). Choosing the middle of a flat top rather than its single highest point keeps the
     * choice from chasing one or two events' noise; 0 means keep everything.
     */
    public static Figures plateau(java.util.function.DoubleFunction<Figures> at) {
        Figures[] f = new Figures[GRID.length];
        for (int i = 0; i < GRID.length; i++) {
            f[i] = at.apply(GRID[i]);
        }
        int best = 0;
        double bestS = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < f.length; i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - 1); j <= Math.min(f.length - 1, i + 1); j++) {
                sum += f[j].f1();
                n++;
            }
            double sm = sum / n;
            if (sm > bestS + 1e-12) {
                bestS = sm;
                best = i;
            }
        }
        return f[best];
    }

    /** The figures of keeping the samples whose probability reaches {@code t}. */
    public static Figures at(Data d, double[] p, double t) {
        long tp = 0;
        long fp = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= t) {
                if (d.samples().get(i).event()) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        return new Figures(t, tp, fp, d.requiredGold() - tp);
    }

    /**
     * The threshold cross-validation chooses: {@link #plateau} over the out-of-fold probabilities (0 = keep
     * everything). Whether the model then ships is the acceptance test's call ({@link Acceptance}), not a fixed gain.
     */
    public static Figures best(Data d, double[] p) {
        return plateau(t -> at(d, p, t));
    }

    /** The best threshold of the grid above 0 by F1, whatever its gain over keeping all (for experiment tables). */
    public static Figures bestThreshold(java.util.function.DoubleFunction<Figures> at) {
        Figures best = null;
        for (double t : GRID) {
            if (t == 0) {
                continue;
            }
            Figures f = at.apply(t);
            if (best == null || f.f1() > best.f1() + 1e-12) {
                best = f;
            }
        }
        return best;
    }

    /** Article-level samples for the gate, and the aligned event counts (tp, fp) of each article. */
    public record GateData(List<Sample> articles, Map<String, long[]> counts, int requiredGold, Data events) {
        int requiredIn(java.util.function.Predicate<String> in) {
            return events.requiredIn(in);
        }
    }

    /**
     * One sample per gold article: does it report at least one required event? With the counts of the rules'
     * events that the gate keeps or drops (from the event-level labels of {@code events}).
     */
    public static GateData gate(Map<String, JsonNode> gold, Map<String, Article> articles, Map<String, ExtractionResult> predicted,
            Data events) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Sample s : events.samples()) {
            long[] c = counts.computeIfAbsent(s.docId(), k -> new long[2]);
            c[s.event() ? 0 : 1]++;
        }
        List<Sample> out = new ArrayList<>();
        for (var en : new TreeMap<>(gold).entrySet()) {
            Article a = articles.get(en.getKey());
            ExtractionResult r = predicted.get(en.getKey());
            if (a == null || r == null) {
                continue;
            }
            boolean reports = false;
            for (JsonNode e : en.getValue().path("events")) {
                reports |= !e.path("optional").asBoolean(false);
            }
            out.add(new Sample(a.docId(), ArticleGate.features(a, r.events()), reports));
        }
        return new GateData(out, counts, events.requiredGold(), events);
    }

    /** Out-of-fold gate probabilities, in sample order. */
    public static double[] crossValidateGate(GateData d, int k) {
        return crossValidateGate(d, k, Spec.DEFAULT);
    }

    /** Out-of-fold gate probabilities of models trained as {@code spec} says. */
    public static double[] crossValidateGate(GateData d, int k, Spec spec) {
        return crossValidate(new Data(d.articles(), 0, d.articles().size()), k, spec);
    }

    /** Event-level figures when the gate keeps the articles whose probability reaches {@code t}. */
    public static Figures gateAt(GateData d, double[] p, double t) {
        long tp = 0;
        long fp = 0;
        for (int i = 0; i < p.length; i++) {
            long[] c = d.counts().get(d.articles().get(i).docId());
            if (c != null && p[i] >= t) {
                tp += c[0];
                fp += c[1];
            }
        }
        return new Figures(t, tp, fp, d.requiredGold() - tp);
    }

    /** The gate threshold cross-validation chooses ({@link #plateau}; 0 = keep every article). */
    public static Figures bestGate(GateData d, double[] p) {
        return plateau(t -> gateAt(d, p, t));
    }

    /** Writes the model and its threshold where {@link LearnedEventFilter#shipped} finds them. */
    public static void save(Model<Label> model, double threshold, Path dir, Map<String, String> meta) throws IOException {
        save(model, threshold, dir, LearnedEventFilter.MODEL, LearnedEventFilter.META, meta);
    }

    /** Writes a model and its threshold under the given file names. */
    public static void save(Model<Label> model, double threshold, Path dir, String modelFile, String metaFile,
            Map<String, String> meta) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(modelFile))) {
            model.serializeToStream(out);
        }
        StringBuilder b = new StringBuilder("# written by rasd train; see docs/models/event-filter.md\n");
        b.append("threshold=").append(threshold).append('\n');
        b.append("enabled=").append(threshold > 0).append('\n');
        for (var e : meta.entrySet()) {
            b.append(e.getKey()).append('=').append(e.getValue().replace("\n", " ")).append('\n');
        }
        Files.writeString(dir.resolve(metaFile), b.toString(), StandardCharsets.ISO_8859_1);
    }
}
