package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    @Test
    void alefFormsBecomePlainAlef() {
        assertThat(ArabicNormalizer.normalize("أإآٱ")).isEqualTo("اااا");
    }

    @Test
    void tehMarbutaBecomesHehAndAlefMaksuraBecomesYeh() {
        assertThat(ArabicNormalizer.normalize("بلدة على")).isEqualTo("بلده علي");
    }

    @Test
    void diacriticsAndTatweelAreDropped() {
        assertThat(ArabicNormalizer.normalize("شنَّ قُتِلَ بـ")).isEqualTo("شن قتل ب");
    }

    @Test
    void bidiAndZeroWidthControlsAreDropped() {
        assertThat(ArabicNormalizer.normalize("\u200Fدرعا\u200C\u202Bx\u202C\uFEFF")).isEqualTo("درعاx");
    }

    @Test
    void nbspBecomesSpace() {
        assertThat(ArabicNormalizer.normalize("ريف\u00A0درعا")).isEqualTo("ريف درعا");
    }

    @Test
    void easternArabicAndPersianDigitsBecomeAscii() {
        assertThat(ArabicNormalizer.normalize("٣٠٠ ۱۲")).isEqualTo("300 12");
    }

    @Test
    void persianLettersBecomeArabic() {
        assertThat(ArabicNormalizer.normalize("کی")).isEqualTo("كي");
    }

    @Test
    void lamAlefLigaturesExpandToTwoLetters() {
        assertThat(ArabicNormalizer.normalize("\uFEFB\uFEF7\uFEF9\uFEF5")).isEqualTo("لالالالا");
    }

    @Test
    void presentationFormsAreNfkcDecomposed() {
        // ARABIC LETTER BEH FINAL FORM, TEH MARBUTA FINAL FORM
        assertThat(ArabicNormalizer.normalize("\uFE90\uFE94")).isEqualTo("به");
    }

    @Test
    void ligatureOffsetMapRoundTrips() {
        String text = "ﻻ بد";
        NormalizedText nt = ArabicNormalizer.normalizeWithOffsets(text);
        assertThat(nt.normalized()).isEqualTo("لا بد");
        assertThat(nt.originalSpan(0, 2).of(text)).isEqualTo("ﻻ");
        assertThat(nt.originalSpan(3, 5).of(text)).isEqualTo("بد");
    }

    @Test
    void originalEndIncludesTrailingDiacriticsOfLastLetter() {
        String text = "شنَّ 18 غارة";
        NormalizedText nt = ArabicNormalizer.normalizeWithOffsets(text);
        assertThat(nt.normalized()).startsWith("شن ");
        assertThat(nt.originalSpan(0, 2).of(text)).isEqualTo("شنَّ");
    }

    @Test
    void offsetMapPointsEveryNormalizedCharToItsSource() {
        String text = "\u200Fقُتِلَ أمس";
        NormalizedText nt = ArabicNormalizer.normalizeWithOffsets(text);
        for (int i = 0; i < nt.normalized().length(); i++) {
            assertThat(ArabicNormalizer.normalize(String.valueOf(text.charAt(nt.originalStart(i)))))
                    .isEqualTo(String.valueOf(nt.normalized().charAt(i)));
        }
        assertThat(nt.toOriginal()[nt.normalized().length()]).isEqualTo(text.length());
    }
}
