package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
