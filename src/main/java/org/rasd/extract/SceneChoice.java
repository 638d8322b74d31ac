package org.rasd.extract;

import java.util.List;
import java.util.Set;
import org.rasd.text.Affixes;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/**
 * The mechanisms {@link PlaceArgument} uses to tell a frame's scenes from its reference places (issues 9 and 10): the
 * members of a list of places, a district that holds a finer place, where a report's source sits, a place opening its
 * clause, a near word that places another conjunct.
 */
final class SceneChoice {
    private final Layers l;

    SceneChoice(Layers l) {
        this.l = l;
    }

    /** How far (km) from a place of precision 2 (a district, a town's surroundings) a finer place may lie and be in it. */
    private static final double AREA_KM = 30;

    /**
     * Whether a more precise place of {@code ps} lies within {@value #AREA_KM} km of the district or surroundings
     * {@code p} (same country): then {@code p} only says where that place lies.
     */
    static boolean containsFiner(PlaceRef p, List<PlaceRef> ps) {
        for (PlaceRef q : ps) {
            org.rasd.model.Location a = q.location();
            org.rasd.model.Location b = p.location();
            if (q.precision() < p.precision() && java.util.Objects.equals(a.country(), b.country()) && (a.lat() == null
                    || b.lat() == null || org.rasd.gazetteer.Place.distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) <= AREA_KM)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a compass or near word stands right before {@code p} (one or two tokens): it is a reference point. */
    boolean placedBy(PlaceRef p) {
        int tok = l.tokAt(p.start());
        for (int k = tok - 1; k >= Math.max(0, tok - 2); k--) {
            Token t = l.toks.get(k);
            if (t.kind() != TokenKind.WORD) {
                return false;
            }
            if (Words.anyKey(t, PlaceArgument.DIRECTIONS) || Words.near(t)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens between two places of one list («قضاء بلدروز والمقدادية», «منطقتي دار سعد والعلم»), «and» included. */
    private static final int LIST_GAP = 2;
    /** The commas a list may hold between its members. */
    private static final Set<String> COMMAS = Set.of("،", ",");

    /**
     * Whether {@code p} and another place of {@code ps} are members of one list: the later one follows the earlier
     * within {@value #LIST_GAP} tokens (a head word like «ومنطقة»), an «and» on the later one or a token between, and no
     * punctuation but a comma between them.
     */
    boolean listed(PlaceRef p, List<PlaceRef> ps) {
        for (PlaceRef q : ps) {
            if (q.key().equals(p.key())) {
                continue;
            }
            PlaceRef a = q.start() < p.start() ? q : p;
            PlaceRef b = a == q ? p : q;
            int from = l.tokAt(a.end() - 1) + 1;
            int to = l.tokAt(b.start());
            if (to < from || to - from > LIST_GAP) {
                continue;
            }
            boolean and = false;
            boolean clean = true;
            for (int k = from; k <= to; k++) {
                Token t = l.toks.get(k);
                if (t.kind() == TokenKind.PUNCT && !COMMAS.contains(t.surface())) {
                    clean = false;
                }
                and |= t.proclitics().startsWith(Affixes.AND);
            }
            if (and && clean) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a report's source: «مصادر محلية في مدينة X», «سكان في X» place the source, not the event. */
    private static final Set<String> SOURCE_NOUNS = Words.WORDS.set("source_noun");
    /** Tokens searched back from a place for a source noun (no punctuation or «that» between). */
    private static final int SOURCE_WINDOW = 4;

    /** Whether {@code p} says where a report's source is: a source noun up to four tokens before it, nothing but words between. */
    boolean sourcePlace(PlaceRef p) {
        int tok = l.tokAt(p.start());
        for (int k = tok - 1; k >= Math.max(0, tok - SOURCE_WINDOW); k--) {
            Token t = l.toks.get(k);
            if (t.kind() != TokenKind.WORD || SceneFilter.SPEECH_OPENERS.contains(t.norm())) {
                return false;
            }
            if (Words.anyKey(t, SOURCE_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code p} opens its clause after a locative word: «وفي لحج، ...» at a sentence's or clause's head. */
    boolean opensClause(PlaceRef p) {
        int t = l.tokAt(p.start());
        if (t < 1) {
            return false;
        }
        Token prep = l.toks.get(t - 1);
        String bare = prep.norm().startsWith(Affixes.AND) ? prep.norm().substring(Affixes.AND.length()) : prep.norm();
        if (!SceneFilter.LOCATIVES.contains(bare) && !Words.anyKey(prep, SceneFilter.LOCATIVES)) {
            return false; // «وفي» is «في» after «and»
        }
        if (t < 2) {
            return true;
        }
        Token before = l.toks.get(t - 2);
        return before.kind() == TokenKind.PUNCT
                || l.doc.text().substring(before.end(), l.toks.get(t - 1).start()).indexOf('\n') >= 0;
    }

    /**
     * Whether a word joined by «and» stands from token {@code from} up to (not including) the near word at {@code to}:
     * «مدن حلب وعين العرب وحقول ألغام قريبة من مدينة الرقة»: the near word places the minefields, another conjunct, and
     * ties the place after it to no place before.
     */
    boolean conjunctBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = l.toks.get(k);
            if (t.kind() == TokenKind.WORD && t.proclitics().startsWith(Affixes.AND)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code kept} without the mentions of the {@code anchors} (places the frame uses to place another) that open their
     * clause: «وفي لحج دارت اشتباكات ... قرب منطقة المسيمير شمال لحج» (not «الملعب في قعطبة، وقرية المعزوب شمال قعطبة»).
     */
    List<PlaceRef> withoutAnchors(List<PlaceRef> kept, Set<String> anchors) {
        List<PlaceRef> placed = new java.util.ArrayList<>();
        for (PlaceRef p : kept) {
            if (!anchors.contains(p.key()) || !opensClause(p)) {
                placed.add(p);
            }
        }
        return placed;
    }
}
