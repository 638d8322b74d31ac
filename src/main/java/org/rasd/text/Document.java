package org.rasd.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable analysed article that every stage reads: original text, its normalized form with an
 * offset map, tokens, sentences, numbers and dates — all with original character offsets.
 */
public record Document(String docId, String text, LocalDate published, NormalizedText norm, List<Token> tokens,
                       List<Sentence> sentences, List<NumberMention> numbers, List<DateMention> dates) {
    public Document {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        numbers = List.copyOf(numbers);
        dates = List.copyOf(dates);
    }

    /** Tokens lying inside {@code [start, end)}. */
    public List<Token> tokensIn(int start, int end) {
        int i = firstTokenAtOrAfter(start);
        List<Token> out = new ArrayList<>();
        for (; i < tokens.size() && tokens.get(i).end() <= end; i++) {
            out.add(tokens.get(i));
        }
        return out;
    }

    /** Index of the first token starting at or after {@code offset}. */
    public int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence containing {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        // sentences are sorted and do not overlap: binary search on the start offset
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.end() <= offset) {
                lo = mid + 1;
            } else if (s.start() > offset) {
                hi = mid - 1;
            } else {
                return s.contains(offset) ? s : null;
            }
        }
        return null;
    }
}
