package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arabic and Latin skeletons (translit.tsv) and the vowel check between them. */
class TransliterationTest {
    private static boolean match(String arabic, String latin) {
        return match(arabic, latin, null);
    }

    private static boolean match(String arabic, String latin, String country) {
        return Transliteration.compatible(Transliteration.arabicPattern(NameKeys.fold(arabic)),
                Transliteration.latinPattern(latin, country));
    }

    @Test
    void skeletonsOfBothScriptsAgree() {
        assertThat(Transliteration.skeleton(Transliteration.latinPattern("Maroua"))).isEqualTo("MR");
        assertThat(Transliteration.skeleton(Transliteration.arabicPattern(NameKeys.fold("مروة")))).isEqualTo("MR");
        assertThat(Transliteration.skeleton(Transliteration.latinPattern("Papua"))).isEqualTo("BB");
    }

    @Test
    void aLetterWithoutAClassGivesNoPatternNotAnError() {
        // a Latin letter or a digit inside a folded word (the week has them) has no class: null, never an exception
        assertThat(Transliteration.arabicPattern("مرxوة")).isNull();
        assertThat(Transliteration.arabicPattern("x")).isNull();
        assertThat(Transliteration.arabicPattern("مروه")).isNotNull();
    }

    @Test
    void namesOfThePressMatchTheirLatinNames() {
        assertThat(match("مروة", "Maroua")).isTrue();
        assertThat(match("خريبقة", "Khouribga")).isTrue();
        assertThat(match("بوزنيقة", "Bouznika")).isTrue();
        assertThat(match("تاونات", "Taounate")).isTrue(); // a silent final e
        assertThat(match("سيبيتوكي", "Cibitoke")).isTrue(); // c before i is s
        assertThat(match("داماتورو", "Damaturu")).isTrue();
        assertThat(match("ليجي", "Lice", "TR")).isTrue(); // Turkish c, a j
        assertThat(match("ليجي", "Lice")).isFalse(); // elsewhere c before e is s
        assertThat(match("صعدة", "Sa'dah")).isTrue(); // ayn, a final h
    }

    @Test
    void writtenVowelsMustBeInTheLatinName() {
        assertThat(match("امر", "Maroua")).isFalse(); // an initial vowel only on one side
        assertThat(match("مار", "Maroua")).isFalse(); // the final vowel of Maroua is not written
        assertThat(match("ميرو", "Marwa")).isTrue();
        assertThat(match("مريو", "Marwa")).isTrue();
        assertThat(match("مورو", "Mro")).isFalse(); // a long vowel between m and r that the Latin lacks
    }

    @Test
    void namesOfSeveralWordsHaveNoPattern() {
        assertThat(Transliteration.latinPattern("Ras al Ayn")).isNull();
        assertThat(Transliteration.latinPattern("El-Jadida")).isNull(); // an Arabic name with its article
        assertThat(Transliteration.latinPattern("Khouribga")).isNotNull();
    }

    @Test
    void countriesWithArabicPlaceNamesAreNotTransliterated() {
        assertThat(Transliteration.transliterated("YE")).isFalse();
        assertThat(Transliteration.transliterated("SY")).isFalse();
        assertThat(Transliteration.transliterated("CM")).isTrue();
        assertThat(Transliteration.transliterated("MA")).isTrue();
        assertThat(Transliteration.transliterated("IR")).isFalse();
        assertThat(Transliteration.transliterated("FR")).isFalse(); // Europe
        assertThat(Transliteration.transliterated("TR")).isTrue();
    }
}
