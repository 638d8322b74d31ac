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
    void aLetterWrittenTwiceIsTwoConsonants() {
        // بشكك: the second kaf is a letter of its own (a shadda is never written as a second letter)
        assertThat(Transliteration.skeleton(Transliteration.arabicPattern(NameKeys.fold("بشكك")))).isEqualTo("BSKK");
        assertThat(match("بشكك", "Bishkek")).isTrue();
        assertThat(match("بشكك", "Bishek")).isFalse();
        // a Latin double letter stays one consonant (Marrakesh, مراكش)
        assertThat(match("مراكش", "Marrakesh")).isTrue();
        // two long vowels in a row still collapse: a run of vowel letters is one vowel
        assertThat(Transliteration.arabicPattern(NameKeys.fold("كووا"))).isEqualTo("KV");
    }

    @Test
    void tehSheenIsTheEnglishCh() {
        assertThat(Transliteration.skeleton(Transliteration.arabicPattern(NameKeys.fold("بونتش")))).isEqualTo("BNS");
        assertThat(match("بونتش", "Punch")).isTrue();
        assertThat(match("بونش", "Punch")).isTrue();
        assertThat(match("تشاد", "Chad")).isTrue();
        assertThat(match("كتش", "Kutch")).isTrue(); // la tch: one class too
        // teh and sheen that do not spell ch stay two letters only as a sequence: تش is always read as one
        assertThat(match("بونتش", "Puntas")).isFalse();
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
        // Somalia: an Arab League member whose towns have Somali names
        assertThat(Transliteration.transliterated("SO")).isTrue();
        // countries of the transliterated regions that countries.tsv lacked before
        assertThat(Transliteration.transliterated("BI")).isTrue();
        assertThat(Transliteration.transliterated("KG")).isTrue();
        assertThat(Transliteration.transliterated("DJ")).isFalse();
    }

    /** The check as it was written first (skeletons as strings, gaps as arrays): the reference for the one-walk check. */
    private static boolean compatibleReference(String arabic, String latin) {
        if (arabic == null || latin == null || !Transliteration.skeleton(arabic).equals(Transliteration.skeleton(latin))) {
            return false;
        }
        boolean[] a = gaps(arabic);
        boolean[] l = gaps(latin);
        int n = a.length - 1;
        if (a[0] != l[0]) {
            return false;
        }
        boolean silentE = latin.length() >= 2 && latin.charAt(latin.length() - 1) == 'E'
                && !vowel(latin.charAt(latin.length() - 2));
        if (a[n] ? !l[n] : l[n] && !silentE) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            if (a[k] && !l[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean vowel(char c) {
        return c == 'V' || c == 'E';
    }

    private static boolean[] gaps(String pattern) {
        java.util.List<Boolean> out = new java.util.ArrayList<>();
        boolean v = false;
        for (char c : pattern.toCharArray()) {
            if (vowel(c)) {
                v = true;
            } else {
                out.add(v);
                v = false;
            }
        }
        out.add(v);
        boolean[] b = new boolean[out.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = out.get(i);
        }
        return b;
    }

    @Test
    void theOneWalkCheckAgreesWithTheReferenceOnEveryShortPattern() {
        // every pattern of up to 4 symbols over three consonant classes and both vowel classes, against every other: 781² pairs
        char[] alphabet = {'M', 'R', 'V', 'E', 'H'};
        java.util.List<String> patterns = new java.util.ArrayList<>();
        patterns.add("");
        for (int len = 1; len <= 4; len++) {
            int total = (int) Math.pow(alphabet.length, len);
            for (int x = 0; x < total; x++) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0, y = x; k < len; k++, y /= alphabet.length) {
                    sb.append(alphabet[y % alphabet.length]);
                }
                patterns.add(sb.toString());
            }
        }
        java.util.List<String> differ = new java.util.ArrayList<>();
        int trues = 0;
        for (String a : patterns) {
            for (String l : patterns) {
                boolean want = compatibleReference(a, l);
                if (Transliteration.compatible(a, l) != want) {
                    differ.add(a + " ~ " + l);
                }
                trues += want ? 1 : 0;
            }
        }
        assertThat(patterns).hasSize(781);
        assertThat(differ).isEmpty();
        assertThat(trues).isPositive(); // the alphabet gives compatible pairs too, not only refusals
        assertThat(Transliteration.compatible(null, "MVR")).isFalse();
        assertThat(Transliteration.compatible("MVR", null)).isFalse();
        // the real patterns of this table's examples
        assertThat(match("مروة", "Maroua")).isTrue();
        assertThat(compatibleReference(Transliteration.arabicPattern(NameKeys.fold("مروة")),
                Transliteration.latinPattern("Maroua"))).isTrue();
    }
}
