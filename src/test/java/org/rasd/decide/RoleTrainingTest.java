package org.rasd.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.extract.Decider;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** The actor-role decision: counterfactual labels, training on a small slice, the threshold, the shipped fallback. */
class RoleTrainingTest {
    /** Frames whose swap gains when the rules' actor 1 follows a death noun ("the killing of 8 of the Houthis"). */
    static List<RoleTraining.Sample> synthetic(int n, long seed) {
        Random r = new Random(seed);
        List<RoleTraining.Sample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean victim = r.nextDouble() < 0.4;
            List<EventFeatures.Feature> f = new ArrayList<>();
            f.add(new EventFeatures.Feature(victim ? "m1cls=victim" : "m2cls=victim", 1));
            f.add(new EventFeatures.Feature("trig=noise" + r.nextInt(15), 1));
            boolean neutral = r.nextDouble() < 0.3;
            int d = neutral ? 0 : victim ? 1 : -1;
            out.add(new RoleTraining.Sample("doc-" + (i / 3), i, f, d, 0, 0));
        }
        return out;
    }

    @Test
    void aModelTrainedOnASliceBeatsNeverSwappingOutOfFoldAndIsDeterministic() {
        List<RoleTraining.Sample> s = synthetic(150, 3);
        Training.Spec spec = new Training.Spec(0.3, false);
        List<Model<Label>> folds = RoleTraining.foldModels(s, 5, spec);
        double[] p = RoleTraining.outOfFold(s, folds);
        assertThat(RoleTraining.outOfFold(s, RoleTraining.foldModels(s, 5, spec))).containsExactly(p);
        double t = RoleTraining.bestThreshold(s, p);
        assertThat(t).isGreaterThanOrEqualTo(0.5);
        int[] gain = RoleTraining.gainAt(s, p, t);
        // the trivial baseline (never swap) gains nothing; swapping everything loses
        assertThat(gain[0]).isPositive();
        assertThat(RoleTraining.gainAt(s, p, 0)[0]).isLessThan(gain[0]);
        Model<Label> m = RoleTraining.train(s, spec);
        assertThat(LearnedRoles.probability(m, List.of(new EventFeatures.Feature("m1cls=victim", 1)))).isGreaterThan(0.5);
        assertThat(LearnedRoles.probability(m, List.of(new EventFeatures.Feature("m2cls=victim", 1)))).isLessThan(0.5);
    }

    @Test
    void noGainNoThreshold() {
        List<RoleTraining.Sample> s = new ArrayList<>();
        for (RoleTraining.Sample x : synthetic(100, 4)) {
            s.add(new RoleTraining.Sample(x.docId(), x.trigger(), x.features(), -Math.abs(x.dStrict()), 0, 0));
        }
        s.set(0, new RoleTraining.Sample("doc-0", 0, s.get(0).features(), 1, 0, 0)); // both labels present
        double[] p = RoleTraining.outOfFold(s, RoleTraining.foldModels(s, 5, new Training.Spec(0.3, false)));
        assertThat(RoleTraining.bestThreshold(s, p)).isZero();
    }

    @Test
    void counterfactualSamplesOfTheDevSetAreLabelledByWhatTheSwapDoes() throws Exception {
        DataPaths paths = DataPaths.resolve(null);
        Path gold = paths.data().resolve("corpus/dev/gold.jsonl");
        assumeTrue(Files.exists(gold), "dev set absent: skipping");
        Map<String, JsonNode> g = Training.readGold(gold);
        Map<String, Article> arts = Training.readArticles(paths.data().resolve("corpus/dev/articles.jsonl"), g.keySet());
        Rasd rules = Rasd.open(paths, EventFilter.NONE).withDecider(Decider.RULES);
        List<RoleTraining.Sample> s = RoleTraining.samples(rules, g, arts);
        assertThat(s).isNotEmpty();
        assertThat(RoleTraining.samples(rules, g, arts)).isEqualTo(s);
        // the figures of the swap are those of the articles scored with it: some swaps change the score, most do not
        assertThat(s).anyMatch(x -> x.delta() != 0).anyMatch(x -> x.delta() == 0);
        assertThat(s).allMatch(x -> arts.containsKey(x.docId()) && !x.features().isEmpty());
    }

    @Test
    void theShippedDecisionFallsBackToTheRules() {
        Decider d = LearnedRoles.shipped();
        assertThat(d == Decider.RULES || d instanceof LearnedRoles).isTrue();
    }
}
