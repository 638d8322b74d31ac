package org.rasd.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the text stage: {@code TextPipeline.analyze(docId, text, published)} → {@link Document}.
 * (First cut: simple tokenizer and sentence splitter; numbers and dates are filled in by their own classes.)
 */
public final class TextPipeline {
    private TextPipeline() {
    }

    public static Document analyze(String docId, String text, LocalDate published) {
        NormalizedText norm = ArabicNormalizer.normalizeWithOffsets(text);
        List<Token> tokens = tokenize(text);
        List<Sentence> sentences = sentences(text);
        return new Document(docId, text, published, norm, tokens, sentences, List.of(), List.of());
    }

    static final String[] PROCLITICS = {"وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"};

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || ArabicNormalizer.map(c) == 0 || ArabicNormalizer.map(c) == ' ') {
                i++;
                continue;
            }
            int s = i;
            TokenKind kind;
            if (Character.isLetter(c) || ArabicNormalizer.map(c) != c && Character.isLetter(ArabicNormalizer.map(c))) {
                while (i < n && (Character.isLetter(text.charAt(i)) || ArabicNormalizer.map(text.charAt(i)) == 0
                        && !Character.isWhitespace(text.charAt(i)))) {
                    i++;
                }
                kind = ArabicNormalizer.isArabicLetter(ArabicNormalizer.map(c)) ? TokenKind.WORD : TokenKind.LATIN;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isDigit(text.charAt(i)))) {
                    i++;
                }
                kind = TokenKind.NUMBER;
            } else {
                i++;
                kind = Character.getType(c) == Character.OTHER_PUNCTUATION || c == '،' || c == '؛' || c == '؟'
                        ? TokenKind.PUNCT : TokenKind.SYMBOL;
            }
            String surface = text.substring(s, i);
            String norm = ArabicNormalizer.normalize(surface);
            List<String> stems = new ArrayList<>();
            stems.add(norm);
            String pro = "";
            if (kind == TokenKind.WORD) {
                for (String p : PROCLITICS) {
                    if (norm.startsWith(p) && norm.length() - p.length() >= 2) {
                        stems.add(norm.substring(p.length()));
                        pro = p;
                        break;
                    }
                }
            }
            out.add(new Token(s, i, surface, norm, stems, pro, "", kind));
        }
        return out;
    }

    public static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int s = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '؟'
                    || text.charAt(i) == '!' || text.charAt(i) == '?';
            if (end) {
                int e = i < n && text.charAt(i) != '\n' ? i + 1 : i;
                addSentence(text, s, e, out);
                s = i + 1;
            }
        }
        return out;
    }

    private static void addSentence(String text, int s, int e, List<Sentence> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e <= s) {
            return;
        }
        List<Span> clauses = new ArrayList<>();
        int cs = s;
        for (int i = s; i <= e; i++) {
            if (i == e || text.charAt(i) == '،' || text.charAt(i) == '؛' || text.charAt(i) == ';') {
                if (i > cs) {
                    clauses.add(new Span(cs, i));
                }
                cs = i + 1;
            }
        }
        out.add(new Sentence(s, e, clauses));
    }
}
