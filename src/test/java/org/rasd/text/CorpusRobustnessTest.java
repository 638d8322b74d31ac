package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Runs the text stage over real articles from ../shared (skipped when the data is absent). */
class CorpusRobustnessTest {
    private static final Path SHARED = Path.of("..", "shared");
    private static final Path SNN = SHARED.resolve("corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz");
    private static final Path SEED = SHARED.resolve("corpus/seed/000_ab4313d7ebf07531.txt");

    @Test
    void firstTwoThousandSaudiNewsNetArticlesAnalyseWithValidOffsets() throws Exception {
        assumeTrue(Files.exists(SNN), "skipped: " + SNN + " is absent (../shared not mounted)");
        ObjectMapper om = new ObjectMapper();
        int docs = 0;
        long tokens = 0;
        int bad = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SNN)), StandardCharsets.UTF_8))) {
            for (String line; docs < 2000 && (line = r.readLine()) != null; docs++) {
                JsonNode n = om.readTree(line);
                String text = n.path("text").asText("");
                String pub = n.path("published").asText("");
                LocalDate published = pub.length() >= 10 ? LocalDate.parse(pub.substring(0, 10)) : null;
                Document d = TextPipeline.analyze(n.path("doc_id").asText(), text, published);
                tokens += d.tokens().size();
                for (Token t : d.tokens()) {
                    if (!text.substring(t.start(), t.end()).equals(t.surface())) {
                        bad++;
                    }
                }
                for (NumberMention m : d.numbers()) {
                    bad += m.start() <= m.end() && m.end() <= text.length() ? 0 : 1;
                }
                for (DateMention m : d.dates()) {
                    bad += m.start() <= m.end() && m.end() <= text.length() ? 0 : 1;
                }
            }
        }
        assertThat(bad).as("spans that do not round-trip").isZero();
        assertThat(docs).isEqualTo(2000);
        assertThat(tokens).isPositive();
    }

    @Test
    void referenceArticleYieldsItsCountsAndYesterday() throws Exception {
        assumeTrue(Files.exists(SEED), "skipped: " + SEED + " is absent (../shared not mounted)");
        String text = Files.readString(SEED);
        Document d = TextPipeline.analyze("000_ab4313d7ebf07531", text, LocalDate.parse("2018-07-03"));
        assertThat(d.numbers()).anySatisfy(n -> {
            assertThat(n.value()).isEqualTo(2L);
            assertThat(n.noun()).isEqualTo("ضابط");
        });
        int yesterday = text.indexOf("قُتل أمس") + "قُتل ".length();
        assertThat(d.dates()).anySatisfy(m -> {
            assertThat(m.start()).isEqualTo(yesterday);
            assertThat(m.date()).isEqualTo(LocalDate.parse("2018-07-02"));
            assertThat(m.precision()).isEqualTo(1);
        });
    }
}
