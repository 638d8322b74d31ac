package org.rasd.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word table with a {@code form}, a {@code class} and a {@code gloss} column, read by {@link TsvTable}:
 * the normalized forms of each class, in file order. Asking for a class the table does not have fails,
 * naming the table, so a typo in a rule or a table is caught when the class loads.
 */
public final class WordClasses {
    private final String table;
    private final Map<String, List<String>> byClass;

    WordClasses(String table, Map<String, List<String>> byClass) {
        this.table = table;
        this.byClass = byClass;
    }

    /** Reads a {@code form class gloss} table of {@code org/rasd/text}; every row needs all three cells. */
    static WordClasses load(String table) {
        return resource(WordClasses.class, table);
    }

    /**
     * Reads a {@code form class gloss} table next to {@code owner} on the class path (header line first,
     * {@code #} comments), normalizing every form with {@link ArabicNormalizer} like the text. Every row
     * needs all three cells; a bad row fails naming its file and line. Check the table's forms with
     * {@link #problems(String, Match)} in a test.
     */
    public static WordClasses resource(Class<?> owner, String name) {
        Map<String, List<String>> by = new LinkedHashMap<>();
        String source = name;
        for (TsvTable.Row row : TsvTable.resource(owner, name, true, 0)) {
            source = row.source();
            String form = row.col(0);
            String cls = row.col(1);
            if (form.isEmpty() || cls.isEmpty() || row.col(2).isEmpty()) {
                throw row.error("expected form, class and gloss", null);
            }
            String norm = ArabicNormalizer.normalize(form).strip();
            List<String> forms = by.computeIfAbsent(cls, k -> new ArrayList<>());
            if (!forms.contains(norm)) {
                forms.add(norm);
            }
        }
        return new WordClasses(source.substring(source.lastIndexOf('/') + 1), by);
    }

    /** How a rule compares a list entry with the text. */
    public enum Match {
        /** equal to a whole token's normalized form (one-letter words allowed) */
        TOKEN,
        /** equal to one of a token's clitic-stripped stems (stems have at least two letters) */
        STEM,
        /** a prefix of a token's proclitics */
        PROCLITIC,
        /** a punctuation or symbol token */
        SYMBOL,
        /** a phrase matched word by word (each word a TOKEN) */
        PHRASE
    }

    /** A word a proclitic is tried on ("July"): the proclitic must come off it. */
    private static final String PROCLITIC_TEST_STEM = "\u062A\u0645\u0648\u0632";

    /**
     * Why {@code form}, compared with text as {@code match} says, can never match: an empty list when it
     * can. The form is normalized and tokenized like the text; an entry that is several tokens where one is
     * compared, only marks the normalizer drops, one letter where stems are compared, punctuation where a
     * word is expected, or a proclitic the tokenizer does not strip, never matches.
     */
    public static List<String> problems(String form, Match match) {
        List<String> out = new ArrayList<>();
        String norm = ArabicNormalizer.normalize(form).strip();
        if (norm.isEmpty()) {
            out.add("empty after normalization");
            return out;
        }
        if (match == Match.PHRASE) {
            for (String w : norm.split("\\s+")) {
                for (String p : problems(w, Match.TOKEN)) {
                    out.add("word " + w + ": " + p);
                }
            }
            return out;
        }
        if (match == Match.PROCLITIC) {
            List<Token> toks = Tokenizer.tokenize(form + PROCLITIC_TEST_STEM);
            if (toks.size() != 1 || !toks.get(0).proclitics().startsWith(norm)) {
                out.add("is not stripped as a proclitic");
            }
            return out;
        }
        List<Token> toks = Tokenizer.tokenize(form);
        if (toks.size() != 1) {
            out.add("is " + toks.size() + " tokens, so it never equals one token");
        } else if (match != Match.SYMBOL && toks.get(0).kind() != TokenKind.WORD) {
            out.add("is a " + toks.get(0).kind() + " token, not a word");
        } else if (!toks.get(0).norm().equals(norm)) {
            out.add("tokenizes to " + toks.get(0).norm() + ", not " + norm);
        } else if (match == Match.STEM && norm.length() < 2) {
            out.add("one letter: never a stem");
        }
        return out;
    }

    /** The normalized forms of {@code cls}, in file order. */
    public List<String> list(String cls) {
        List<String> l = byClass.get(cls);
        if (l == null) {
            throw new IllegalStateException(table + ": no rows of class " + cls);
        }
        return Collections.unmodifiableList(l);
    }

    /** The normalized forms of {@code cls} as a set (iteration in file order). */
    public Set<String> set(String cls) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(list(cls)));
    }

    /** The one form of a single-form class (the date table's {@code of}). */
    public String one(String cls) {
        List<String> l = list(cls);
        if (l.size() != 1) {
            throw new IllegalStateException(table + ": class " + cls + " should have one form, has " + l.size());
        }
        return l.get(0);
    }

    /** The classes of the table, in file order. */
    public Set<String> classes() {
        return Collections.unmodifiableSet(byClass.keySet());
    }
}
