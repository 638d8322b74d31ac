package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.rasd.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class NameKeysTest {
    @Test
    void keyDropsArticleAndFoldsTehMarbuta() {
        assertThat(NameKeys.key("الطيبة")).isEqualTo(NameKeys.key("طيبه"));
    }

    @Test
    void keyFoldsHamzaForms() {
        assertThat(NameKeys.key("إدلب")).isEqualTo(NameKeys.key("ادلب"));
        assertThat(NameKeys.key("الزهراء")).isEqualTo(NameKeys.key("الزهرا"));
    }

    @Test
    void keyDropsArticleInsideMultiWordNames() {
        assertThat(NameKeys.key("خور المكسر")).isEqualTo(NameKeys.key("خور مكسر"));
    }

    @Test
    void readingsStripConjunctionAndPreposition() {
        List<String> forms = NameKeys.readings(NameKeys.fold("وبالطيبة")).stream().map(r -> r[0]).toList();
        assertThat(forms).contains("الطيبه", "بالطيبه");
        assertThat(forms.get(0)).isEqualTo("وبالطيبه");
    }

    @Test
    void readingsTurnLamLamIntoArticle() {
        List<String> forms = NameKeys.readings(NameKeys.fold("للرمادي")).stream().map(r -> r[0]).toList();
        assertThat(forms).contains("الرمادي");
    }

    @Test
    void wordsSplitLikeTrimAndTheWhitespacePattern() {
        for (String s : new String[] {"", " ", "  a  b ", "\t\u0001x\u0001 y\n", "خور-المكسر (قرب) «درعا»", "a\u000Bb\fc\rd",
                "x\u00A0y", "\u2003z", "ـ", "..", "a\u0002 ", "وبالطيبة", "مؤتة", "الزهراء", "ابو-ظبي", "درعا،"}) {
            assertThat(NameKeys.words(s)).as("%s", s).isEqualTo(reference(s));
            assertThat(NameKeys.fold(s)).as("fold %s", s).isEqualTo(String.join(" ", reference(s)));
        }
    }

    /** The former implementation: the folded text trimmed and split on the pattern. */
    private static List<String> reference(String s) {
        String n = ArabicNormalizer.normalize(s);
        StringBuilder sb = new StringBuilder();
        for (char c : n.toCharArray()) {
            switch (c) {
                case '\u0624' -> sb.append('\u0648');
                case '\u0626' -> sb.append('\u064A');
                case '\u0621' -> { }
                case '-', '\u2013', '\u2014', '_', '/', '(', ')', '"', '\'', '«', '»', '.', '،', ',' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        List<String> out = new java.util.ArrayList<>();
        for (String w : sb.toString().trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
