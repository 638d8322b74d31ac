package org.rasd.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.Rasd;
import org.rasd.fixtures.Articles;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The shipped event filter's weights read out of Tribuo's model ({@link LinearWeights}): exactly Tribuo's
 * probability on the features of the dev and week events (and on those lists with duplicates, unknown names and other
 * values), the same after a round trip through the cache file, and a damaged or foreign cache file is not read.
 */
class LinearWeightsTest {
    private static Model<Label> shippedModel() throws IOException {
        try (InputStream in = LearnedEventFilter.class.getResourceAsStream(LearnedEventFilter.MODEL)) {
            assumeTrue(in != null, "no shipped event-filter model");
            return LearnedEventFilter.load(in);
        }
    }

    private static byte[] shippedBytes() throws IOException {
        try (InputStream in = LearnedEventFilter.class.getResourceAsStream(LearnedEventFilter.MODEL)) {
            return in.readAllBytes();
        }
    }

    @Test
    void sameProbabilityAsTribuoOnTheDevAndWeekEvents(@TempDir Path dir) throws IOException {
        DataPaths paths = DataPaths.resolve(null);
        Path dev = paths.data().resolve("corpus/dev/articles.jsonl");
        Path week = paths.data().resolve("corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz");
        assumeTrue(Files.exists(paths.gazetteerDir().resolve("wof_sy_places.tsv.gz")) && Files.exists(dev)
                && Files.exists(week), "shared gazetteer data or corpora absent (" + paths.data() + "): skipping");
        Model<Label> model = shippedModel();
        LinearWeights direct = LinearWeights.of(model, LearnedEventFilter.EVENT);
        assertThat(direct).isNotNull();
        String key = LinearWeights.key(shippedBytes());
        Path file = dir.resolve("w.bin");
        assertThat(direct.write(file, key)).isTrue();
        LinearWeights cached = LinearWeights.read(file, key);
        assertThat(cached).isNotNull();

        List<Article> articles = new ArrayList<>(Articles.read(dev, 100));
        articles.addAll(Articles.read(week, 200));
        Rasd rasd = Rasd.open(paths, EventFilter.NONE);
        Properties meta = new Properties();
        try (InputStream in = LearnedEventFilter.class.getResourceAsStream(LearnedEventFilter.META)) {
            meta.load(in);
        }
        Set<String> groups = LearnedEventFilter.groups(meta.getProperty("groups", ""));
        Random random = new Random(12);
        int events = 0;
        int differing = 0;
        for (Article a : articles) {
            List<Event> all = rasd.extract(a).events();
            for (Event e : all) {
                List<EventFeatures.Feature> f = EventFeatures.of(a, e, all, groups);
                double want = LearnedEventFilter.probability(model, f);
                assertThat(direct.probability(f)).as(a.docId()).isEqualTo(want);
                assertThat(cached.probability(f)).as(a.docId()).isEqualTo(want);
                // the same list shuffled, with a duplicate, an unknown feature and a value other than 1
                List<EventFeatures.Feature> g = new ArrayList<>(f);
                g.add(f.get(random.nextInt(f.size())));
                g.add(new EventFeatures.Feature("no such feature", 3));
                g.add(new EventFeatures.Feature(f.get(random.nextInt(f.size())).name(), 0.37));
                java.util.Collections.shuffle(g, random);
                double want2 = LearnedEventFilter.probability(model, g);
                assertThat(cached.probability(g)).as(a.docId()).isEqualTo(want2);
                differing += want2 != want ? 1 : 0;
                events++;
            }
        }
        assertThat(events).isGreaterThan(50);
        assertThat(differing).isGreaterThan(events / 2); // the variants change the probability: they test something
        assertThatThrownBy(() -> cached.probability(List.of(new EventFeatures.Feature("no such feature", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDamagedOrForeignCacheFileIsNotRead(@TempDir Path dir) throws IOException {
        Model<Label> model = shippedModel();
        LinearWeights w = LinearWeights.of(model, LearnedEventFilter.EVENT);
        Path file = dir.resolve("w.bin");
        assertThat(w.write(file, "k1")).isTrue();
        assertThat(LinearWeights.read(file, "k1")).isNotNull();
        assertThat(LinearWeights.read(file, "k2")).isNull();
        assertThat(LinearWeights.read(dir.resolve("absent.bin"), "k1")).isNull();
        byte[] b = Files.readAllBytes(file);
        b[b.length / 2] ^= 1;
        Files.write(file, b);
        assertThat(LinearWeights.read(file, "k1")).isNull();
        Files.write(file, java.util.Arrays.copyOf(b, b.length / 3));
        assertThat(LinearWeights.read(file, "k1")).isNull();
    }

    @Test
    void theShippedFilterWritesItsCacheOnceAndKeepsTheSameDecisions(@TempDir Path dir) throws IOException {
        EventFilter first = LearnedEventFilter.shipped(dir);
        assumeTrue(first instanceof LearnedEventFilter, "the shipped event filter is off");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".weights")).count()).isEqualTo(1);
        }
        EventFilter second = LearnedEventFilter.shipped(dir); // from the cache
        EventFilter none = LearnedEventFilter.shipped(null); // Tribuo's model, no cache
        assertThat(((LearnedEventFilter) second).threshold()).isEqualTo(((LearnedEventFilter) none).threshold());
        Article a = new Article("t", java.time.LocalDate.of(2018, 7, 3), "",
                "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف جوي على بلدة الطيبة في ريف درعا الشرقي أمس.", null, null);
        Rasd rasd = Rasd.withPlaces(DataPaths.resolve(null), new org.rasd.extract.FixturePlaces()
                .add("الطيبة", "At Tayyibah", "SY", 32.56323, 36.24392, 1)
                .add("درعا", "Dar'a", "SY", 32.61889, 36.10213, 3)).withFilter(EventFilter.NONE);
        List<Event> all = rasd.extract(a).events();
        assertThat(all).isNotEmpty();
        for (Event e : all) {
            assertThat(((LearnedEventFilter) second).probability(a, e, all))
                    .isEqualTo(((LearnedEventFilter) none).probability(a, e, all));
        }
        assertThat(second.apply(a, all)).isEqualTo(none.apply(a, all));
    }
}
