/**
 * The text stage: turns an article's raw text into an immutable {@link org.rasd.text.Document} that every
 * later stage reads. Entry point: {@link org.rasd.text.TextPipeline#analyze(String, String, java.time.LocalDate)}.
 *
 * <ol>
 *   <li>{@link org.rasd.text.ArabicNormalizer}: orthographic normalization (alef/hamza forms, ta marbuta,
 *       alef maqsura, harakat, tatweel, bidi/zero-width controls, Unicode spaces, Eastern/Persian digits,
 *       NFKC of presentation forms and lam-alef ligatures) with a normalized→original offset map
 *       ({@link org.rasd.text.NormalizedText}).</li>
 *   <li>{@link org.rasd.text.Tokenizer}: words, numbers, punctuation; clitic analysis gives each word its
 *       lookup candidates ({@link org.rasd.text.Token#stems()}, most specific first).</li>
 *   <li>{@link org.rasd.text.SentenceSplitter}: sentences and clauses.</li>
 *   <li>{@link org.rasd.text.DateParser}: absolute and relative dates resolved against the publication
 *       date ({@link org.rasd.text.DateMention}).</li>
 *   <li>{@link org.rasd.text.NumberParser}: counts in digits, number words, duals and vague quantities,
 *       with qualifiers and the counted noun ({@link org.rasd.text.NumberMention}); numbers inside dates
 *       are not counts.</li>
 * </ol>
 *
 * <p>Every offset in every record is a character offset into the original text, so any span can be shown
 * as evidence with {@code text.substring(start, end)}. Lexical data are versioned TSV tables beside the
 * classes ({@code number-words.tsv}, {@code months.tsv}, {@code qualifiers.tsv}, {@code dual-nouns.tsv},
 * {@code clitic-exceptions.tsv}), each row with an English gloss. The stage keeps no state and is
 * thread-safe; it runs at several thousand articles per second per core once warm.
 */
package org.rasd.text;
