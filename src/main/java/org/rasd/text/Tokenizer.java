package org.rasd.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into {@link Token}s (original offsets) and analyses Arabic clitics.
 *
 * <p>Words are maximal runs of letters of one script in the normalized text (so a letter + tatweel is a
 * one-letter word and tatweel, diacritics and bidi marks never break a word); numbers are digit runs in
 * any script with inner {@code , .} separators (Arabic decimal and thousands separators are normalized
 * to them); every other non-space character is a one-character PUNCT or SYMBOL token (a surrogate pair
 * is kept whole).
 *
 * <p>Clitic analysis ({@link #stems(String, boolean)}) lists lookup candidates, most specific first, all
 * normalized and at least 2 letters long: the whole word; without a conjunction; without a preposition
 * (preposition + article contracted is read back as the article); without the article (not when its
 * alef was written with hamza: then the alef is a root letter); finally without an enclitic pronoun when
 * no article was present, a feminine t before it read back as teh marbuta. The clitics are the classes
 * of {@code affixes.tsv}. The future prefix (sa-) is not stripped: it is far more often a root letter.
 * A single-letter proclitic is only stripped when at least 3 letters remain, and words listed in
 * {@code clitic-exceptions.tsv} are never stripped. Enclitic yeh is not stripped: in news text a final
 * yeh is nearly always a nisba adjective or part of the stem. Examples are in {@code TokenizerTest}.
 */
public final class Tokenizer {
    private static final Set<String> EXCEPTIONS = TextData.wordSet("clitic-exceptions.tsv");
    private static final String ARTICLE = Affixes.ARTICLE;
    private static final String LAM_ARTICLE = Affixes.LAM_ARTICLE;
    private static final List<String> ENCLITICS = Affixes.enclitics();
    /**
     * The exception words, and each of at least 3 letters with each enclitic pronoun appended: {@link #isException}
     * is one lookup in this set.
     */
    private static final Set<String> EXCEPTIONS_WITH_ENCLITICS = withEnclitics(EXCEPTIONS);

    private Tokenizer() {
    }

    /** Tokenizes {@code text} (normalizing it first). */
    public static List<Token> tokenize(String text) {
        return tokenize(ArabicNormalizer.normalizeWithOffsets(text));
    }

    /** Tokenizes an already normalized text; offsets are original offsets. */
    public static List<Token> tokenize(NormalizedText nt) {
        String n = nt.normalized();
        String original = nt.original();
        int len = n.length();
        List<Token> out = new ArrayList<>(Math.max(16, len / 5));
        int i = 0;
        while (i < len) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL) {
                i++;
                continue;
            }
            int s = i;
            TokenKind kind;
            if (Character.isLetter(c) && !Character.isSurrogate(c)) {
                boolean arabic = ArabicNormalizer.isArabicLetter(c);
                i++;
                while (i < len) {
                    char d = n.charAt(i);
                    if (Character.isLetter(d) && !Character.isSurrogate(d) && ArabicNormalizer.isArabicLetter(d) == arabic) {
                        i++;
                    } else if (!arabic && Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else {
                        break;
                    }
                }
                kind = arabic ? TokenKind.WORD : TokenKind.LATIN;
            } else if (Character.isDigit(c)) {
                i++;
                while (i < len) {
                    char d = n.charAt(i);
                    if (Character.isDigit(d)) {
                        i++;
                    } else if ((d == ',' || d == '.') && i + 1 < len && Character.isDigit(n.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                kind = TokenKind.NUMBER;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(n.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, n.charAt(i + 1));
                i += 2;
                kind = Character.isLetter(cp) ? TokenKind.LATIN : TokenKind.SYMBOL;
            } else {
                i++;
                kind = isPunct(c) ? TokenKind.PUNCT : TokenKind.SYMBOL;
            }
            int os = nt.originalStart(s);
            int oe = Math.max(os, nt.originalEnd(i));
            String norm = n.substring(s, i);
            String surface = original.substring(os, oe);
            if (kind == TokenKind.WORD) {
                char[] raw = new char[i - s];
                int[] map = nt.toOriginal();
                for (int k = s; k < i; k++) {
                    char oc = original.charAt(map[k]);
                    raw[k - s] = ArabicNormalizer.expand(oc) != null ? n.charAt(k) : oc;
                }
                Analysis a = analyse(norm, new String(raw));
                out.add(new Token(os, oe, surface, norm, a.stems, a.proclitics, a.enclitic, kind));
            } else {
                out.add(new Token(os, oe, surface, norm, List.of(norm), "", "", kind));
            }
        }
        return out;
    }

    static boolean isPunct(char c) {
        switch (Character.getType(c)) {
            case Character.OTHER_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return c == '«' || c == '»';
        }
    }

    /**
     * Lookup candidates for a normalized Arabic word, most specific first (see the class comment).
     * {@code encliticHehPossible} is false when the original word ended in teh marbuta, whose normalized
     * form (heh) must not be read as the pronoun heh.
     */
    public static List<String> stems(String normWord, boolean encliticHehPossible) {
        return analyse(normWord, encliticHehPossible ? null
                : normWord.substring(0, normWord.length() - 1) + ArabicNormalizer.TEH_MARBUTA).stems;
    }

    /** Lookup candidates of a raw (unnormalized) word: {@code stems(normalize(word), word does not end in teh marbuta)}. */
    public static List<String> stemsOf(String rawWord) {
        NormalizedText nt = ArabicNormalizer.normalizeWithOffsets(rawWord.strip());
        List<Token> toks = tokenize(nt);
        if (toks.size() == 1 && toks.get(0).kind() == TokenKind.WORD) {
            return toks.get(0).stems();
        }
        return List.of(nt.normalized());
    }

    record Analysis(List<String> stems, String proclitics, String enclitic) {
    }

    /**
     * Clitic analysis of normalized word {@code w}; {@code raw} (may be null) holds the original letter
     * behind each normalized one, to tell the article from a stem starting with a hamza alef and a final
     * teh marbuta from the pronoun heh.
     */
    static Analysis analyse(String w, String raw) {
        boolean encliticHehPossible = raw == null || raw.isEmpty() || raw.charAt(raw.length() - 1) != ArabicNormalizer.TEH_MARBUTA;
        List<String> stems = new ArrayList<>(4);
        stems.add(w);
        if (w.length() < 3) {
            return new Analysis(stems, "", "");
        }
        boolean exception = isException(w);
        String rest = w;
        StringBuilder pro = new StringBuilder();
        char c0 = rest.charAt(0);
        if (!exception && Affixes.isConjunction(c0) && rest.length() >= 4) {
            rest = rest.substring(1);
            pro.append(c0);
            stems.add(rest);
        }
        boolean article = false;
        if (!exception && !isException(rest)) {
            if (rest.startsWith(LAM_ARTICLE) && rest.length() >= 4) {
                stems.add(ARTICLE + rest.substring(LAM_ARTICLE.length()));
                rest = rest.substring(LAM_ARTICLE.length());
                stems.add(rest);
                pro.append(LAM_ARTICLE);
                article = true;
            } else {
                char p = rest.charAt(0);
                if (Affixes.isPreposition(p) && rest.length() >= 4) {
                    rest = rest.substring(1);
                    pro.append(p);
                    stems.add(rest);
                }
                if (rest.startsWith(ARTICLE) && rest.length() >= 4 && !EXCEPTIONS.contains(rest)
                        && plainAlef(raw, w.length() - rest.length())) {
                    rest = rest.substring(ARTICLE.length());
                    pro.append(ARTICLE);
                    stems.add(rest);
                    article = true;
                }
            }
        }
        String enclitic = "";
        if (!article && !rest.endsWith(Affixes.ENCLITIC_BLOCKER)) {
            for (String e : ENCLITICS) {
                boolean heh = e.equals(Affixes.HEH);
                if (rest.endsWith(e) && rest.length() - e.length() >= (heh ? 4 : 3) && (encliticHehPossible || !heh)) {
                    String base = rest.substring(0, rest.length() - e.length());
                    if (base.endsWith(Affixes.FEMININE_T)) {
                        // the teh marbuta written as t before the pronoun: both readings
                        stems.add(base);
                        base = base.substring(0, base.length() - Affixes.FEMININE_T.length()) + Affixes.HEH;
                    }
                    stems.add(base);
                    enclitic = e;
                    break;
                }
            }
        }
        return new Analysis(dedupe(stems), pro.toString(), enclitic);
    }

    /** An exception word, also with an enclitic pronoun. */
    static boolean isException(String x) {
        return EXCEPTIONS_WITH_ENCLITICS.contains(x);
    }

    private static Set<String> withEnclitics(Set<String> words) {
        Set<String> out = new java.util.HashSet<>(words);
        for (String w : words) {
            if (w.length() >= 3) {
                for (String e : ENCLITICS) {
                    out.add(w + e);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** {@link #isException} as a loop over the enclitics (the reference {@code TokenizerExceptionsTest} compares). */
    static boolean isExceptionByLoop(String x) {
        if (EXCEPTIONS.contains(x)) {
            return true;
        }
        for (String e : ENCLITICS) {
            if (x.endsWith(e) && x.length() - e.length() >= 3 && EXCEPTIONS.contains(x.substring(0, x.length() - e.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainAlef(String raw, int idx) {
        if (raw == null || idx >= raw.length()) {
            return true;
        }
        char c = raw.charAt(idx);
        return c == ArabicNormalizer.ALEF || c == ArabicNormalizer.ALEF_WASLA;
    }

    /** The stems of at least 2 letters, each once, as an unmodifiable list (which {@link Token} keeps uncopied). */
    private static List<String> dedupe(List<String> stems) {
        boolean clean = true;
        for (int i = 0; i < stems.size() && clean; i++) {
            String s = stems.get(i);
            clean = s.length() >= 2 && stems.lastIndexOf(s) == i;
        }
        if (clean) {
            return List.copyOf(stems);
        }
        List<String> out = new ArrayList<>(stems.size());
        for (String s : stems) {
            if (s.length() >= 2 && !out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
