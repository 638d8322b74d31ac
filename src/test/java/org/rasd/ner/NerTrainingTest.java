package org.rasd.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasd.gazetteer.Gazetteer;
import org.rasd.io.DataPaths;
import org.rasd.text.TextPipeline;

/** The tagger retrained on a slice of NewsFANE beats the memorising baseline; spans are scored conlleval style. */
class NerTrainingTest {
    @Test
    void spansFollowConlleval() {
        assertThat(NerTraining.spans(List.of("B-GPE", "I-GPE", "O", "I-PER", "B-PER", "I-ORG")))
                .containsExactly(new int[] {0, 2, 1}, new int[] {3, 4, 0}, new int[] {4, 5, 0}, new int[] {5, 6, 3});
    }

    @Test
    void smallSliceBeatsTheBaseline() throws Exception {
        Path dir = DataPaths.resolve(null).data().resolve("ner/newsfane");
        assumeTrue(Files.isRegularFile(dir.resolve("train.conll")), "NewsFANE absent: skipping");
        List<NewsFane.Sentence> train = NewsFane.read(dir, "train").subList(0, 800);
        List<NewsFane.Sentence> dev = NewsFane.read(dir, "dev").subList(0, 200);
        Gazetteer gaz = Gazetteer.builtin();
        NerTraining.Trained t = NerTraining.train(train, gaz, new NerTraining.Config(2, 2, 0.1, 7L));
        PlaceNer ner = PlaceNer.of(t.model(), gaz, Double.NaN, Double.NaN);
        Map<String, NerTraining.Counts> model = NerTraining.evaluate(ner, dev);
        Map<String, NerTraining.Counts> base = NerTraining.baseline(train, dev);
        assertThat(model.get(NerTraining.ALL).f1()).isGreaterThan(base.get(NerTraining.ALL).f1());
        assertThat(model.get(NerTraining.PLACE).f1()).isGreaterThan(base.get(NerTraining.PLACE).f1());
        // deterministic: the same data and seed give the same tags
        PlaceNer again = PlaceNer.of(NerTraining.train(train, gaz, new NerTraining.Config(2, 2, 0.1, 7L)).model(), gaz,
                Double.NaN, Double.NaN);
        for (NewsFane.Sentence s : dev.subList(0, 50)) {
            assertThat(again.tag(s.tokens())).isEqualTo(ner.tag(s.tokens()));
        }
    }

    @Test
    void newsFaneLabelsFollowTheTextStagesTokens() throws Exception {
        Path dir = DataPaths.resolve(null).data().resolve("ner/newsfane");
        assumeTrue(Files.isRegularFile(dir.resolve("dev.conll")), "NewsFANE absent: skipping");
        for (NewsFane.Sentence s : NewsFane.read(dir, "dev")) {
            assertThat(s.labels()).hasSameSizeAs(s.tokens());
            assertThat(s.labels()).allMatch(l -> l.equals("O") || NewsFane.CLASSES.contains(l.substring(2)));
        }
    }

    @Test
    void shippedModelTagsACityAfterAHead() {
        PlaceNer ner = PlaceNer.shipped(Gazetteer.builtin());
        assumeTrue(ner != null, "no shipped model");
        var toks = TextPipeline.tokenize("قصفت الطائرات الحربية مدينة حلب شمال سوريا امس .");
        List<String> tags = ner.tag(toks);
        int aleppo = 4;
        assertThat(toks.get(aleppo).norm()).isEqualTo(TextPipeline.tokenize("حلب").get(0).norm());
        assertThat(tags.get(aleppo)).isEqualTo("B-GPE");
        assertThat(ner.placeProbabilities(toks)[aleppo]).isGreaterThan(0.5);
    }
}
