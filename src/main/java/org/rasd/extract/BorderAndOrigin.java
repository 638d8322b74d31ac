package org.rasd.extract;

import java.util.List;
import java.util.Set;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/**
 * Places named for what they are next to rather than where an event was: what lies across a border («الحدود مع X»),
 * which gives way to the scene or to the near side of the border, and a person's hometown («من أبناء مدينة X»).
 * Cues are {@code words.tsv} rows (border_ref, border_filler, hometown, hometown_after).
 */
final class BorderAndOrigin {
    private final Layers l;

    BorderAndOrigin(Layers l) {
        this.l = l;
    }

    /** Border words: «على الحدود مع X», «حتى حدود X» name X as what lies across the border. */
    static final Set<String> BORDER_REFS = Words.WORDS.set("border_ref");
    /** «مع» between a border word and the country it borders. */
    static final Set<String> BORDER_FILLERS = Words.WORDS.set("border_filler");
    /** Cues before a place that make it a person's hometown: «من أبناء مدينة X», «ينحدر من X». */
    static final Set<String> HOMETOWN = Words.WORDS.set("hometown");
    /** Cues right after a place that make it a person's hometown: «من مدينة X يدعى علي». */
    static final Set<String> HOMETOWN_AFTER = Words.WORDS.set("hometown_after");
    /** Tokens before a place searched for a hometown word (no punctuation between). */
    static final int HOMETOWN_WINDOW = 3;

    /**
     * The sentence's scene places without those named only as what lies across a border («قتل في انفجار في قطاع رفح
     * على الحدود مع قطاع غزة»: Gaza is the reference, Rafah the scene), when another scene remains.
     */
    List<PlaceRef> withoutBorderRefs(List<PlaceRef> places, int t0, int t1) {
        List<PlaceRef> kept = new java.util.ArrayList<>(places.size());
        List<PlaceRef> sides = new java.util.ArrayList<>();
        List<PlaceRef> crossed = new java.util.ArrayList<>();
        for (PlaceRef p : places) {
            if (!borderRef(p)) {
                kept.add(p);
            } else {
                PlaceRef side = borderSide(p, places, t0, t1);
                if (side != null) {
                    sides.add(side);
                    crossed.add(p);
                }
            }
        }
        if (!sides.isEmpty() && kept.stream().allMatch(p -> sameCountry(p, sides) || sameCountry(p, crossed))) {
            // «قتل جندي تركي في اشتباكات عبر الحدود مع سوريا»: the Turkish side of the border, not Syria's centroid
            // (only when the sentence names no other scene than that country itself)
            return sides;
        }
        return kept.isEmpty() || kept.size() == places.size() ? places : kept;
    }

    /** Whether {@code p} is the country itself of one of the border sides {@code sides}. */
    private static boolean sameCountry(PlaceRef p, List<PlaceRef> sides) {
        String id = p.location().gazetteerId();
        return id != null && id.startsWith("cty:")
                && sides.stream().anyMatch(s -> s.location().country().equals(p.location().country()));
    }

    /** How far (km) the region of the near side may lie from the bordered country's point. */
    private static final double BORDER_SIDE_KM = 600;

    /**
     * The near side of a border: for a country {@code x} named as what lies across the border, the region of the other
     * country the sentence names (a country place named as where something happened, else the first nationality word
     * of another country whose people were hit: {@link #hit}) nearest to {@code x} (country-regions.tsv), or null when there is none or it lies far
     * away.
     */
    private PlaceRef borderSide(PlaceRef x, List<PlaceRef> places, int t0, int t1) {
        org.rasd.model.Location xl = x.location();
        String xid = xl.gazetteerId();
        if (xid == null || !xid.startsWith("cty:") || xl.lat() == null || xl.country() == null) {
            return null;
        }
        Token first = l.toks.get(l.tokAt(x.start()));
        if (l.lex.nationalityAdjective(first) != null && !l.lex.countryNameOrAdjective(first)) {
            return null; // «الحدود التركية - السورية»: adjectives, no side is named
        }
        String other = null;
        for (PlaceRef q : places) {
            String qid = q.location().gazetteerId();
            if (q != x && qid != null && qid.startsWith("cty:") && !xl.country().equals(q.location().country())
                    && sameClause(l.tokAt(q.start()), l.tokAt(x.start()))
                    && (inside(q) || hit(l.tokAt(q.start()), t0, t1))) {
                other = q.location().country();
                break;
            }
        }
        for (int k = t0; other == null && k < t1 && k < l.toks.size(); k++) {
            Token t = l.toks.get(k);
            String iso = t.kind() == TokenKind.WORD ? l.lex.demonym(t) : null;
            if (iso != null && !iso.equals(xl.country()) && sameClause(k, l.tokAt(x.start())) && hit(k, t0, t1)) {
                other = iso;
            }
        }
        if (other == null) {
            return null;
        }
        org.rasd.model.Location country = new org.rasd.model.Location(l.lex.countryName(other), null, other, null, null,
                null, null, null, 3, "cty:" + other);
        org.rasd.model.Location side = org.rasd.gazetteer.CountryRegions.nearest(country, xl.lat(), xl.lon());
        if (side == country || side.lat() == null
                || org.rasd.gazetteer.Place.distanceKm(side.lat(), side.lon(), xl.lat(), xl.lon()) > BORDER_SIDE_KM) {
            return null;
        }
        return new PlaceRef(x.start(), x.end(), side, false, List.of(), "ADMIN1");
    }

    /** Clause breaks: no near side is read across them («عند الحدود مع سوريا، ... في الأراضي التركية»). */
    static final Set<String> CLAUSE_BREAKS = Set.of("،", ",", "؛", ";");

    /** Whether no comma or semicolon stands between tokens {@code a} and {@code b}. */
    private boolean sameClause(int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            if (l.toks.get(k).kind() == TokenKind.PUNCT && CLAUSE_BREAKS.contains(l.toks.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** «في تركيا», «داخل تركيا»: a country named as where something happened. */
    static final Set<String> INSIDE = Words.WORDS.set("border_inside");

    /**
     * Whether the country place {@code q} is named as where something happened: after «في»/«داخل» or with «ب»
     * («بتركيا»), not as a side that acts («فتحت تركيا ثلاث جبهات»).
     */
    private boolean inside(PlaceRef q) {
        int k = l.tokAt(q.start());
        Token first = l.toks.get(k);
        if (first.start() < q.start() && first.proclitics().contains(Words.WITH_PROCLITIC)) {
            return true;
        }
        return k > 0 && l.toks.get(k - 1).kind() == TokenKind.WORD && Words.anyKey(l.toks.get(k - 1), INSIDE);
    }

    /** Words before a nationality that make its people the ones hit: «مقتل جنديين تركيين», «قتل جندي تركي». */
    static final Set<String> HIT_BEFORE = union(Words.WORDS.set("victim_marker"), Words.WORDS.set("death_verb"),
            Words.WORDS.set("subjected"));
    /** Words right after a nationality's noun that make its people the ones hit: «جنديا تركيا قتل». */
    static final Set<String> HIT_AFTER = union(Words.WORDS.set("death_verb"), Words.WORDS.set("subjected"));
    /** Tokens before a nationality word searched for a victim word (its noun, a number, the word). */
    static final int HIT_BEFORE_WINDOW = 3;
    /** Tokens after a nationality word searched for a death verb. */
    static final int HIT_AFTER_WINDOW = 2;

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    /**
     * Whether the nationality word at token {@code k} names people who were hit (killed, wounded, attacked): a victim
     * word or death verb up to {@value #HIT_BEFORE_WINDOW} tokens before it, or a death verb up to
     * {@value #HIT_AFTER_WINDOW} after it, with no punctuation between. Forces that strike across a border («قصفت
     * الطائرات التركية أهدافا ... عند الحدود مع سوريا») are not: ACLED codes a strike at its target, across the border.
     */
    boolean hit(int k, int t0, int t1) {
        for (int j = k - 1; j >= Math.max(t0, k - HIT_BEFORE_WINDOW); j--) {
            Token tok = l.toks.get(j);
            if (tok.kind() == TokenKind.NUMBER) {
                continue;
            }
            if (tok.kind() != TokenKind.WORD) {
                break;
            }
            if (Words.anyKey(tok, HIT_BEFORE)) {
                return true;
            }
        }
        for (int j = k + 1; j < Math.min(Math.min(t1, l.toks.size()), k + 1 + HIT_AFTER_WINDOW); j++) {
            Token tok = l.toks.get(j);
            if (tok.kind() != TokenKind.WORD) {
                break;
            }
            if (Words.anyKey(tok, HIT_AFTER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code p} follows a border word, directly or after «مع» («الحدود مع X», «حدود X»); the word itself, not
     * an adjective of it («مركزا حدوديا تركيا»: a Turkish border post).
     */
    boolean borderRef(PlaceRef p) {
        int t = l.tokAt(p.start());
        int k = t - 1;
        if (k >= 0 && l.toks.get(k).kind() == TokenKind.WORD && BORDER_FILLERS.contains(l.toks.get(k).norm())) {
            k--;
        }
        if (k < 0 || k >= t || l.toks.get(k).kind() != TokenKind.WORD) {
            return false;
        }
        Token b = l.toks.get(k);
        String bare = b.norm().startsWith(b.proclitics()) ? b.norm().substring(b.proclitics().length()) : b.norm();
        return BORDER_REFS.contains(b.norm()) || BORDER_REFS.contains(bare)
                || b.proclitics().endsWith(org.rasd.text.Affixes.ARTICLE) && BORDER_REFS.contains(org.rasd.text.Affixes.ARTICLE + bare);
    }

    /**
     * A person's hometown, never the scene: a hometown word up to three tokens before the place with no punctuation
     * between («من أبناء مدينة X», «ينحدر من X»), or a naming word right after it («من مدينة X يدعى علي»).
     */
    boolean hometown(PlaceRef p) {
        int t = l.tokAt(p.start());
        for (int k = t - 1; k >= Math.max(0, t - HOMETOWN_WINDOW); k--) {
            Token tok = l.toks.get(k);
            if (tok.kind() != TokenKind.WORD) {
                break;
            }
            if (Words.anyKey(tok, HOMETOWN)) {
                return true;
            }
        }
        int after = l.doc.firstTokenAtOrAfter(p.end());
        return after < l.toks.size() && l.toks.get(after).kind() == TokenKind.WORD
                && Words.anyKey(l.toks.get(after), HOMETOWN_AFTER);
    }
}
