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
     * country the sentence names (a country place, else the first nationality word or country name of another country)
     * nearest to {@code x} (country-regions.tsv), or null when there is none or it lies far away.
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
            if (q != x && qid != null && qid.startsWith("cty:") && !xl.country().equals(q.location().country())) {
                other = q.location().country();
                break;
            }
        }
        for (int k = t0; other == null && k < t1 && k < l.toks.size(); k++) {
            Token t = l.toks.get(k);
            String iso = t.kind() == TokenKind.WORD ? l.lex.demonym(t) : null;
            if (iso != null && !iso.equals(xl.country())) {
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
