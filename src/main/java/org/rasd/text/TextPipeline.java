package org.rasd.text;

import java.time.LocalDate;
import java.util.List;

/**
 * Entry point of the text stage: {@code TextPipeline.analyze(docId, text, published)} → {@link Document}:
 * normalization with an offset map ({@link ArabicNormalizer}), tokens with clitic analysis
 * ({@link Tokenizer}), sentences and clauses ({@link SentenceSplitter}), dates resolved against
 * {@code published} ({@link DateParser}) and counts ({@link NumberParser}; numbers inside dates are not
 * counts). All offsets are offsets into {@code text}.
 */
public final class TextPipeline {
    private TextPipeline() {
    }

    public static Document analyze(String docId, String text, LocalDate published) {
        String t = text == null ? "" : text;
        NormalizedText norm = ArabicNormalizer.normalizeWithOffsets(t);
        List<Token> tokens = Tokenizer.tokenize(norm);
        List<Sentence> sentences = SentenceSplitter.split(norm);
        List<DateMention> dates = DateParser.parse(tokens, t, published);
        List<NumberMention> numbers = NumberParser.parse(tokens, t, dates);
        return new Document(docId, t, published, norm, tokens, sentences, numbers, dates);
    }

    /** Tokens of {@code text} (see {@link Tokenizer#tokenize(String)}). */
    public static List<Token> tokenize(String text) {
        return Tokenizer.tokenize(text);
    }

    /** Sentences of {@code text} (see {@link SentenceSplitter#split(String)}). */
    public static List<Sentence> sentences(String text) {
        return SentenceSplitter.split(text);
    }
}
