package org.rasd.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasd.model.Location;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/**
 * A cross-border strike is coded at its target, not in the striker's country (issue 10): «قصفت الطائرات التركية
 * مواقع الحزب في مناطق على الشريط الحدودي بين العراق وتركيا» is a strike in Iraq. The striker's country is the
 * nationality word right after a striker noun of the frame («الطيران التركي», «المدفعية التركية», «طائرات حربية
 * تركية»; words.tsv aircraft, artillery, naval_word, striker), not one whose people were hit («مقتل جندي تركي»).
 */
final class AttackerHome {
    /** Nouns of those who strike, besides aircraft, artillery and warships: «الجيش التركي», «سلاح الجو التركي». */
    static final Set<String> STRIKERS = union(Words.AIRCRAFT, TypeArgument.ARTILLERY_WORDS,
            Words.WORDS.set("naval_word"), Words.WORDS.set("striker"));
    /** Tokens before a nationality word searched for a striker noun («طائرات حربية تركية»: two). */
    static final int STRIKER_WINDOW = 2;

    private final Layers l;

    AttackerHome(Layers l) {
        this.l = l;
    }

    private static Set<String> union(Set<String> a, Set<String> b, Set<String> c, Set<String> d) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        all.addAll(c);
        all.addAll(d);
        return Set.copyOf(all);
    }

    /**
     * {@code ps} without the striker's country, or a region of it, when a place of another country remains (a town of
     * the striker's country named as a scene keeps every place: the strike may hit both); a country
     * left alone becomes the town facing the dropped place ({@code twin}: border-twins.tsv, Kilis gives Hawar Kilis),
     * else its region nearest the dropped place (the strike crossed the border there).
     */
    List<PlaceRef> withoutHome(List<PlaceRef> ps, int t0, int t1,
                               java.util.function.BiFunction<PlaceRef, String, Location> twin) {
        if (ps.size() < 2) {
            return ps;
        }
        String home = striker(t0, t1);
        if (home == null) {
            return ps;
        }
        List<PlaceRef> kept = new ArrayList<>();
        PlaceRef dropped = null;
        for (PlaceRef p : ps) {
            String c = p.location().country();
            if (home.equals(c) && p.precision() >= 2) { // a town of its own country is a target too («قصفت القوات السورية بلدة طفس»)
                dropped = dropped == null ? p : dropped;
            } else if (home.equals(c)) {
                return ps;
            } else if (c != null) {
                kept.add(p);
            }
        }
        if (dropped == null || kept.isEmpty()) {
            return ps;
        }
        Location from = dropped.location();
        List<PlaceRef> out = new ArrayList<>(kept.size());
        for (PlaceRef p : kept) {
            Location loc = p.location();
            String id = loc.gazetteerId();
            if (kept.size() == 1 && id != null && id.startsWith("cty:") && from.lat() != null) {
                Location faced = twin.apply(dropped, loc.country());
                Location region = faced != null ? faced
                        : org.rasd.gazetteer.CountryRegions.nearest(loc, from.lat(), from.lon());
                if (region != loc && region.lat() != null) {
                    p = new PlaceRef(p.start(), p.end(), region, p.dateline(), p.alternatives(), "ADMIN1");
                }
            }
            out.add(p);
        }
        return out;
    }

    /**
     * The country (ISO-2) of the striker named in tokens {@code [t0, t1)}: a nationality word up to
     * {@value #STRIKER_WINDOW} words after a striker noun and not naming people who were hit; null when none or two
     * countries are named so; nor one whose noun names people hit («قتل جنديان من الجيش التركي»).
     */
    String striker(int t0, int t1) {
        BorderAndOrigin hits = new BorderAndOrigin(l);
        String found = null;
        for (int k = Math.max(0, t0); k < Math.min(t1, l.toks.size()); k++) {
            Token t = l.toks.get(k);
            String iso = t.kind() == TokenKind.WORD ? l.lex.demonym(t) : null;
            int noun = iso == null ? -1 : strikerNoun(k, t0);
            if (noun < 0 || hits.hit(k, t0, t1) || hits.hit(noun, t0, t1)) { // «قتل جنديان من الجيش التركي»
                continue;
            }
            if (found != null && !found.equals(iso)) {
                return null;
            }
            found = iso;
        }
        return found;
    }

    /** The striker noun up to {@value #STRIKER_WINDOW} words before token {@code k}, or -1. */
    private int strikerNoun(int k, int t0) {
        for (int j = k - 1; j >= Math.max(t0, k - STRIKER_WINDOW); j--) {
            Token t = l.toks.get(j);
            if (t.kind() != TokenKind.WORD) {
                return -1;
            }
            if (Words.anyKey(t, STRIKERS)) {
                return j;
            }
        }
        return -1;
    }
}
