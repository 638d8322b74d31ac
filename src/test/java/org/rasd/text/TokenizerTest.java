package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static Token only(String text) {
        List<Token> t = Tokenizer.tokenize(text);
        assertThat(t).hasSize(1);
        return t.get(0);
    }

    @Test
    void prepositionBeIsStrippedFromRif() {
        assertThat(only("بريف").stems()).containsExactly("بريف", "ريف");
    }

    @Test
    void conjunctionIsStrippedButBaldaKeepsItsBe() {
        assertThat(only("وبلدة").stems()).containsExactly("وبلده", "بلده");
    }

    @Test
    void baldaAloneIsNotStripped() {
        assertThat(only("بلدة").stems()).containsExactly("بلده");
    }

    @Test
    void conjunctionAndArticleGiveDefiniteThenBareStem() {
        Token t = only("والفلوجة");
        assertThat(t.stems()).containsExactly("والفلوجه", "الفلوجه", "فلوجه");
        assertThat(t.proclitics()).isEqualTo("وال");
        assertThat(t.stem()).isEqualTo("فلوجه");
    }

    @Test
    void prepositionWithArticleIsStripped() {
        assertThat(only("وبالرقة").stems()).containsExactly("وبالرقه", "بالرقه", "الرقه", "رقه");
    }

    @Test
    void lamLamRestoresTheArticle() {
        assertThat(only("للجيش").stems()).containsExactly("للجيش", "الجيش", "جيش");
    }

    @Test
    void hamzaAlefIsNotTheArticle() {
        assertThat(only("ألوية").stems()).containsExactly("الويه");
    }

    @Test
    void encliticPronounIsStrippedLast() {
        Token t = only("قتلهم");
        assertThat(t.stems()).containsExactly("قتلهم", "قتل");
        assertThat(t.enclitic()).isEqualTo("هم");
    }

    @Test
    void tehMarbutaIsNotTheEncliticHeh() {
        assertThat(only("غارة").stems()).containsExactly("غاره");
    }

    @Test
    void stemsAreNeverShorterThanTwoLetters() {
        for (Token t : Tokenizer.tokenize("وبه لها بال فله والا")) {
            assertThat(t.stems()).allSatisfy(s -> assertThat(s.length()).isGreaterThanOrEqualTo(2));
        }
    }

    @Test
    void drraAfterRifIsItsOwnToken() {
        List<Token> t = Tokenizer.tokenize("بريف درعا");
        assertThat(t).extracting(Token::norm).containsExactly("بريف", "درعا");
    }

    @Test
    void digitsWithSeparatorsAreOneNumberToken() {
        List<Token> t = Tokenizer.tokenize("1,200 و1.5 و٣٠٠");
        assertThat(t).filteredOn(x -> x.kind() == TokenKind.NUMBER).extracting(Token::surface)
                .containsExactly("1,200", "1.5", "٣٠٠");
    }

    @Test
    void trailingSlashAfterNumberIsPunctuation() {
        List<Token> t = Tokenizer.tokenize("35/ كلم");
        assertThat(t).extracting(Token::kind).containsExactly(TokenKind.NUMBER, TokenKind.PUNCT, TokenKind.WORD);
    }

    @Test
    void tatweelAfterBeStaysInTheWordToken() {
        List<Token> t = Tokenizer.tokenize("بـ18 غارة");
        assertThat(t.get(0).surface()).isEqualTo("بـ");
        assertThat(t.get(0).norm()).isEqualTo("ب");
        assertThat(t.get(1).surface()).isEqualTo("18");
    }

    @Test
    void diacriticsStayInsideTheWordSurface() {
        Token t = Tokenizer.tokenize("شنَّ 18").get(0);
        assertThat(t.surface()).isEqualTo("شنَّ");
        assertThat(t.norm()).isEqualTo("شن");
    }

    @Test
    void latinWordsAreLatinTokens() {
        assertThat(Tokenizer.tokenize("CNN قالت").get(0).kind()).isEqualTo(TokenKind.LATIN);
    }

    @Test
    void stemsOfARawWordUseTheSameAnalysis() {
        assertThat(Tokenizer.stemsOf("بمدينة")).containsExactly("بمدينه", "مدينه");
    }

    @Test
    void futureSinIsNotStripped() {
        assertThat(only("سيارة").stems()).containsExactly("سياره");
        assertThat(only("سنوات").stems()).containsExactly("سنوات");
    }

    @Test
    void exceptionWordKeepsItsBeButLosesTheEnclitic() {
        Token t = only("بلاده");
        assertThat(t.stems()).containsExactly("بلاده", "بلاد");
        assertThat(t.proclitics()).isEmpty();
    }

    @Test
    void tehBeforeEncliticIsReadBackAsTehMarbuta() {
        assertThat(only("مدينته").stem()).isEqualTo("مدينه");
    }
}
