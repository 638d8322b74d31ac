package org.rasd.decide;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rasd.Rasd;
import org.rasd.eval.Scorer;
import org.rasd.extract.ActorRoles;
import org.rasd.extract.Decider;
import org.rasd.extract.Frame;
import org.rasd.io.EventJson;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;
import org.rasd.text.Document;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the actor-role decision ({@link LearnedRoles}) from the annotated corpus by counterfactual labels: each frame
 * whose roles the model may decide ({@link RoleFeatures#eligible}) is extracted once with the rules' roles and once
 * with only that frame's roles swapped; the article is scored against its gold both ways (score.py's pairing), and
 * the frame is labelled {@value LearnedRoles#SWAP} when swapping gains (strict matches count twice, then event
 * matches, minus false positives), {@value LearnedRoles#KEEP} when it loses, and left out when nothing changes. So the
 * label is exactly what the swap does to the score, after defaults, typing and merging.
 */
public final class RoleTraining {
    private RoleTraining() {
    }

    /**
     * One frame's counterfactual: its features, and what swapping its roles alone changes in its article's strict
     * matches, true positives and false positives.
     */
    public record Sample(String docId, int trigger, List<EventFeatures.Feature> features, int dStrict, int dTp, int dFp) {
        /** The gain of swapping: strict matches count twice, event matches once, false positives against. */
        public int delta() {
            return 2 * dStrict + dTp - dFp;
        }
    }

    /** Records the features of every decidable frame of one document (one recorder per document). */
    private static final class Recorder implements Decider {
        final Map<Integer, List<EventFeatures.Feature>> seen = new LinkedHashMap<>();

        @Override
        public ActorRoles roles(Document doc, Frame frame, ActorRoles rules, List<Mention<ActorEntry>> candidates) {
            if (RoleFeatures.eligible(rules, candidates)) {
                seen.putIfAbsent(frame.trigger().start(), RoleFeatures.of(doc, frame, rules, candidates));
            }
            return rules;
        }
    }

    /** Swaps the roles of the frame whose trigger starts at {@code at}, and no other. */
    private record SwapAt(int at) implements Decider {
        @Override
        public ActorRoles roles(Document doc, Frame frame, ActorRoles rules, List<Mention<ActorEntry>> candidates) {
            return RoleFeatures.eligible(rules, candidates) && frame.trigger().start() == at ? rules.swapped() : rules;
        }
    }

    /**
     * The counterfactual samples of the gold articles, in doc-id and text order; {@code rules} must decide roles by
     * the rules ({@link Decider#RULES}) and keep every event.
     */
    public static List<Sample> samples(Rasd rules, Map<String, JsonNode> gold, Map<String, Article> articles) {
        List<String> ids = new ArrayList<>();
        for (String id : new TreeMap<>(gold).keySet()) {
            if (articles.containsKey(id)) {
                ids.add(id);
            }
        }
        List<List<Sample>> per = ids.parallelStream().map(id -> samples(rules, gold.get(id), articles.get(id))).toList();
        List<Sample> out = new ArrayList<>();
        per.forEach(out::addAll);
        return out;
    }

    private static List<Sample> samples(Rasd rules, JsonNode gold, Article a) {
        Recorder rec = new Recorder();
        int[] base = counts(gold, rules.withDecider(rec).extract(a).events());
        List<Sample> out = new ArrayList<>();
        for (var e : rec.seen.entrySet()) {
            int[] c = counts(gold, rules.withDecider(new SwapAt(e.getKey())).extract(a).events());
            out.add(new Sample(a.docId(), e.getKey(), e.getValue(), c[2] - base[2], c[0] - base[0], c[1] - base[1]));
        }
        return out;
    }

    /** {true positives, false positives, strict matches} of one article's events against its gold document. */
    static int[] counts(JsonNode goldDoc, List<Event> events) {
        List<JsonNode> g = Training.sortedGold(goldDoc);
        List<JsonNode> p = new ArrayList<>();
        for (Event e : events) {
            p.add(EventJson.event(e));
        }
        int[] at = Scorer.align(p, g, goldDoc.get("published"));
        int tp = 0;
        int fp = 0;
        int strict = 0;
        for (int i = 0; i < at.length; i++) {
            if (at[i] < 0) {
                fp++;
            } else if (!g.get(at[i]).path("optional").asBoolean(false)) {
                tp++;
                strict += Scorer.strictOk(p.get(i), g.get(at[i])) ? 1 : 0;
            }
        }
        return new int[] {tp, fp, strict};
    }

    /** The samples with the features {@link RoleFeatures#select} keeps. */
    static List<Sample> select(List<Sample> samples, boolean lexical) {
        List<Sample> out = new ArrayList<>();
        for (Sample s : samples) {
            out.add(new Sample(s.docId(), s.trigger(), RoleFeatures.select(s.features(), lexical), s.dStrict(), s.dTp(), s.dFp()));
        }
        return out;
    }

    /** A model over the samples whose swap changes the score (swap gains: {@value LearnedRoles#SWAP}), fixed seed. */
    public static Model<Label> train(List<Sample> samples, Training.Spec spec) {
        LabelFactory lf = new LabelFactory();
        MutableDataset<Label> ds = new MutableDataset<>(new SimpleDataSourceProvenance("rasd corpus roles", lf), lf);
        for (Sample s : samples) {
            if (s.delta() != 0) {
                ds.add(LearnedEventFilter.example(s.features(), new Label(s.delta() > 0 ? LearnedRoles.SWAP : LearnedRoles.KEEP)));
            }
        }
        if (ds.getOutputInfo().getDomain().size() < 2) {
            throw new IllegalArgumentException("training needs both labels; got " + ds.getOutputInfo().getDomain());
        }
        return spec.trainer().train(ds);
    }

    /**
     * The models of k folds grouped by article (fold {@code f}'s model never saw fold {@code f}'s articles); null for a
     * fold whose training articles lack one of the labels (that fold never swaps).
     */
    public static List<Model<Label>> foldModels(List<Sample> samples, int k, Training.Spec spec) {
        List<Model<Label>> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Sample> train = new ArrayList<>();
            for (Sample s : samples) {
                if (Training.fold(s.docId(), k) != f) {
                    train.add(s);
                }
            }
            boolean both = train.stream().anyMatch(s -> s.delta() > 0) && train.stream().anyMatch(s -> s.delta() < 0);
            out.add(both ? train(train, spec) : null); // null: never swap
        }
        return out;
    }

    /** Out-of-fold swap probabilities, in sample order. */
    public static double[] outOfFold(List<Sample> samples, List<Model<Label>> folds) {
        double[] p = new double[samples.size()];
        for (int i = 0; i < p.length; i++) {
            Sample s = samples.get(i);
            Model<Label> m = folds.get(Training.fold(s.docId(), folds.size()));
            p[i] = m == null ? 0 : LearnedRoles.probability(m, s.features());
        }
        return p;
    }

    /** The summed counterfactual gains {strict, tp, fp} of swapping every sample whose probability reaches {@code t}. */
    public static int[] gainAt(List<Sample> samples, double[] p, double t) {
        int[] g = new int[3];
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= t) {
                Sample s = samples.get(i);
                g[0] += s.dStrict();
                g[1] += s.dTp();
                g[2] += s.dFp();
            }
        }
        return g;
    }

    /** The threshold of {@link Training#GRID} (above 0.5: a swap must be likelier than not) with the best summed gain, or 0. */
    public static double bestThreshold(List<Sample> samples, double[] p) {
        double best = 0;
        int bestGain = 0;
        for (double t : Training.GRID) {
            if (t < 0.5) {
                continue;
            }
            int[] g = gainAt(samples, p, t);
            int gain = 2 * g[0] + g[1] - g[2];
            if (gain > bestGain) {
                bestGain = gain;
                best = t;
            }
        }
        return best;
    }

    /** A decider that swaps by each article's out-of-fold model ({@code folds} as {@link #foldModels} made them). */
    public static Decider outOfFoldDecider(List<Model<Label>> folds, double threshold) {
        return outOfFoldDecider(folds, threshold, true);
    }

    /** {@link #outOfFoldDecider(List, double)} over the features {@link RoleFeatures#select} keeps. */
    public static Decider outOfFoldDecider(List<Model<Label>> folds, double threshold, boolean lexical) {
        return new LearnedRoles(id -> folds.get(Training.fold(id, folds.size())), threshold, lexical);
    }

    /** Score.py's figures of {@code rasd}'s events on the gold articles. */
    public static Scorer.Result score(Rasd rasd, Map<String, JsonNode> gold, Map<String, Article> articles)
            throws IOException {
        return Scorer.score(gold, extract(rasd, gold, articles));
    }

    /** {@code rasd}'s results on the gold articles, in gold order. */
    static List<ExtractionResult> extract(Rasd rasd, Map<String, JsonNode> gold, Map<String, Article> articles) {
        List<Article> arts = new ArrayList<>();
        for (String id : gold.keySet()) {
            if (articles.containsKey(id)) {
                arts.add(articles.get(id));
            }
        }
        return arts.parallelStream().map(rasd::extract).toList();
    }

    /** One line of figures. */
    public static String format(Scorer.Result r) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f strict %.3f", r.precision(), r.recall(), r.f1(), r.strictF1());
    }

    /** Inverse regularisation costs of LIBLINEAR's L2 logistic regression tried by cross-validation. */
    static final double[] COSTS = {0.03, 0.1, 0.3, 1};

    /** What {@link #run} found and wrote. */
    public record Outcome(Decider decider, boolean shipped, String card) {
    }

    /**
     * Trains, cross-validates and writes the actor-role model: samples of the train split, the cost and threshold
     * with the best summed out-of-fold gain, an out-of-fold extraction of the train split scored by score.py, the dev
     * set (and the test split unless {@code testGold} is null) with the final model; ships it (threshold in
     * {@code actor-roles.properties}) only when the out-of-fold strict F1 gain is significant ({@link Acceptance}) and
     * out-of-fold event F1 does not fall; the dev set and the test split are only reported.
     * {@code rules} decides roles by the rules and keeps every event. Returns the decider to use from now on.
     */
    public static Outcome run(Rasd rules, Map<String, JsonNode> trainGold, Map<String, Article> arts, Map<String, JsonNode> testGold,
            Map<String, JsonNode> devGold, Map<String, Article> devArts, int k, Path out) throws IOException {
        List<Sample> samples = samples(rules, trainGold, arts);
        long swap = samples.stream().filter(s -> s.delta() > 0).count();
        long keep = samples.stream().filter(s -> s.delta() < 0).count();
        StringBuilder grid = new StringBuilder();
        Training.Spec spec = null;
        List<Model<Label>> folds = null;
        double t = 0;
        int bestGain = Integer.MIN_VALUE;
        boolean lexical = true;
        for (boolean lex : new boolean[] {true, false}) {
            List<Sample> sel = select(samples, lex);
            for (double c : COSTS) {
                Training.Spec sp = new Training.Spec(c, false);
                List<Model<Label>> fm = foldModels(sel, k, sp);
                double[] p = outOfFold(sel, fm);
                double tc = bestThreshold(sel, p);
                int[] g = gainAt(sel, p, tc > 0 ? tc : 2);
                int gain = 2 * g[0] + g[1] - g[2];
                grid.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %+d | %+d | %+d |%n", lex ? "all" : "without lexical", c, tc,
                        g[0], g[1], g[2]));
                if (gain > bestGain) {
                    bestGain = gain;
                    spec = sp;
                    folds = fm;
                    t = tc;
                    lexical = lex;
                }
            }
        }
        samples = select(samples, lexical);
        List<ExtractionResult> rulesOut = extract(rules, trainGold, arts);
        Scorer.Result trainRules = Scorer.score(trainGold, rulesOut);
        double shown = t > 0 ? t : 0.5;
        List<ExtractionResult> rolesOut = extract(rules.withDecider(outOfFoldDecider(folds, shown, lexical)), trainGold, arts);
        Scorer.Result trainRoles = Scorer.score(trainGold, rolesOut);
        // the acceptance test: strict F1 (roles count only there) out of fold, paired by article
        Acceptance.Result accepted = Acceptance.test(Acceptance.strict(trainGold, rulesOut), Acceptance.strict(trainGold, rolesOut));
        System.err.println("rasd train: actor roles acceptance (strict F1): " + accepted.format());
        Model<Label> model = train(samples, spec);
        LearnedRoles learned = new LearnedRoles(model, shown, lexical);
        Scorer.Result devRules = devGold.isEmpty() ? null : score(rules, devGold, devArts);
        Scorer.Result devRoles = devGold.isEmpty() ? null : score(rules.withDecider(learned), devGold, devArts);
        Scorer.Result testRules = testGold == null ? null : score(rules, testGold, arts);
        Scorer.Result testRoles = testGold == null ? null : score(rules.withDecider(learned), testGold, arts);
        // ships when the out-of-fold strict F1 gain is significant and event F1 does not fall; dev and test only reported
        boolean eventOk = trainRoles.f1() >= trainRules.f1();
        boolean ship = t > 0 && accepted.significant() && eventOk;
        String why = ship ? "yes" : t <= 0 ? "no: no out-of-fold gain" : !accepted.significant()
                ? "no: the out-of-fold strict F1 gain is not significant" : "no: out-of-fold event F1 falls";
        Files.createDirectories(out);
        try (var os = Files.newOutputStream(out.resolve(LearnedRoles.MODEL))) {
            model.serializeToStream(os);
        }
        Files.writeString(out.resolve(LearnedRoles.META), "# written by rasd train; see docs/models/actor-roles.md\n"
                + "threshold=" + (ship ? t : 0) + "\nenabled=" + ship + "\nlexical=" + lexical + "\ntrainer=" + spec.describe().replaceAll(";.*", "") + "\nsamples=" + samples.size()
                + "\nshipped=" + why + "\n", java.nio.charset.StandardCharsets.ISO_8859_1);
        String card = RoleCard.write(samples, swap, keep, grid.toString(), spec, lexical, shown, model, trainGold.size(), trainRules, trainRoles,
                testGold == null ? 0 : testGold.size(), testRules, testRoles, devRules, devRoles, why + "; acceptance test: " + accepted.format(), k);
        return new Outcome(ship ? learned : Decider.RULES, ship, card);
    }
}
