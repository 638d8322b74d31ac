package org.rasd.text;

import java.util.List;

/**
 * A token with original offsets. {@code norm} is the normalized surface; {@code stems} the candidate
 * lookup forms after clitic analysis, most specific first, all normalized ("and a town" → [and-town, town]; "in the countryside" → [whole word, countryside]); examples in TokenizerTest.
 * {@code proclitics} is the stripped prefix of the last stem (e.g. "and" + "with"), {@code enclitic} a stripped suffix or "".
 */
public record Token(int start, int end, String surface, String norm, List<String> stems, String proclitics,
                    String enclitic, TokenKind kind) {
    public Token {
        stems = List.copyOf(stems);
    }

    /** The shortest stem (clitics stripped). */
    public String stem() {
        return stems.isEmpty() ? norm : stems.get(stems.size() - 1);
    }
}
