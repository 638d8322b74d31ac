package org.rasd.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into {@link Sentence}s with clauses, all in original offsets.
 *
 * <p>Sentences end at a newline (so a headline line without final punctuation is its own sentence) and
 * after a run of {@code . ? !}, the Arabic question mark and full stop, or an ellipsis together with any closing quotes or brackets that follow. A period is
 * not a sentence end between digits (1.5), when a letter follows it directly (the AFP abbreviation written with periods, aawsat.com) or after a
 * one-letter word (an abbreviation such as the title "Dr." written as one letter). Clauses split a sentence at
 * Arabic and Latin commas and semicolons (a comma between digits
 * excepted) and at quotation marks {@code « » " “ ” „}; separators and surrounding spaces are not part of
 * a clause, and a clause must hold a letter or a digit.
 */
public final class SentenceSplitter {
    private static final char ARABIC_COMMA = '\u060C';
    private static final char ARABIC_SEMICOLON = '\u061B';
    private static final char ARABIC_QUESTION_MARK = '\u061F';

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        return split(ArabicNormalizer.normalizeWithOffsets(text));
    }

    public static List<Sentence> split(NormalizedText nt) {
        String n = nt.normalized();
        int len = n.length();
        List<Sentence> out = new ArrayList<>(Math.max(4, len / 80));
        int s = 0;
        int i = 0;
        while (i < len) {
            char c = n.charAt(i);
            if (c == '\n' || c == '\r') {
                add(nt, s, i, out);
                s = i + 1;
                i++;
            } else if (isTerminator(c) && (c != '.' || periodEnds(n, i))) {
                int j = i + 1;
                while (j < len && (isTerminator(n.charAt(j)) || isCloser(n.charAt(j)))) {
                    j++;
                }
                add(nt, s, j, out);
                s = j;
                i = j;
            } else {
                i++;
            }
        }
        add(nt, s, len, out);
        return out;
    }

    static boolean isTerminator(char c) {
        return c == '.' || c == ARABIC_QUESTION_MARK || c == '?' || c == '!' || c == '…' || c == '\u06D4';
    }

    private static boolean isCloser(char c) {
        return c == '»' || c == '”' || c == '"' || c == ')' || c == ']' || c == '\'' || c == '’' || c == '›';
    }

    private static boolean periodEnds(String n, int i) {
        int len = n.length();
        char next = i + 1 < len ? n.charAt(i + 1) : ' ';
        char prev = i > 0 ? n.charAt(i - 1) : ' ';
        if (Character.isDigit(prev) && Character.isDigit(next)) {
            return false;
        }
        if (Character.isLetter(next) && !Character.isSurrogate(next)) {
            return false; // abbreviations written with periods (AFP), domain names
        }
        if (Character.isLetter(prev) && !Character.isSurrogate(prev)) {
            char prev2 = i > 1 ? n.charAt(i - 2) : ' ';
            if (!Character.isLetter(prev2) || Character.isSurrogate(prev2)) {
                // one-letter word: an abbreviation (one Arabic letter + period) unless a newline or the end follows
                int j = i + 1;
                while (j < len && n.charAt(j) == ' ') {
                    j++;
                }
                return j >= len || n.charAt(j) == '\n' || n.charAt(j) == '\r';
            }
        }
        return true;
    }

    static boolean isClauseSeparator(String n, int i) {
        char c = n.charAt(i);
        switch (c) {
            case ARABIC_COMMA, ARABIC_SEMICOLON, ';', '«', '»', '"', '“', '”', '„':
                return true;
            case ',':
                return !(i > 0 && i + 1 < n.length() && Character.isDigit(n.charAt(i - 1)) && Character.isDigit(n.charAt(i + 1)));
            default:
                return false;
        }
    }

    private static void add(NormalizedText nt, int s, int e, List<Sentence> out) {
        String n = nt.normalized();
        while (s < e && isBlank(n.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(n.charAt(e - 1))) {
            e--;
        }
        if (e <= s) {
            return;
        }
        List<Span> clauses = new ArrayList<>(4);
        int cs = s;
        for (int i = s; i <= e; i++) {
            if (i == e || isClauseSeparator(n, i)) {
                addClause(nt, cs, i, clauses);
                cs = i + 1;
            }
        }
        int os = nt.originalStart(s);
        int oe = Math.max(os, nt.originalEnd(e));
        out.add(new Sentence(os, oe, clauses));
    }

    private static void addClause(NormalizedText nt, int s, int e, List<Span> clauses) {
        String n = nt.normalized();
        while (s < e && isBlank(n.charAt(s))) {
            s++;
        }
        while (e > s && (isBlank(n.charAt(e - 1)) || isTerminator(n.charAt(e - 1)))) {
            e--;
        }
        boolean content = false;
        for (int k = s; k < e && !content; k++) {
            content = Character.isLetterOrDigit(n.charAt(k));
        }
        if (!content) {
            return;
        }
        int os = nt.originalStart(s);
        clauses.add(new Span(os, Math.max(os, nt.originalEnd(e))));
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
