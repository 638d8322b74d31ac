package org.rasd.extract;

import java.util.List;
import java.util.Set;
import org.rasd.text.Affixes;
import org.rasd.text.Document;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/**
 * Places that only name the ends of a road («الطريق بين X وY», «الخط العام الذي يربط بين X وY», «طريق تعز المخاء»):
 * where the road runs, not where an event was, nor the town «the city» points back to. Works on the raw place layer,
 * so {@link PlaceAnnotator} can use it before the {@link Layers} exist. Cues are {@code words.tsv} rows (route,
 * route_link, between).
 */
final class RouteEnds {
    /** Road words: "the road between X and Y" names the road by its ends. */
    static final Set<String> ROUTES = Words.WORDS.set("route");
    /** Words that may stand between a road word and «بين»: «الطريق الذي يربط بين X وY», «الخط العام بين». */
    static final Set<String> ROUTE_LINKS = Words.WORDS.set("route_link");
    private static final String BETWEEN = Words.WORDS.one("between");

    private final Document doc;
    private final List<Token> toks;
    private final List<PlaceRef> places;

    RouteEnds(Document doc, List<PlaceRef> places) {
        this.doc = doc;
        this.toks = doc.tokens();
        this.places = places;
    }

    /** Index of the token containing {@code offset} (as {@link Layers#tokAt}). */
    private int tokAt(int offset) {
        int i = doc.firstTokenAtOrAfter(offset);
        if (i > 0 && toks.get(i - 1).end() > offset) {
            return i - 1;
        }
        return Math.min(i, Math.max(0, toks.size() - 1));
    }

    /**
     * Whether {@code p} names an end of a road: it follows «بين» right after a road word, with only names, heads,
     * «و» or a dash between; or two places right after a road word name it ({@link #roadName}); or it is joined by
     * «و» to such an end a few tokens before («بين مدينة المخاء، غرب تعز، ومحافظة الحديدة»).
     */
    boolean routeEnd(PlaceRef p) {
        int t = tokAt(p.start());
        Boolean between = afterBetween(t);
        if (Boolean.TRUE.equals(between)) {
            return true;
        }
        if (between == null && roadName(t)) {
            return true;
        }
        return joinedToEnd(t);
    }

    /**
     * Whether token {@code t} follows «بين» right after a road word (true), follows «بين» after no road word or a
     * punctuation mark comes first (false), or neither within seven tokens (null).
     */
    private Boolean afterBetween(int t) {
        for (int k = t - 1; k >= Math.max(0, t - 7); k--) {
            Token tok = toks.get(k);
            if (tok.kind() == TokenKind.PUNCT && !tok.norm().equals("-")) {
                return false;
            }
            if (tok.norm().equals(BETWEEN)) {
                // «الطريق بين», «الطريق X بين», «الخط العام الذي يربط بين»
                int r = k - 1;
                for (int n = 0; r >= 0 && n < 4 && Words.anyKey(toks.get(r), ROUTE_LINKS); n++) {
                    r--;
                }
                return (r >= 0 && Words.anyKey(toks.get(r), ROUTES))
                        || (k >= 2 && Words.anyKey(toks.get(k - 2), ROUTES));
            }
        }
        return null;
    }

    /** Tokens back from a place joined by «و» searched for the first end of a road. */
    static final int JOIN_WINDOW = 8;
    /** «وفي X»: a locative after «و» opens a new place phrase, not the road's second end. */
    static final Set<String> LOCATIVES = Words.WORDS.set("locative");

    /**
     * Whether the place at token {@code t} carries «و» (or its head does: «ومحافظة الحديدة», not a locative: «وفي
     * X») and a place up to {@value #JOIN_WINDOW} tokens before follows «بين» after a road word.
     */
    private boolean joinedToEnd(int t) {
        boolean and = toks.get(t).proclitics().contains(Affixes.AND);
        if (!and && t > 0) {
            Token head = toks.get(t - 1);
            and = head.kind() == TokenKind.WORD && head.proclitics().contains(Affixes.AND)
                    && !Words.anyKey(head, LOCATIVES);
        }
        if (!and) {
            return false;
        }
        for (PlaceRef q : places) {
            int qt = tokAt(q.start());
            if (qt < t && qt >= t - JOIN_WINDOW && Boolean.TRUE.equals(afterBetween(qt))) {
                return true;
            }
        }
        return false;
    }

    /**
     * «طريق تعز المخاء», «طريق X - Y»: two places right after a road word (a dash between allowed) name the road by
     * its ends; a single one («طريق العريش الساحلي») is where the road runs, and may be the scene.
     */
    private boolean roadName(int t) {
        PlaceRef prev = placeEndingBefore(t);
        if (prev != null) {
            return roadWordBefore(tokAt(prev.start())); // the second end
        }
        if (!roadWordBefore(t)) {
            return false;
        }
        for (PlaceRef q : places) {
            if (tokAt(q.start()) > t && placeEndingBefore(tokAt(q.start())) != null
                    && tokAt(placeEndingBefore(tokAt(q.start())).start()) == t) {
                return true; // the first end, another place follows
            }
        }
        return false;
    }

    /** The place whose last token is right before token {@code t} (a dash between allowed), or null. */
    private PlaceRef placeEndingBefore(int t) {
        int k = t - 1;
        if (k >= 0 && toks.get(k).norm().equals("-")) {
            k--;
        }
        for (PlaceRef q : places) {
            if (k >= 0 && tokAt(q.start()) < t && tokAt(q.end() - 1) == k) {
                return q;
            }
        }
        return null;
    }

    /** Whether the token before {@code t} is a road word (without «and»). */
    private boolean roadWordBefore(int t) {
        if (t < 1) {
            return false;
        }
        Token r = toks.get(t - 1);
        return r.kind() == TokenKind.WORD && Words.anyKey(r, ROUTES) && !r.proclitics().contains(Affixes.AND);
    }

}
