package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.span().of(text)).toList();
    }

    private static List<String> clauses(String text) {
        return SentenceSplitter.split(text).get(0).clauses().stream().map(c -> c.of(text)).toList();
    }

    @Test
    void splitsAtPeriodAndArabicQuestionMark() {
        assertThat(sentences("قتل 15 شخصا. هل انتهى القتال؟ لا"))
                .containsExactly("قتل 15 شخصا.", "هل انتهى القتال؟", "لا");
    }

    @Test
    void headlineLineWithoutPunctuationIsItsOwnSentence() {
        assertThat(sentences("مقتل ضباط النظام\nوفي سياق متصل، قُتل أمس اللواء."))
                .containsExactly("مقتل ضباط النظام", "وفي سياق متصل، قُتل أمس اللواء.");
    }

    @Test
    void decimalPointDoesNotSplit() {
        assertThat(sentences("بلغت الخسائر 1.5 مليون دولار. ثم")).containsExactly("بلغت الخسائر 1.5 مليون دولار.", "ثم");
    }

    @Test
    void agencyAbbreviationDoesNotSplit() {
        assertThat(sentences("قال مصدر (أ.ف.ب) إن الهجوم وقع. ثم")).hasSize(2);
        assertThat(sentences("وأفادت أ. ف. ب. بمقتل 5 أشخاص.")).hasSize(1);
    }

    @Test
    void closingQuoteStaysWithTheSentence() {
        assertThat(sentences("قال «انتهى.» ثم غادر")).containsExactly("قال «انتهى.»", "ثم غادر");
    }

    @Test
    void clausesSplitAtArabicCommaAndSemicolon() {
        assertThat(clauses("قُتل أمس اللواء عماد، خلال اشتباكات عنيفة؛ قرب طفس."))
                .containsExactly("قُتل أمس اللواء عماد", "خلال اشتباكات عنيفة", "قرب طفس");
    }

    @Test
    void clausesSplitAroundQuotes() {
        assertThat(clauses("وأكد في لقاء مع \"إيلاف\" أنه «لن يستسلم»"))
                .containsExactly("وأكد في لقاء مع", "إيلاف", "أنه", "لن يستسلم");
    }

    @Test
    void thousandsCommaDoesNotSplitAClause() {
        assertThat(clauses("قتل 1,200 شخص")).containsExactly("قتل 1,200 شخص");
    }
}
