package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextPipelineTest {
    private static final String TEXT = "مقتل ضباط النظام\nوفي سياق متصل، قُتل أمس اللواء عماد واللواء يوسف. "
            + "وشنَّ الطيران 18 غارة على بلدة طفس بريف درعا.";

    @Test
    void analyzeFillsEveryLayerWithOriginalOffsets() {
        Document d = TextPipeline.analyze("seed", TEXT, LocalDate.parse("2018-07-03"));
        assertThat(d.sentences()).hasSize(3);
        assertThat(d.dates()).singleElement().satisfies(m -> {
            assertThat(TEXT.substring(m.start(), m.end())).isEqualTo("أمس");
            assertThat(m.date()).isEqualTo(LocalDate.parse("2018-07-02"));
        });
        assertThat(d.numbers()).singleElement().satisfies(n -> {
            assertThat(TEXT.substring(n.start(), n.end())).isEqualTo("18");
            assertThat(n.noun()).isEqualTo("غاره");
        });
    }

    @Test
    void sentenceAtFindsTheSentenceOfAnOffset() {
        Document d = TextPipeline.analyze("seed", TEXT, null);
        int at = TEXT.indexOf("غارة");
        assertThat(d.sentenceAt(at).span().of(TEXT)).startsWith("وشنَّ الطيران");
        assertThat(d.sentenceAt(TEXT.indexOf('\n'))).isNull();
    }

    @Test
    void tokensInReturnsTheTokensOfASpan() {
        Document d = TextPipeline.analyze("seed", TEXT, null);
        int s = TEXT.indexOf("بريف");
        assertThat(d.tokensIn(s, TEXT.length())).extracting(Token::surface).containsExactly("بريف", "درعا", ".");
    }

    @Test
    void nullTextIsAnEmptyDocument() {
        Document d = TextPipeline.analyze("empty", null, null);
        assertThat(d.tokens()).isEmpty();
        assertThat(d.sentences()).isEmpty();
    }
}
