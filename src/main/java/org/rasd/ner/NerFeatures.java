package org.rasd.ner;

import java.util.ArrayList;
import java.util.List;
import org.rasd.gazetteer.Gazetteer;
import org.rasd.gazetteer.NameKeys;
import org.rasd.gazetteer.PlaceLexicon;
import org.rasd.text.Affixes;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;
import org.tribuo.Feature;

/**
 * The features of each token of a sentence, for the tagger: the token as the text stage normalises it, its
 * clitic-stripped form (article dropped, as gazetteer keys are), its proclitics and enclitic, prefixes and
 * suffixes of the stripped form, the stripped forms of two neighbours on each side, gazetteer membership of the
 * token and of the two- and three-word phrases around it, the common-word, first-name and nationality lists of the
 * geocoder, and the head word or locative (heads.tsv, locatives.tsv) one or two tokens before it.
 */
final class NerFeatures {
    private final Gazetteer gaz;
    private final PlaceLexicon lex = PlaceLexicon.get();

    NerFeatures(Gazetteer gaz) {
        this.gaz = gaz;
    }

    /** One feature list per token. */
    List<List<Feature>> of(List<Token> toks) {
        int n = toks.size();
        String[] key = new String[n]; // clitic-stripped form, article dropped ("" when not a word)
        boolean[] head = new boolean[n];
        boolean[] locative = new boolean[n];
        String[] headKind = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            if (t.kind() != TokenKind.WORD) {
                key[i] = "";
                continue;
            }
            key[i] = key(t);
            for (String[] r : NameKeys.readings(NameKeys.fold(t.norm()))) {
                PlaceLexicon.Head h = lex.head(r[0]);
                if (h != null && !head[i]) {
                    head[i] = true;
                    headKind[i] = h.rural() ? "RURAL" : String.valueOf(h.kind());
                }
                if (lex.locative(r[0]) != null) {
                    locative[i] = true;
                }
            }
        }
        List<List<Feature>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            List<Feature> f = new ArrayList<>(32);
            add(f, "bias");
            add(f, "w=" + t.norm());
            if (t.kind() != TokenKind.WORD) {
                add(f, "k=" + t.kind());
            } else {
                String k = key[i];
                add(f, "s=" + k); // formFeature(t)
                if (NameKeys.fold(t.stem()).startsWith(Affixes.ARTICLE)) {
                    add(f, "al");
                }
                if (!t.proclitics().isEmpty()) {
                    add(f, "p=" + t.proclitics());
                }
                if (!t.enclitic().isEmpty()) {
                    add(f, "e=" + t.enclitic());
                }
                if (k.length() >= 3) {
                    add(f, "pre2=" + k.substring(0, 2));
                    add(f, "pre3=" + k.substring(0, 3));
                    add(f, "suf2=" + k.substring(k.length() - 2));
                    add(f, "suf3=" + k.substring(k.length() - 3));
                } else {
                    add(f, "short");
                }
                if (!k.isEmpty() && gaz.hasKey(k)) {
                    add(f, "gaz");
                }
                if (lex.isCommonWord(k)) {
                    add(f, "common");
                }
                if (lex.isFirstName(k)) {
                    add(f, "firstname");
                }
                if (lex.isCountryAdjective(k)) {
                    add(f, "nisba");
                }
                if (head[i]) {
                    add(f, "head");
                }
                phrase(f, key, i, 0, 2, "gaz2b");
                phrase(f, key, i, -1, 2, "gaz2e");
                phrase(f, key, i, 0, 3, "gaz3b");
                phrase(f, key, i, -1, 3, "gaz3m");
                phrase(f, key, i, -2, 3, "gaz3e");
            }
            for (int d = 1; d <= 2; d++) {
                add(f, "s-" + d + "=" + (i - d >= 0 ? form(toks.get(i - d), key[i - d]) : "<s>"));
                add(f, "s+" + d + "=" + (i + d < n ? form(toks.get(i + d), key[i + d]) : "</s>"));
                if (i - d >= 0 && head[i - d]) {
                    add(f, "head-" + d + "=" + headKind[i - d]);
                }
                if (i - d >= 0 && locative[i - d]) {
                    add(f, "loc-" + d);
                }
            }
            if (i + 1 < n && head[i + 1]) {
                add(f, "head+1");
            }
            out.add(f);
        }
        return out;
    }

    /** The clitic-stripped form of a word with its article dropped, as gazetteer keys are. */
    static String key(Token t) {
        return NameKeys.dropAl(NameKeys.fold(t.stem()));
    }

    /** The name of the stripped-form feature of a word (to ask whether the model knows the word). */
    static String formFeature(Token t) {
        return "s=" + key(t);
    }

    /** A neighbour as a context word: its stripped form, or its kind when not a word. */
    private static String form(Token t, String key) {
        return t.kind() == TokenKind.WORD ? key : t.kind() == TokenKind.PUNCT ? t.norm() : t.kind().name();
    }

    /** Whether the words {@code [i + from, i + from + len)} spell a gazetteer key. */
    private void phrase(List<Feature> f, String[] key, int i, int from, int len, String name) {
        int a = i + from;
        if (a < 0 || a + len > key.length) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < a + len; k++) {
            if (key[k].isEmpty()) {
                return;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(key[k]);
        }
        if (gaz.startsName(key[a]) && gaz.hasKey(sb.toString())) {
            add(f, name);
        }
    }

    private static void add(List<Feature> f, String name) {
        f.add(new Feature(name, 1.0));
    }
}
