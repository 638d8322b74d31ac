package org.rasd.lexicon;

import java.util.List;

/**
 * A lexicon match in a document: original char offsets, token range (inclusive), and the entries it may be.
 */
public record Mention<T>(int start, int end, int firstToken, int lastToken, List<T> entries) {
    public T entry() {
        return entries.get(0);
    }
}
