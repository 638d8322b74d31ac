package org.rasd.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.text.Affixes;
import org.rasd.text.ArabicNormalizer;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/**
 * Matches multi-word Arabic phrases against tokens, clitic- and inflection-tolerant: a token matches a
 * phrase word when one of its stems, with or without the article and with or without a common suffix
 * (plural, dual, feminine, pronoun and verb endings: the {@code phrase_suffix} class of
 * {@code org/rasd/text/affixes.tsv}), equals the word's key. Matching is greedy, longest phrase first,
 * non-overlapping.
 *
 * @param <T> what a phrase maps to (several values may share one phrase)
 */
public final class PhraseIndex<T> {
    /** Suffixes a token may carry beyond the lexicon form (normalized: teh marbuta is heh), none first. */
    static final List<String> SUFFIXES = suffixes();

    private record Pattern<T>(String[] words, List<T> values) {
    }

    /** A match over tokens {@code [first, last]} (inclusive token indexes). */
    public record Match<T>(int first, int last, List<T> values) {
    }

    private final Map<String, List<Pattern<T>>> byFirst = new HashMap<>();
    private final Map<String, Pattern<T>> byPhrase = new HashMap<>();
    private int size;
    private final boolean wholeWords;

    /** Inflection-tolerant: a token matches a word with a common suffix added. */
    public PhraseIndex() {
        this(false);
    }

    /**
     * @param wholeWords when true a token matches a phrase word only as a whole word (clitics aside, no suffix
     *                   removed): "لولاية" is not "لولا", "الحالي" is not "حال"
     */
    public PhraseIndex(boolean wholeWords) {
        this.wholeWords = wholeWords;
    }

    /** Adds a phrase (any spelling: it is normalized and split on spaces). */
    public void add(String phrase, T value) {
        String raw = phrase.trim();
        boolean exact = raw.endsWith("=");
        if (exact) {
            raw = raw.substring(0, raw.length() - 1);
        }
        String[] words = ArabicNormalizer.normalize(raw).trim().split("[\\s\\u00A0]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        for (int i = 0; i < words.length; i++) {
            words[i] = key(words[i]);
        }
        if (exact) {
            words[words.length - 1] = words[words.length - 1] + EXACT;
        }
        String id = String.join(" ", words);
        Pattern<T> p = byPhrase.get(id);
        if (p == null) {
            p = new Pattern<>(words, new ArrayList<>());
            byPhrase.put(id, p);
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
        }
        p.values().add(value);
        size++;
    }

    public int size() {
        return size;
    }

    /** Suffixes removable from a three-letter stem: verb and plural endings, not the feminine nisba or pronouns. */
    static final Set<String> SHORT_STEM_SUFFIXES = Affixes.shortStemSuffixes();

    private static List<String> suffixes() {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(Affixes.phraseSuffixes());
        return List.copyOf(out);
    }

    /** Marks a key that must match a token stem as written, with no suffix removed. */
    static final String EXACT = "=";

    /** The lookup key of a normalized word: without a leading article when enough remains. */
    public static String key(String w) {
        if (w.length() >= 4 && w.startsWith(Affixes.ARTICLE)) {
            return w.substring(Affixes.ARTICLE.length());
        }
        return w;
    }

    /** All keys a token can match: its stems, without the article, with a suffix removed. */
    public static Set<String> keys(Token t) {
        return keys(t, true);
    }

    /** The keys a token matches as a whole word: its stems, with and without ال, no suffix removed. */
    public static Set<String> wholeWordKeys(Token t) {
        return keys(t, false);
    }

    private static Set<String> keys(Token t, boolean suffixes) {
        Set<String> out = new LinkedHashSet<>();
        if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
            out.add(t.norm());
            return out;
        }
        for (String stem : t.stems()) {
            String k = key(stem);
            for (String suf : SUFFIXES) {
                if (suf.isEmpty()) {
                    out.add(k);
                    out.add(stem);
                    if (t.enclitic().isEmpty() || stem.endsWith(t.enclitic())) {
                        out.add(k + EXACT); // "its control" (noun + pronoun) is not the verb "it controlled"
                    }
                } else if (suffixes && k.endsWith(suf) && (k.length() - suf.length() >= 4
                        || k.length() - suf.length() == 3 && SHORT_STEM_SUFFIXES.contains(suf))) {
                    out.add(k.substring(0, k.length() - suf.length()));
                }
            }
        }
        return out;
    }

    /** Greedy, longest-first, non-overlapping matches over the tokens. */
    public List<Match<T>> findAll(List<Token> tokens) {
        List<Set<String>> keys = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            keys.add(wholeWords ? wholeWordKeys(t) : keys(t));
        }
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Pattern<T> best = null;
            for (String k : keys.get(i)) {
                List<Pattern<T>> cands = byFirst.get(k);
                if (cands == null) {
                    continue;
                }
                for (Pattern<T> p : cands) {
                    if ((best == null || p.words().length > best.words().length) && matchesAt(p, keys, i)) {
                        best = p;
                    }
                }
            }
            if (best != null) {
                out.add(new Match<>(i, i + best.words().length - 1, best.values()));
                i += best.words().length;
            } else {
                i++;
            }
        }
        return out;
    }

    private static <T> boolean matchesAt(Pattern<T> p, List<Set<String>> keys, int i) {
        if (i + p.words().length > keys.size()) {
            return false;
        }
        for (int j = 1; j < p.words().length; j++) {
            if (!keys.get(i + j).contains(p.words()[j])) {
                return false;
            }
        }
        return true;
    }
}
