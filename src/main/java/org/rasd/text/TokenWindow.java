package org.rasd.text;

import java.util.List;

/** Index-safe views of a token list for the rule-based parsers (dates, numbers): null past either end. */
record TokenWindow(List<Token> toks, String text) {
    Token tok(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    /** Token {@code i} follows token {@code i-1} on the same line. */
    boolean joined(int i) {
        if (i <= 0 || i >= toks.size()) {
            return false;
        }
        for (int k = toks.get(i - 1).end(); k < toks.get(i).start(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Token {@code i} is the word {@code w} exactly (normalized). */
    boolean is(int i, String w) {
        Token t = tok(i);
        return t != null && t.kind() == TokenKind.WORD && t.norm().equals(w);
    }

    /** Token {@code i} is {@code w}, possibly with proclitics ("and yesterday", "by yesterday"). */
    boolean has(int i, String w) {
        Token t = tok(i);
        return t != null && t.kind() == TokenKind.WORD && t.stems().contains(w);
    }
}
