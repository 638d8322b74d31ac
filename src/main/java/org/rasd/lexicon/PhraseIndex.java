package org.rasd.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** Patterns by their first word's key; a first word marked {@link #EXACT} is in {@link #byFirstExact}. */
    private final Map<String, List<Pattern<T>>> byFirst = new HashMap<>();
    /** Patterns whose first word must match as written, by that word without the mark. */
    private final Map<String, List<Pattern<T>>> byFirstExact = new HashMap<>();
    private final Map<String, Pattern<T>> byPhrase = new HashMap<>();
    private int size;
    private final boolean wholeWords;
    /**
     * Bit filters over the {@link String#hashCode()} of the keys of {@link #byFirst} and {@link #byFirstExact} (no
     * false negatives): a token's key, and each of its forms with a suffix removed, is hashed as a prefix of the
     * stem and looked up only when its bit is set, so most words build no substring.
     */
    private static final int FILTER_BITS = 1 << 16;
    private final long[] firstFilter = new long[FILTER_BITS / 64];
    private final long[] exactFilter = new long[FILTER_BITS / 64];
    /** {@link #firstFilter} or {@link #exactFilter}: the one test a token's {@link Probes} pass before any lookup. */
    private final long[] anyFilter = new long[FILTER_BITS / 64];

    private static int bit(int h) {
        return (h ^ h >>> 16) & (FILTER_BITS - 1);
    }

    private static void set(long[] bits, int h) {
        int b = bit(h);
        bits[b >>> 6] |= 1L << b;
    }

    private static boolean test(long[] bits, int h) {
        int b = bit(h);
        return (bits[b >>> 6] & 1L << b) != 0;
    }

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
            if (words[0].endsWith(EXACT)) {
                String w = words[0].substring(0, words[0].length() - EXACT.length());
                byFirstExact.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
                set(exactFilter, w.hashCode());
                set(anyFilter, w.hashCode());
            } else {
                byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
                set(firstFilter, words[0].hashCode());
                set(anyFilter, words[0].hashCode());
            }
        }
        p.values().add(value);
        size++;
    }

    public int size() {
        return size;
    }

    /** Suffixes removable from a three-letter stem: verb and plural endings, not the feminine nisba or pronouns. */
    static final Set<String> SHORT_STEM_SUFFIXES = Affixes.shortStemSuffixes();

    /** The last letters of the non-empty {@link #SUFFIXES}, and for each the indexes of those ending in it. */
    private static final char[] SUFFIX_LAST;
    private static final int[][] SUFFIX_BY_LAST;
    private static final int[] NO_SUFFIX = new int[0];

    static {
        Map<Character, List<Integer>> by = new java.util.LinkedHashMap<>();
        for (int s = 1; s < SUFFIXES.size(); s++) {
            String suf = SUFFIXES.get(s);
            if (!suf.isEmpty()) {
                by.computeIfAbsent(suf.charAt(suf.length() - 1), c -> new ArrayList<>()).add(s);
            }
        }
        SUFFIX_LAST = new char[by.size()];
        SUFFIX_BY_LAST = new int[by.size()][];
        int j = 0;
        for (Map.Entry<Character, List<Integer>> e : by.entrySet()) {
            SUFFIX_LAST[j] = e.getKey();
            SUFFIX_BY_LAST[j++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Indexes (ascending) of the non-empty suffixes ending in {@code last}: the only ones that can come off a word
     * ending in it.
     */
    private static int[] suffixesEndingIn(char last) {
        for (int j = 0; j < SUFFIX_LAST.length; j++) {
            if (SUFFIX_LAST[j] == last) {
                return SUFFIX_BY_LAST[j];
            }
        }
        return NO_SUFFIX;
    }

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

    /**
     * Greedy, longest-first, non-overlapping matches over the tokens. The same matches as probing each token's
     * {@link #keys} (or {@link #wholeWordKeys}) in their order, without building those sets: the first word is
     * looked up key by key, the further words are tested against a token directly ({@link #hasKey}).
     */
    public List<Match<T>> findAll(List<Token> tokens) {
        return findAll(tokens, probes(tokens));
    }

    /**
     * {@link #findAll(List)} with the tokens' {@link Probes} computed once for several indexes: a token none of whose
     * probe hashes passes this index's filter is skipped before any per-stem work (it would probe nothing). With
     * {@code probes} null no token is skipped (the reference the tests compare with).
     */
    public List<Match<T>> findAll(List<Token> tokens, Probes probes) {
        if (probes != null && probes.size() != tokens.size()) {
            throw new IllegalArgumentException("probes of " + probes.size() + " tokens for " + tokens.size());
        }
        List<Match<T>> out = new ArrayList<>();
        int[] prefixHash = new int[32];
        boolean suffixes = !wholeWords;
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (probes != null && !probes.mayStart(i, anyFilter, firstFilter, suffixes)) {
                i++;
                continue;
            }
            Token t = tokens.get(i);
            Pattern<T> best = null;
            if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
                String norm = t.norm();
                best = norm.endsWith(EXACT)
                        ? probe(byFirstExact.get(norm.substring(0, norm.length() - EXACT.length())), tokens, i, best)
                        : probe(byFirst.get(norm), tokens, i, best);
            } else {
                boolean exactOk = t.enclitic().isEmpty();
                for (String stem : t.stems()) {
                    // the probes of keys(t): the key k (the stem after its article), the stem, k marked exact, k
                    // with a suffix removed; each hashed as a prefix of the stem and probed only past the filter
                    int off = keyOffset(stem);
                    int kl = stem.length() - off;
                    prefixHash = prefixHashes(stem, off, kl, prefixHash);
                    int h = prefixHash[kl];
                    String k = null;
                    if (test(firstFilter, h)) {
                        k = key(stem);
                        best = probe(byFirst.get(k), tokens, i, best);
                    }
                    if (test(firstFilter, stem.hashCode())) {
                        best = probe(byFirst.get(stem), tokens, i, best);
                    }
                    if ((exactOk || stem.endsWith(t.enclitic())) && test(exactFilter, h)) {
                        best = probe(byFirstExact.get(k != null ? k : key(stem)), tokens, i, best);
                    }
                    if (suffixes && kl > 0) {
                        for (int s : suffixesEndingIn(stem.charAt(stem.length() - 1))) {
                            String suf = SUFFIXES.get(s);
                            if (stripsAt(stem, off, suf) && test(firstFilter, prefixHash[kl - suf.length()])) {
                                best = probe(byFirst.get(stem.substring(off, stem.length() - suf.length())), tokens, i, best);
                            }
                        }
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

    /** The probe hashes of each token of a list, for {@link #findAll(List, Probes)}; computed by {@link #probes}. */
    public static final class Probes {
        /**
         * Token {@code i}'s key and stem hashes are {@code hashes[bounds[2i] .. bounds[2i+1])}, its suffix-stripped
         * ones {@code hashes[bounds[2i+1] .. bounds[2i+2])}.
         */
        private final int[] bounds;
        private final int[] hashes;
        /** Tokens always looked up (punctuation and symbols, matched by their {@code norm}). */
        private final boolean[] always;

        private Probes(int[] bounds, int[] hashes, boolean[] always) {
            this.bounds = bounds;
            this.hashes = hashes;
            this.always = always;
        }

        int size() {
            return bounds.length / 2;
        }

        /**
         * Whether token {@code i} may start a phrase: one of its key and stem hashes passes {@code any}, or (with
         * suffixes) one of its suffix-stripped hashes passes {@code first}. False only when {@link #findAll} would
         * probe nothing for it.
         */
        boolean mayStart(int i, long[] any, long[] first, boolean suffixes) {
            if (always[i]) {
                return true;
            }
            int s = bounds[2 * i];
            int m = bounds[2 * i + 1];
            for (int j = s; j < m; j++) {
                if (test(any, hashes[j])) {
                    return true;
                }
            }
            if (suffixes) {
                int e = bounds[2 * i + 2];
                for (int j = m; j < e; j++) {
                    if (test(first, hashes[j])) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The hashes {@link #findAll} tests its filters with, per token: for each stem its key's and its own
     * {@link String#hashCode()}, then the key's prefixes left by each suffix that comes off it ({@link #stripsAt}).
     * Computed once per token list for all indexes.
     */
    public static Probes probes(List<Token> tokens) {
        int n = tokens.size();
        int[] bounds = new int[2 * n + 1];
        boolean[] always = new boolean[n];
        int[] hashes = new int[Math.max(16, n * 4)];
        int[] prefixHash = new int[32];
        int len = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
                always[i] = true;
                bounds[2 * i] = len;
                bounds[2 * i + 1] = len;
                continue;
            }
            List<String> stems = t.stems();
            int ns = stems.size();
            if (hashes.length < len + 2 * ns) {
                hashes = Arrays.copyOf(hashes, 2 * (len + 2 * ns));
            }
            bounds[2 * i] = len;
            for (int si = 0; si < ns; si++) {
                String stem = stems.get(si);
                int off = keyOffset(stem);
                int h = 0;
                for (int m = off; m < stem.length(); m++) {
                    h = 31 * h + stem.charAt(m);
                }
                hashes[len++] = h;
                hashes[len++] = stem.hashCode();
            }
            bounds[2 * i + 1] = len;
            for (int si = 0; si < ns; si++) {
                String stem = stems.get(si);
                int off = keyOffset(stem);
                int kl = stem.length() - off;
                if (kl == 0) {
                    continue;
                }
                int[] sufs = suffixesEndingIn(stem.charAt(stem.length() - 1));
                if (sufs.length == 0) {
                    continue;
                }
                prefixHash = prefixHashes(stem, off, kl, prefixHash);
                for (int s : sufs) {
                    String suf = SUFFIXES.get(s);
                    if (stripsAt(stem, off, suf)) {
                        if (hashes.length <= len) {
                            hashes = Arrays.copyOf(hashes, 2 * len + 8);
                        }
                        hashes[len++] = prefixHash[kl - suf.length()];
                    }
                }
            }
        }
        bounds[2 * n] = len;
        return new Probes(bounds, hashes, always);
    }

    /**
     * {@link String#hashCode()} of every prefix of {@code stem.substring(off)} without making the strings: entry m holds
     * the hash of its first m letters (entry kl the whole key's). Returns {@code buf}, or a larger array when it is short.
     */
    private static int[] prefixHashes(String stem, int off, int kl, int[] buf) {
        int[] out = buf.length <= kl ? new int[kl + 16] : buf;
        int h = 0;
        for (int m = 0; m < kl; m++) {
            out[m] = h;
            h = 31 * h + stem.charAt(off + m);
        }
        out[kl] = h;
        return out;
    }

    private Pattern<T> probe(List<Pattern<T>> cands, List<Token> tokens, int i, Pattern<T> best) {
        if (cands == null) {
            return best;
        }
        for (Pattern<T> p : cands) {
            if ((best == null || p.words().length > best.words().length) && matchesAt(p, tokens, i)) {
                best = p;
            }
        }
        return best;
    }

    /**
     * Whether a suffix comes off the key {@code w.substring(off)}, leaving a stem long enough (see {@link #keys}),
     * without building the substring.
     */
    private static boolean stripsAt(String w, int off, String suf) {
        int kl = w.length() - off;
        int sl = suf.length();
        return (sl == 0 || kl > sl && w.charAt(w.length() - 1) == suf.charAt(sl - 1)) && (sl == 0 || w.endsWith(suf))
                && (kl - sl >= 4 || kl - sl == 3 && SHORT_STEM_SUFFIXES.contains(suf));
    }

    private boolean matchesAt(Pattern<T> p, List<Token> tokens, int i) {
        String[] words = p.words();
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int j = 1; j < words.length; j++) {
            if (!hasKey(tokens.get(i + j), words[j], !wholeWords)) {
                return false;
            }
        }
        return true;
    }

    /** {@code keys(t, suffixes).contains(w)}, without building the set. */
    static boolean hasKey(Token t, String w, boolean suffixes) {
        if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
            return t.norm().equals(w);
        }
        for (String stem : t.stems()) {
            int off = keyOffset(stem);
            int klen = stem.length() - off;
            if (stem.equals(w) || w.length() == klen && stem.startsWith(w, off)) {
                return true; // the stem, or its key
            }
            if (w.length() == klen + EXACT.length() && w.endsWith(EXACT) && stem.regionMatches(off, w, 0, klen)
                    && (t.enclitic().isEmpty() || stem.endsWith(t.enclitic()))) {
                return true;
            }
            if (suffixes && w.length() < klen && stem.startsWith(w, off)) {
                // the rest of the stem after w is one of SUFFIXES that comes off its key (no substring built)
                int sl = klen - w.length();
                for (String suf : SUFFIXES) {
                    if (suf.length() == sl && stem.endsWith(suf) && stripsAt(stem, off, suf)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where {@link #key} starts in a word: after a leading article when enough remains. */
    private static int keyOffset(String w) {
        return w.length() >= 4 && w.startsWith(Affixes.ARTICLE) ? Affixes.ARTICLE.length() : 0;
    }
}
