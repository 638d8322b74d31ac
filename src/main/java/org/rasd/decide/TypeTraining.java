package org.rasd.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rasd.eval.Scorer;
import org.rasd.io.EventJson;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the type-family decision ({@link LearnedTypeFamily}) from the annotated corpus: each rule event whose
 * sentence proposes two or more sub-types is labelled with the sub-type of the gold event it stands for — the one
 * score.py pairs it with, else an unpaired required gold event of another family at the same place and day. A
 * multi-class LIBLINEAR L2-regularised logistic regression (Tribuo, fixed seed); the margin by which another
 * proposal must beat the rules' sub-type is chosen by k-fold cross-validation grouped by article, scoring the
 * pipeline's output (the shipped gate and event filter, then the decision) with the score.py port.
 */
public final class TypeTraining {
    /** Margins tried; {@link #OFF} keeps the rules' sub-type everywhere. */
    static final double OFF = Double.POSITIVE_INFINITY;
    static final double[] MARGINS = {OFF, 0, 0.1, 0.2, 0.3, 0.4, 0.5};
    static final double COST = 0.3;
    /** Strict F1 a margin must gain in cross-validation over the rules' sub-types to be chosen. */

    private TypeTraining() {
    }

    /** One rule event with its proposals, features and gold sub-type label. */
    public record Sample(String docId, List<LearnedTypeFamily.Proposal> proposals, List<EventFeatures.Feature> features,
                         String label) {
    }

    /** Labelled samples of the rule events (only those with two or more proposals and a gold sub-type). */
    public static List<Sample> label(Map<String, JsonNode> gold, Map<String, Article> articles,
                                     Map<String, ExtractionResult> predicted) {
        List<Sample> out = new ArrayList<>();
        for (var en : new TreeMap<>(gold).entrySet()) {
            Article a = articles.get(en.getKey());
            ExtractionResult r = predicted.get(en.getKey());
            if (a == null || r == null) {
                continue;
            }
            String[] labels = goldSubTypes(en.getValue(), r.events());
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == null) {
                    continue;
                }
                Event e = r.events().get(i);
                List<LearnedTypeFamily.Proposal> props = LearnedTypeFamily.proposals(a, e);
                if (props.size() >= 2) {
                    out.add(new Sample(a.docId(), props, LearnedTypeFamily.features(a, e, r.events(), props), labels[i]));
                }
            }
        }
        return out;
    }

    /** The gold sub-type each predicted event stands for, or null (see the class comment). */
    static String[] goldSubTypes(JsonNode goldDoc, List<Event> events) {
        List<JsonNode> g = Training.sortedGold(goldDoc);
        List<JsonNode> p = new ArrayList<>();
        for (Event e : events) {
            p.add(EventJson.event(e));
        }
        JsonNode published = goldDoc.get("published");
        int[] at = Scorer.align(p, g, published);
        boolean[] taken = new boolean[g.size()];
        String[] out = new String[p.size()];
        for (int i = 0; i < at.length; i++) {
            if (at[i] >= 0) {
                taken[at[i]] = true;
                out[i] = g.get(at[i]).path("sub_event_type").asText();
            }
        }
        for (int i = 0; i < p.size(); i++) {
            for (int j = 0; out[i] == null && j < g.size(); j++) {
                JsonNode ge = g.get(j);
                if (taken[j] || ge.path("optional").asBoolean(false)) {
                    continue;
                }
                ObjectNode as = p.get(i).deepCopy();
                as.put("event_type", ge.path("event_type").asText());
                as.put("sub_event_type", ge.path("sub_event_type").asText());
                if (Scorer.align(List.of(as), List.of(ge), published)[0] == 0) {
                    taken[j] = true;
                    out[i] = ge.path("sub_event_type").asText();
                }
            }
        }
        return out;
    }

    /** A multi-class model over the samples (LIBLINEAR L2R_LR, fixed seed). */
    public static Model<Label> train(List<Sample> samples) {
        LabelFactory lf = new LabelFactory();
        MutableDataset<Label> ds = new MutableDataset<>(new SimpleDataSourceProvenance("rasd corpus", lf), lf);
        for (Sample s : samples) {
            ds.add(LearnedEventFilter.example(s.features(), new Label(s.label())));
        }
        if (ds.getOutputInfo().getDomain().size() < 2) {
            throw new IllegalArgumentException("training needs two sub-types; got " + ds.getOutputInfo().getDomain());
        }
        Trainer<Label> t = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), COST, 1000, 0.01,
                Trainer.DEFAULT_SEED);
        return t.train(ds);
    }

    /** Proposals and model scores of one event, computed once and reused for every margin. */
    record Scored(List<LearnedTypeFamily.Proposal> proposals, Map<String, Double> scores) {
    }

    /** Scores events of articles with a model (only events with two or more proposals). */
    static void scoreAll(Model<Label> m, Map<String, Article> arts, Map<String, List<Event>> events,
                         Map<Event, Scored> into) {
        for (var en : events.entrySet()) {
            Article a = arts.get(en.getKey());
            for (Event e : en.getValue()) {
                List<LearnedTypeFamily.Proposal> props = LearnedTypeFamily.proposals(a, e);
                if (props.size() >= 2) {
                    into.put(e, new Scored(props, LearnedTypeFamily.scores(m,
                            LearnedTypeFamily.features(a, e, en.getValue(), props))));
                }
            }
        }
    }

    /** The events of each article with the decision taken at {@code margin} from precomputed scores. */
    static Map<String, ExtractionResult> at(Map<String, List<Event>> events, Map<Event, Scored> scored, double margin,
                                           boolean anyFamily) {
        Map<String, ExtractionResult> out = new TreeMap<>();
        for (var en : events.entrySet()) {
            List<Event> kept = margin == OFF ? en.getValue() : LearnedTypeFamily.decide(en.getValue(), e -> {
                Scored s = scored.get(e);
                return s == null ? e.subEventType() : LearnedTypeFamily.choose(e.subEventType(), s.proposals(), s.scores(), margin, anyFamily);
            });
            out.put(en.getKey(), new ExtractionResult(en.getKey(), kept));
        }
        return out;
    }

    /** The events the shipped decisions before this one keep, per article. */
    static Map<String, List<Event>> before(EventFilter filter, Map<String, Article> arts, Map<String, ExtractionResult> predicted,
                                           Iterable<String> ids) {
        Map<String, List<Event>> out = new TreeMap<>();
        for (String id : ids) {
            ExtractionResult r = predicted.get(id);
            if (r != null && arts.containsKey(id)) {
                out.put(id, filter.apply(arts.get(id), r.events()));
            }
        }
        return out;
    }

    /** Score.py figures of predictions against the given gold documents. */
    static Scorer.Result score(Map<String, JsonNode> gold, Map<String, ExtractionResult> predicted) throws IOException {
        List<ExtractionResult> rs = new ArrayList<>();
        for (String id : gold.keySet()) {
            if (predicted.containsKey(id)) {
                rs.add(predicted.get(id));
            }
        }
        return Scorer.score(gold, rs);
    }

    /** What {@link #run} measured and chose. */
    public record Outcome(Model<Label> model, int samples, int changed, double margin, boolean anyFamily, boolean shipped,
                          Map<String, Scorer.Result> cv, Scorer.Result devOff, Scorer.Result devOn,
                          Scorer.Result testOff, Scorer.Result testOn, String card) {
    }

    /**
     * Trains, cross-validates by article (k folds) over the margins, checks the dev set and scores the test split
     * (when given; never used to choose). {@code filter}: the shipped decisions before this one.
     */
    public static Outcome run(Map<String, JsonNode> trainGold, Map<String, JsonNode> testGold, Map<String, Article> arts,
                              Map<String, ExtractionResult> predicted, Map<String, JsonNode> devGold,
                              Map<String, Article> devArts, Map<String, ExtractionResult> devPredicted, EventFilter filter,
                              int folds) throws IOException {
        List<Sample> samples = label(trainGold, arts, predicted);
        Map<String, List<Event>> trainEvents = before(filter, arts, predicted, trainGold.keySet());
        Map<Event, Scored> oof = new IdentityHashMap<>();
        for (int f = 0; f < folds; f++) {
            final int fold = f;
            List<Sample> tr = samples.stream().filter(s -> Training.fold(s.docId(), folds) != fold).toList();
            Model<Label> m = train(tr);
            Map<String, List<Event>> in = new TreeMap<>();
            trainEvents.forEach((id, ev) -> {
                if (Training.fold(id, folds) == fold) {
                    in.put(id, ev);
                }
            });
            scoreAll(m, arts, in, oof);
        }
        Map<String, Scorer.Result> cv = new LinkedHashMap<>();
        Map<String, Map<String, Acceptance.Counts>> strictBy = new LinkedHashMap<>();
        Map<String, Map<String, Acceptance.Counts>> eventBy = new LinkedHashMap<>();
        Map<String, ExtractionResult> offOut = at(trainEvents, oof, OFF, false);
        Scorer.Result off = score(trainGold, offOut);
        cv.put(key(OFF, false), off);
        strictBy.put(key(OFF, false), Acceptance.strict(trainGold, offOut.values()));
        eventBy.put(key(OFF, false), Acceptance.events(off));
        double best = OFF;
        boolean bestAny = false;
        Scorer.Result bestR = off;
        for (boolean any : new boolean[] {false, true}) {
            for (double mg : MARGINS) {
                if (mg == OFF) {
                    continue;
                }
                Map<String, ExtractionResult> o = at(trainEvents, oof, mg, any);
                Scorer.Result r = score(trainGold, o);
                cv.put(key(mg, any), r);
                strictBy.put(key(mg, any), Acceptance.strict(trainGold, o.values()));
                eventBy.put(key(mg, any), Acceptance.events(r));
                if (r.f1() >= off.f1() - 1e-9 && r.strictF1() > bestR.strictF1() + 1e-9) {
                    best = mg;
                    bestAny = any;
                    bestR = r;
                }
            }
        }
        Model<Label> model = train(samples);
        double shown = best == OFF ? 0.2 : best;
        Scorer.Result devOff = null;
        Scorer.Result devOn = null;
        if (devGold != null && !devGold.isEmpty()) {
            Map<String, List<Event>> dev = before(filter, devArts, devPredicted, devGold.keySet());
            Map<Event, Scored> ds = new IdentityHashMap<>();
            scoreAll(model, devArts, dev, ds);
            devOff = score(devGold, at(dev, ds, OFF, false));
            devOn = score(devGold, at(dev, ds, shown, bestAny));
        }
        Scorer.Result testOff = null;
        Scorer.Result testOn = null;
        if (testGold != null && !testGold.isEmpty()) {
            Map<String, List<Event>> test = before(filter, arts, predicted, testGold.keySet());
            Map<Event, Scored> ts = new IdentityHashMap<>();
            scoreAll(model, arts, test, ts);
            testOff = score(testGold, at(test, ts, OFF, false));
            testOn = score(testGold, at(test, ts, shown, bestAny));
        }
        // the acceptance test: the chosen setting's out-of-fold strict counts against the rules', paired by article; the dev
        // set and the test split are only reported
        // (nested: each fold's articles at the setting the other folds choose by the same rule)
        List<String> foldChoices = new ArrayList<>();
        Acceptance.Result accepted = Acceptance.test(strictBy.get(key(OFF, false)),
                Acceptance.nested(strictBy, eventBy, id -> Training.fold(id, folds), folds, foldChoices));
        System.err.println("rasd train: type family settings chosen by fold: " + foldChoices);
        System.err.println("rasd train: type family acceptance (strict F1): " + accepted.format());
        boolean ship = best != OFF && accepted.significant();
        int changed = 0;
        for (Sample s : samples) {
            changed += s.label().equals(s.proposals().get(0).subType().label()) ? 0 : 1;
        }
        Outcome o = new Outcome(model, samples.size(), changed, shown, bestAny, ship, cv, devOff, devOn, testOff, testOn, null);
        return new Outcome(model, samples.size(), changed, shown, bestAny, ship, cv, devOff, devOn, testOff, testOn,
                card(o, best, trainGold.size(), devGold == null ? 0 : devGold.size(), testGold == null ? 0 : testGold.size(),
                        accepted));
    }

    /** Writes the model and its margin where {@link LearnedTypeFamily#shipped} finds them. */
    public static void save(Outcome o, Path dir, String trained) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(LearnedTypeFamily.MODEL))) {
            o.model().serializeToStream(out);
        }
        String b = "# written by rasd train; see docs/models/type-family.md\n"
                + "margin=" + o.margin() + "\n"
                + "enabled=" + o.shipped() + "\n"
                + "any_family=" + o.anyFamily() + "\n"
                + "trained=" + trained + "\n"
                + "train_samples=" + o.samples() + "\n";
        Files.writeString(dir.resolve(LearnedTypeFamily.META), b, StandardCharsets.ISO_8859_1);
    }

    static String key(double margin, boolean anyFamily) {
        return margin == OFF ? "off (rules)" : String.format(Locale.ROOT, "%.1f, %s", margin, anyFamily ? "any event type" : "same event type");
    }

    private static String card(Outcome o, double best, int trainArticles, int devArticles, int testArticles, Acceptance.Result accepted) {
        StringBuilder b = new StringBuilder();
        b.append("# Model card: type family (issue 9, deliverable 3(d))\n\n");
        b.append("Written by `./rasd train` (`./rasd train --only type-family` rebuilds this model alone). The same corpus gives the "
                + "same weights (LIBLINEAR is deterministic; the model file also records its training time).\n\n");
        b.append("**What it decides**: when the cues of an event's sentence propose more than one sub-event type (a suicide-bomber "
                + "word and an explosion word, a capture verb and a clash word, an air word and a shelling word, a generic attack word), "
                + "which of them the event is. The rules' sub-type stays unless the model's probability of another proposal beats it by "
                + "the margin. Applied after the article gate and the event filter (`org.rasd.decide.LearnedTypeFamily`, chained in "
                + "`Decisions.shipped`, so it plugs into `extract.Decider#events`); a retyped event that repeats another kept event "
                + "(same sub-type, place and day) is dropped.\n\n");
        b.append("**Proposals** (`LearnedTypeFamily.proposals`): the rules' sub-type; the sub-types of the lexicon's event and weapon "
                + "triggers in the sentence (`lexicon/triggers.tsv`, read again on the sentence); attack and armed clash for a generic "
                + "attack word; both territory sub-types for a territory word; air strike and shelling propose each other. The model chooses among the proposals of the rules' event type (`any_family=false` in `type-family.properties`); the rows \"any event type\" let it move an event to another family the sentence proposes.\n\n");
        b.append("**Model**: multi-class LIBLINEAR L2-regularised logistic regression (L2R_LR, C=" + COST + "), Tribuo 4.3.2, fixed "
                + "seed. **Features**: the event filter's rules' outputs, trigger and sentence stems and its `context` group "
                + "(`EventFeatures`), plus each proposal (`prop=`), whether a trigger proposing it lies within " + LearnedTypeFamily.NEAR
                + " characters of the event's trigger (`near=`), and the number of proposals.\n\n");
        b.append(String.format(Locale.ROOT, "**Training data**: the `train` split of the annotated corpus (%d articles): %d rule events "
                + "with two or more proposals and a gold sub-type (the paired gold event's, else that of an unpaired required gold "
                + "event of another family at the same place and day); in %d of them the gold sub-type is not the rules'.%n%n",
                trainArticles, o.samples(), o.changed()));
        b.append("## Cross-validation (5-fold, grouped by article): the pipeline's output on the train split\n\n");
        b.append("The rules' events after the shipped gate and event filter (trained on the whole train split, so in-sample here: the "
                + "same for every row), then each article's events decided by the model of the other folds.\n\n");
        b.append("| margin, proposals | event P | event R | event F1 | strict F1 | sub-type accuracy |\n|---|---|---|---|---|---|\n");
        for (var en : o.cv().entrySet()) {
            Scorer.Result r = en.getValue();
            b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", en.getKey(), r.precision(), r.recall(),
                    r.f1(), r.strictF1(), subAcc(r)));
        }
        b.append(String.format(Locale.ROOT, "%nChosen: **%s** (the best strict F1 whose event F1 does not fall below the rules').%n%n"
                + "**Acceptance test** (nested: each fold's articles at the setting the other folds choose by the same rule, against "
                + "the rules', strict F1 by score.py, paired by article): %s.%n%n",
                best == OFF ? "none: no setting gains strict F1" : key(best, o.anyFamily()), accepted.format()));
        b.append("## Held-out figures (score.py port; the test split is never used for a choice)\n\n");
        b.append("| set | articles | decisions | event P | event R | event F1 | strict F1 | sub-type accuracy |\n|---|---|---|---|---|---|---|---|\n");
        row(b, "dev set", devArticles, "shipped gate + filter", o.devOff());
        row(b, "dev set", devArticles, "+ type family at " + key(o.margin(), o.anyFamily()), o.devOn());
        row(b, "corpus test split", testArticles, "shipped gate + filter", o.testOff());
        row(b, "corpus test split", testArticles, "+ type family at " + key(o.margin(), o.anyFamily()), o.testOn());
        b.append(String.format(Locale.ROOT, "%n**Shipped**: %s.%n%nIt ships when its out-of-fold strict F1 gain is significant in a "
                + "paired bootstrap over articles (one-sided p < %.2f, `Acceptance`) without losing event F1; the dev set and the test "
                + "split are only reported.%n", o.shipped() ? "yes" : best == OFF ? "no: no cross-validated gain"
                : "no: the out-of-fold gain is not significant", Acceptance.ALPHA));
        return b.toString();
    }

    static double subAcc(Scorer.Result r) {
        Number n = r.metrics().get("sub_event_type_acc");
        return n == null ? 0 : n.doubleValue();
    }

    private static void row(StringBuilder b, String set, int n, String how, Scorer.Result r) {
        if (r == null) {
            return;
        }
        b.append(String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", set, n, how, r.precision(),
                r.recall(), r.f1(), r.strictF1(), subAcc(r)));
    }
}
