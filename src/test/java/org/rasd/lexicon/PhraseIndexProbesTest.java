package org.rasd.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;

/**
 * Skipping the tokens whose {@link PhraseIndex.Probes} pass no filter finds the same mentions as probing every token:
 * the lexicon's actors, triggers and cues on the seed article and the dev set.
 */
class PhraseIndexProbesTest {
    private static final Path SEED = Path.of("../shared/corpus/seed/000_ab4313d7ebf07531.txt");
    private static final Path DEV = Path.of("../shared/corpus/dev/articles.jsonl");

    @Test
    void skippingTokensByTheirProbesChangesNoMention() throws IOException {
        assumeTrue(Files.isRegularFile(SEED) && Files.isRegularFile(DEV), "shared data not present");
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(SEED, StandardCharsets.UTF_8));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(DEV, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).path("text").asText());
            }
        }
        Lexicon lex = Lexicon.get();
        int mentions = 0;
        for (String text : texts) {
            Document doc = TextPipeline.analyze("t", text, LocalDate.of(2018, 7, 3));
            PhraseIndex.Probes probes = lex.probes(doc);
            assertThat(lex.actors(doc, probes)).isEqualTo(lex.actors(doc, null));
            assertThat(lex.triggers(doc, probes)).isEqualTo(lex.triggers(doc, null));
            assertThat(lex.cues(doc, probes)).isEqualTo(lex.cues(doc, null));
            mentions += lex.actors(doc, probes).size() + lex.triggers(doc, probes).size() + lex.cues(doc, probes).size();
        }
        assertThat(texts).hasSizeGreaterThan(10);
        assertThat(mentions).isGreaterThan(200);
    }

    @Test
    void aTokenWithASuffixStillStartsItsPhrase() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("مسلح", "gunman");
        index.add("قوات الامن", "security forces");
        Document doc = TextPipeline.analyze("t", "هاجم المسلحون مقر قوات الأمن، وقتل مسلحين", LocalDate.of(2018, 7, 3));
        PhraseIndex.Probes probes = PhraseIndex.probes(doc.tokens());
        List<PhraseIndex.Match<String>> found = index.findAll(doc.tokens(), probes);
        assertThat(found).isEqualTo(index.findAll(doc.tokens(), null));
        assertThat(found).extracting(m -> m.values().get(0)).containsExactly("gunman", "security forces", "gunman");
    }
}
