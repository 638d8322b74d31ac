package org.rasd.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.extract.Decider;
import org.rasd.extract.FixturePlaces;
import org.rasd.extract.PlaceFinder;
import org.rasd.extract.PlaceRef;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Location;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** The learned place ranker: its decisions through the seam, and a retraining on a small slice of the train split. */
class PlaceRankerTest {
    private static final LocalDate PUB = LocalDate.of(2018, 7, 3);
    private static final String SHELLING = "كثفت قوات النظام أمس القصف الصاروخي على بلدات صيدا، الطيبة، الجيزة في ريف درعا الشرقي.";
    private static final FixturePlaces FIXTURE = new FixturePlaces()
            .add("صيدا", "Sayda", "SY", 32.62944, 36.22626, 1)
            .add("الطيبة", "At Tayyibah", "SY", 32.56323, 36.24392, 1)
            .add("الجيزة", "Al Jizah", "SY", 32.56909, 36.31551, 1)
            .add("درعا", "Dar'a", "SY", 32.61889, 36.10213, 3);
    private static final Location SIDON = new Location("Sidon", "صيدا", "LB", null, null, null, 33.56, 35.37, 1, "fx:sidon");
    /** The fixture, with Sidon (Lebanon) as a second reading of «صيدا». */
    private static final PlaceFinder WITH_SIDON = (doc, title) -> {
        List<PlaceRef> out = new ArrayList<>();
        for (PlaceRef p : FIXTURE.find(doc, title)) {
            out.add(p.location().name().equals("Sayda")
                    ? new PlaceRef(p.start(), p.end(), p.location(), p.dateline(), List.of(SIDON), "TOWN") : p);
        }
        return out;
    };
    private static final Rasd RASD = Rasd.withPlaces(DataPaths.resolve(null), WITH_SIDON);

    private static List<Event> extract(Decider d) {
        return RASD.withDecider(d).extract(new Article("t", PUB, "", SHELLING, null, null)).events();
    }

    /** A model for which a reading is good exactly when it has {@code feature}. */
    private static Model<Label> modelOf(String feature) {
        List<Training.Sample> s = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            boolean good = i % 2 == 0;
            s.add(new Training.Sample("d" + i, List.of(new EventFeatures.Feature("bias", 1),
                    new EventFeatures.Feature(good ? feature : "other" + i % 3, 1)), good));
        }
        return Training.train(s, new Training.Spec(1, false));
    }

    @Test
    void rereadsAPlaceAsTheReadingTheModelPrefers() {
        assertThat(extract(Decider.RULES)).extracting(e -> e.location().name()).containsExactly("Sayda", "At Tayyibah", "Al Jizah");
        Decider ranker = new LearnedPlaceRanker(modelOf("reading=1"), 0.2, 0);
        assertThat(extract(ranker)).extracting(e -> e.location().name()).contains("Sidon", "At Tayyibah", "Al Jizah")
                .doesNotContain("Sayda");
    }

    @Test
    void aHighMarginKeepsTheRulesReading() {
        Decider ranker = new LearnedPlaceRanker(modelOf("reading=1"), 1.01, 0);
        assertThat(extract(ranker)).extracting(e -> e.location().name()).containsExactly("Sayda", "At Tayyibah", "Al Jizah");
    }

    @Test
    void dropsWeakTownsAndFallsBackToTheCoarserCandidate() {
        Decider ranker = new LearnedPlaceRanker(modelOf("coarser"), 1.01, 0.5);
        assertThat(extract(ranker)).extracting(e -> e.location().name()).containsExactly("Dar'a");
    }

    @Test
    void noPlaceAtAllVetoesTheFrame() {
        Decider ranker = new LearnedPlaceRanker(modelOf("never-seen"), 1.01, 0.9);
        assertThat(extract(ranker)).isEmpty();
    }

    /** Area under the ROC curve of {@code score} for the labels (ties count half). */
    static double auc(double[] score, boolean[] label) {
        double pos = 0;
        double neg = 0;
        double wins = 0;
        for (int i = 0; i < score.length; i++) {
            for (int j = 0; j < score.length; j++) {
                if (label[i] && !label[j]) {
                    wins += score[i] > score[j] ? 1 : score[i] == score[j] ? 0.5 : 0;
                }
            }
            pos += label[i] ? 1 : 0;
            neg += label[i] ? 0 : 1;
        }
        return wins / (pos * neg);
    }

    @Test
    void retrainedOnASmallTrainSliceItRanksReadingsBetterThanTheRulesChoiceAlone() throws Exception {
        DataPaths paths = DataPaths.resolve(null);
        Path week = paths.data().resolve("corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz");
        Path corpus = Path.of("corpus");
        assumeTrue(Files.exists(week) && Files.isDirectory(corpus.resolve("gold")), "week or corpus absent: skipping");
        Set<String> train = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(corpus.resolve("sample.tsv"), StandardCharsets.UTF_8)) {
            List<String> cols = List.of(r.readLine().split("\t"));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (f.length > cols.indexOf("split") && "train".equals(f[cols.indexOf("split")])) {
                    train.add(f[cols.indexOf("doc_id")]);
                }
            }
        }
        Map<String, JsonNode> gold = new TreeMap<>();
        try (Stream<Path> s = Files.list(corpus.resolve("gold"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                Training.readGold(f).forEach((id, d) -> {
                    if (train.contains(id) && PlaceTraining.required(d).size() > 0) {
                        gold.put(id, d);
                    }
                });
            }
        }
        Map<String, JsonNode> slice = new TreeMap<>();
        gold.keySet().stream().limit(80).forEach(id -> slice.put(id, gold.get(id)));
        Map<String, Article> arts = Training.readArticles(week, slice.keySet());
        Rasd rules = Rasd.open(paths, EventFilter.NONE).withDecider(Decider.RULES);
        PlaceTraining.Data d = PlaceTraining.label(rules, slice, arts);
        List<Training.Sample> fit = new ArrayList<>();
        List<Training.Sample> held = new ArrayList<>();
        for (Training.Sample s : d.samples()) {
            (Training.fold(s.docId(), 2) == 0 ? held : fit).add(s);
        }
        Model<Label> m = Training.train(fit, new Training.Spec(0.1, false));
        double[] model = new double[held.size()];
        double[] byRules = new double[held.size()];
        boolean[] label = new boolean[held.size()];
        for (int i = 0; i < held.size(); i++) {
            Training.Sample s = held.get(i);
            model[i] = LearnedEventFilter.probability(m, s.features());
            byRules[i] = s.features().stream().anyMatch(f -> f.name().equals("rules")) ? 1 : 0;
            label[i] = s.event();
        }
        double aucModel = auc(model, label);
        double aucRules = auc(byRules, label);
        System.out.printf("place ranker on a slice: %d readings to fit, %d held out; AUC model %.3f, rules' choice %.3f%n",
                fit.size(), held.size(), aucModel, aucRules);
        assertThat(held).isNotEmpty();
        assertThat(aucModel).isGreaterThan(aucRules).isGreaterThan(0.6);
        // deterministic: the same slice gives the same model
        Model<Label> again = Training.train(fit, new Training.Spec(0.1, false));
        assertThat(LearnedEventFilter.probability(again, held.get(0).features()))
                .isEqualTo(LearnedEventFilter.probability(m, held.get(0).features()));
    }
}
