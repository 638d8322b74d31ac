package org.rasd.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.eval.Scorer;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.ExtractionResult;

/**
 * {@code rasd train}'s event filter retrained on a slice of the corpus train split, end to end: labels, cross-validation,
 * nested thresholds, out-of-fold decisions and the acceptance test — deterministic, and the model must rank the rules'
 * events better than chance out of fold.
 */
class RetrainSliceTest {
    static final int K = 5;

    /** The first {@code n} train-split articles of the corpus (by doc id) with their gold. */
    static Map<String, JsonNode> slice(int n) throws Exception {
        Path corpus = Path.of("corpus");
        Set<String> train = new HashSet<>();
        try (Stream<Path> samples = Files.list(corpus)) {
            for (Path tsv : samples.filter(p -> p.getFileName().toString().matches("sample.*\\.tsv")).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
                    List<String> cols = List.of(r.readLine().split("\t"));
                    for (String line; (line = r.readLine()) != null; ) {
                        String[] f = line.split("\t");
                        if (f.length > cols.indexOf("split") && "train".equals(f[cols.indexOf("split")])) {
                            train.add(f[cols.indexOf("doc_id")]);
                        }
                    }
                }
            }
        }
        Map<String, JsonNode> gold = new TreeMap<>();
        try (Stream<Path> s = Files.list(corpus.resolve("gold"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                Training.readGold(f).forEach((id, d) -> {
                    if (train.contains(id)) {
                        gold.put(id, d);
                    }
                });
            }
        }
        Map<String, JsonNode> out = new TreeMap<>();
        gold.keySet().stream().limit(n).forEach(id -> out.put(id, gold.get(id)));
        return out;
    }

    /** AUC of the probabilities for the label "paired with a required gold event". */
    static double auc(double[] p, List<Training.Sample> s) {
        double wins = 0;
        long pos = 0;
        long neg = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (s.get(i).event() && !s.get(j).event()) {
                    wins += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
            pos += s.get(i).event() ? 1 : 0;
            neg += s.get(i).event() ? 0 : 1;
        }
        return wins / (pos * neg);
    }

    @Test
    void retrainedOnASliceTheFilterRanksEventsOutOfFoldAndTheWholeProcedureIsDeterministic() throws Exception {
        DataPaths paths = DataPaths.resolve(null);
        Path week = paths.data().resolve("corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz");
        assumeTrue(Files.exists(week) && Files.isDirectory(Path.of("corpus/gold")), "week or corpus absent: skipping");
        Map<String, JsonNode> gold = slice(160);
        Map<String, Article> arts = Training.readArticles(week, gold.keySet());
        Map<String, ExtractionResult> predicted = Training.extract(Rasd.open(paths, EventFilter.NONE), arts.values());
        Set<String> groups = EventFeatures.ALL_GROUPS;
        Training.Data d = Training.label(gold, arts, predicted, groups);
        Training.Spec spec = new Training.Spec(0.1, false);

        double[] p = Training.crossValidate(d, K, spec);
        double[] nested = Training.nestedThresholds(d.samples(), K, spec, in -> Training.scoring(d, in));
        Scorer.Result rules = Scorer.score(gold, predicted.values());
        Scorer.Result oof = Scorer.score(gold, Training.outOfFold(d.samples(), gold.keySet(), predicted, arts, K, spec,
                (m, t) -> new LearnedEventFilter(m, t, groups), nested).values());
        Acceptance.Result accepted = Acceptance.test(Acceptance.events(rules), Acceptance.events(oof));
        double auc = auc(p, d.samples());
        System.out.printf("event filter on a %d-article slice: %d events (%d paired); out-of-fold AUC %.3f; nested thresholds %s; %s%n",
                d.articles(), d.samples().size(), d.positives(), auc, java.util.Arrays.toString(nested), accepted.format());

        // the model learns something the rules' order does not: out of fold it ranks paired events above the others
        assertThat(auc).isGreaterThan(0.6);
        // the figures are the score.py port's, over the same articles on both sides
        assertThat(accepted.articles()).isEqualTo(gold.size());
        assertThat(accepted.base()).isCloseTo(rules.f1(), org.assertj.core.api.Assertions.within(0.001));
        assertThat(java.util.Arrays.stream(nested).boxed().toList()).hasSize(K).allMatch(t -> t >= 0 && t <= 0.7);

        // deterministic: the same slice gives the same probabilities, thresholds and test
        assertThat(Training.crossValidate(d, K, spec)).containsExactly(p);
        assertThat(Training.nestedThresholds(d.samples(), K, spec, in -> Training.scoring(d, in))).containsExactly(nested);
        Scorer.Result again = Scorer.score(gold, Training.outOfFold(d.samples(), gold.keySet(), predicted, arts, K, spec,
                (m, t) -> new LearnedEventFilter(m, t, groups), nested).values());
        assertThat(Acceptance.test(Acceptance.events(rules), Acceptance.events(again))).isEqualTo(accepted);
    }

    @Test
    void nestedThresholdsIgnoreTheFoldTheyAreAppliedTo() {
        // a fold's threshold is chosen without that fold: flipping every label in fold 0 leaves its own threshold unchanged
        List<Training.Sample> s = TrainingTest.synthetic(300, 5);
        Training.Data d = new Training.Data(s, (int) s.stream().filter(Training.Sample::event).count() + 10, 150);
        Training.Spec spec = new Training.Spec(0.1, false);
        double[] t = Training.nestedThresholds(s, K, spec, in -> Training.scoring(d, in));
        List<Training.Sample> flipped = s.stream().map(x -> Training.fold(x.docId(), K) == 0
                ? new Training.Sample(x.docId(), x.features(), !x.event()) : x).toList();
        Training.Data fd = new Training.Data(flipped, d.requiredGold(), 150);
        double[] ft = Training.nestedThresholds(flipped, K, spec, in -> Training.scoring(fd, in));
        assertThat(t[0]).isPositive();
        assertThat(ft[0]).isEqualTo(t[0]);
    }
}
