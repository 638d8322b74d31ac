package org.rasd.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;
import org.rasd.text.Token;

/** {@link PhraseIndex#hasKey} (the matcher's set-free test) agrees with the key sets it replaces. */
class PhraseIndexKeysTest {
    private static final Path SEED = Path.of("../shared/corpus/seed/000_ab4313d7ebf07531.txt");

    @Test
    void hasKeyIsMembershipInTheKeySetsOnARealArticle() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "shared data not present");
        check(Files.readString(SEED, StandardCharsets.UTF_8));
    }

    @Test
    void hasKeyIsMembershipInTheKeySetsOnCliticsSuffixesAndPunctuation() {
        check("والمسلحين بالمدينة وقصفتها الطائرات، لحلب؛ = ومدينتهم كتائب 16 اف-16 «الحزب» الذين تدمير ولولاية");
    }

    @Test
    void findAllMatchesAOneWordPhraseExactlyWhereTheTokenHasItsKey() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "shared data not present");
        Document doc = TextPipeline.analyze("t", Files.readString(SEED, StandardCharsets.UTF_8), LocalDate.of(2018, 7, 3));
        Set<String> phrases = new LinkedHashSet<>();
        for (Token t : doc.tokens()) {
            phrases.addAll(PhraseIndex.keys(t));
        }
        int checked = 0;
        for (String phrase : phrases) {
            if (phrase.isBlank() || phrase.equals(PhraseIndex.EXACT) || phrase.contains(" ")) {
                continue;
            }
            boolean exact = phrase.endsWith(PhraseIndex.EXACT);
            String raw = exact ? phrase.substring(0, phrase.length() - 1) : phrase;
            String stored = PhraseIndex.key(org.rasd.text.ArabicNormalizer.normalize(raw).trim()) + (exact ? PhraseIndex.EXACT : "");
            for (boolean whole : new boolean[] {false, true}) {
                PhraseIndex<String> index = new PhraseIndex<>(whole);
                index.add(phrase, "v");
                Set<Integer> expected = new LinkedHashSet<>();
                for (int i = 0; i < doc.tokens().size(); i++) {
                    Token t = doc.tokens().get(i);
                    if ((whole ? PhraseIndex.wholeWordKeys(t) : PhraseIndex.keys(t)).contains(stored)) {
                        expected.add(i);
                    }
                }
                Set<Integer> found = new LinkedHashSet<>();
                for (PhraseIndex.Match<String> m : index.findAll(doc.tokens())) {
                    found.add(m.first());
                }
                assertThat(found).as("%s (whole words %s)", phrase, whole).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static void check(String text) {
        Document doc = TextPipeline.analyze("t", text, LocalDate.of(2018, 7, 3));
        Set<String> words = new LinkedHashSet<>();
        for (Token t : doc.tokens()) {
            words.addAll(PhraseIndex.keys(t));
            words.add(t.norm());
            words.add(t.norm() + PhraseIndex.EXACT);
            for (String s : t.stems()) {
                words.add(s + PhraseIndex.EXACT);
                if (s.length() > 2) {
                    words.add(s.substring(1));
                    words.add(s.substring(0, s.length() - 1));
                }
            }
        }
        int checked = 0;
        for (Token t : doc.tokens()) {
            Set<String> all = PhraseIndex.keys(t);
            Set<String> whole = PhraseIndex.wholeWordKeys(t);
            for (String w : words) {
                assertThat(PhraseIndex.hasKey(t, w, true)).as("%s ∈ keys(%s)", w, t.norm()).isEqualTo(all.contains(w));
                assertThat(PhraseIndex.hasKey(t, w, false)).as("%s ∈ whole(%s)", w, t.norm()).isEqualTo(whole.contains(w));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
