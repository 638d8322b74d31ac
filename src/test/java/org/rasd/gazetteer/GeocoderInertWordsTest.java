package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.fixtures.Articles;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;

/**
 * {@link Geocoder} skips the words no candidate can start on ("inert": Geocoder.WordInfo): the same mentions as
 * trying every word, over the dev set and the first week articles (skipped without the shared data). A new source
 * of candidates in Geocoder.candidates that the inert test does not rule out fails here.
 */
class GeocoderInertWordsTest {
    @Test
    void skippingInertWordsFindsTheSameMentions() throws IOException {
        DataPaths paths = DataPaths.resolve(null);
        Path dev = paths.data().resolve("corpus/dev/articles.jsonl");
        Path week = paths.data().resolve("corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz");
        assumeTrue(Files.exists(paths.gazetteerDir().resolve("wof_sy_places.tsv.gz")) && Files.exists(dev)
                && Files.exists(week), "shared gazetteer data or corpora absent (" + paths.data() + "): skipping");
        List<Article> articles = new ArrayList<>(Articles.read(dev, 100));
        articles.addAll(Articles.read(week, 150));
        Gazetteer gaz = Gazetteer.load(paths);
        Geocoder skipping = new Geocoder(gaz);
        Geocoder trying = new Geocoder(gaz);
        trying.skipInertWords = false;
        int mentions = 0;
        for (Article a : articles) {
            Document doc = TextPipeline.analyze(a.docId(), a.text(), a.published());
            List<PlaceMention> want = trying.find(doc);
            assertThat(skipping.find(doc)).as(a.docId()).isEqualTo(want);
            mentions += want.size();
        }
        assertThat(articles).hasSizeGreaterThan(150);
        assertThat(mentions).isGreaterThan(100); // places were found, so the comparison says something
    }
}
