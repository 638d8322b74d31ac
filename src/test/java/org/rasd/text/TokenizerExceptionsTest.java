package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Tokenizer#isException} (one set lookup) agrees with the loop over the enclitics it replaces. */
class TokenizerExceptionsTest {
    private static final Path DEV = Path.of("../shared/corpus/dev/articles.jsonl");

    @Test
    void oneLookupAgreesWithTheLoopOnExceptionWordsAndTheDevSet() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        for (String w : TextData.wordSet("clitic-exceptions.tsv")) {
            words.add(w);
            for (String e : Affixes.enclitics()) {
                words.add(w + e);
                words.add(w.substring(1) + e);
                words.add(w + e + e);
            }
            words.add(w.substring(0, w.length() - 1));
        }
        if (Files.isRegularFile(DEV)) {
            for (Token t : Tokenizer.tokenize(Files.readString(DEV, StandardCharsets.UTF_8))) {
                words.addAll(t.stems());
                words.add(t.norm());
            }
        }
        int exceptions = 0;
        for (String w : words) {
            boolean expected = Tokenizer.isExceptionByLoop(w);
            assertThat(Tokenizer.isException(w)).as(w).isEqualTo(expected);
            exceptions += expected ? 1 : 0;
        }
        assertThat(exceptions).isGreaterThan(300);
        assertThat(words.size() - exceptions).isGreaterThan(300);
    }
}
