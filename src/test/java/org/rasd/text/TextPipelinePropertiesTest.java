package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any string — random Unicode, surrogates, controls, RTL marks, Arabic snippets — analyses safely. */
class TextPipelinePropertiesTest {
    private static final String[] SNIPPETS = {"قُتل", " أمس ", "الجمعة", " 15 ", "يوليو", "٣٠٠", "1,200", "1.5",
        "اثنين", "وعشرين", "ﻻ", "\uFDF2", "\uFDFA", "شنَّ", "ـ", "\u200F", "\u202B", "\u2066", "\uFEFF", "«", "»",
        "،", "؛", ".", "؟", "\n", "أ.ف.ب", "ما لا يقل عن", "على الأقل", "قتيلين", "/", "-", ":", "\uD83D\uDE00",
        "\uD800", "\uDC00", "\u0000", "\u00A0", "\u2028", "منذ", "يومين", "ليل", "السبت", "الرابع من", "تموز/",
        "2018/7/", "هـ", "%", "في المئة", "آلاف", "عشر", "الأحد", "مئة ألف"};

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> snippets = Arbitraries.of(SNIPPETS);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(6);
        Arbitrary<String> arabic = Arbitraries.strings().withCharRange('\u0600', '\u06FF')
                .withCharRange('\uFB50', '\uFEFF').withChars(' ', '.', '\n').ofMaxLength(8);
        return Arbitraries.oneOf(snippets, unicode, arabic).list().ofMaxSize(40)
                .map(l -> String.join("", l));
    }

    private static void checkSpan(String text, int start, int end) {
        assertThat(start).isBetween(0, end);
        assertThat(end).isLessThanOrEqualTo(text.length());
    }

    @Property(tries = 400)
    void normalizedToOriginalMapIsMonotoneAndComplete(@ForAll("texts") String text) {
        NormalizedText nt = ArabicNormalizer.normalizeWithOffsets(text);
        int[] map = nt.toOriginal();
        assertThat(map).hasSize(nt.normalized().length() + 1);
        assertThat(map[map.length - 1]).isEqualTo(text.length());
        for (int i = 1; i < map.length; i++) {
            assertThat(map[i]).isGreaterThanOrEqualTo(map[i - 1]);
        }
        for (int i = 0; i < nt.normalized().length(); i++) {
            assertThat(map[i]).isLessThan(text.length());
            assertThat(nt.originalEnd(i + 1)).isBetween(map[i] + 1, text.length());
        }
        assertThat(ArabicNormalizer.normalize(text)).isEqualTo(nt.normalized());
    }

    @Property(tries = 400)
    void tokensRoundTripToTheOriginalText(@ForAll("texts") String text) {
        int last = 0;
        for (Token t : Tokenizer.tokenize(text)) {
            checkSpan(text, t.start(), t.end());
            assertThat(t.surface()).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(t.start()).isGreaterThanOrEqualTo(last - 1); // a ligature may be shared by two tokens
            assertThat(t.stems()).isNotEmpty();
            last = t.end();
        }
    }

    @Property(tries = 400)
    void sentencesAndClausesLieInsideTheText(@ForAll("texts") String text) {
        int last = 0;
        for (Sentence s : SentenceSplitter.split(text)) {
            checkSpan(text, s.start(), s.end());
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            last = s.end();
            for (Span c : s.clauses()) {
                checkSpan(text, c.start(), c.end());
                assertThat(c.start()).isGreaterThanOrEqualTo(s.start());
                assertThat(c.end()).isLessThanOrEqualTo(s.end());
            }
        }
    }

    @Property(tries = 400)
    void numbersAndDatesHaveValidSpans(@ForAll("texts") String text) {
        Document d = TextPipeline.analyze("p", text, LocalDate.of(2018, 7, 3));
        for (NumberMention n : d.numbers()) {
            checkSpan(text, n.start(), n.end());
            assertThat(n.value() == null).isEqualTo(n.qualifier().ordinal() >= Qualifier.SEVERAL.ordinal());
        }
        for (DateMention m : d.dates()) {
            checkSpan(text, m.start(), m.end());
            assertThat(m.precision()).isBetween(1, 3);
        }
    }

    @Property(tries = 200)
    void withoutPublicationDateEveryDateIsNull(@ForAll("texts") String text) {
        assertThat(TextPipeline.analyze("p", text, null).dates()).allSatisfy(m -> assertThat(m.date()).isNull());
    }
}
