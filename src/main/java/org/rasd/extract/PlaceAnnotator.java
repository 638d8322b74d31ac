package org.rasd.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.text.Document;
import org.rasd.text.Token;

/**
 * Place layer: the resolved place mentions in text order, with the places that "the town" / "the two towns" point back
 * to, and the article's focus country.
 */
final class PlaceAnnotator {
    /** Definite heads with no name that point back: "the town" is the town last named, "the two towns" the last pair. */
    static final Set<String> ANAPHORA_ONE = Words.WORDS.set("anaphor_one");
    static final Set<String> ANAPHORA_TWO = Words.WORDS.set("anaphor_two");
    private static final Set<String> ANAPHOR_LOCATIVES = Words.WORDS.set("anaphor_locative");

    private PlaceAnnotator() {
    }

    /** The place layer of a document: its places sorted by start, with anaphoric heads added. */
    static List<PlaceRef> annotate(Document doc, List<PlaceRef> places) {
        return withAnaphora(doc, places.stream().sorted(Comparator.comparingInt(PlaceRef::start)).toList());
    }

    /**
     * Adds the places that "the town" / "the two towns" refer to (the town, or the pair of towns, named last before
     * them, named as a town or by its surroundings) as mentions at the head word, so "clashes around the two towns" is placed. The ends of a road («الخط الذي
     * يربط بين مدينة المخاء ومحافظة الحديدة», {@link RouteEnds}) are no town «the city» points back to.
     */
    static List<PlaceRef> withAnaphora(Document doc, List<PlaceRef> places) {
        List<PlaceRef> out = new ArrayList<>(places);
        RouteEnds roads = new RouteEnds(doc, places);
        for (Token t : doc.tokens()) {
            String w = t.stems().size() > 1 ? t.stems().get(1) : t.norm();
            boolean one = ANAPHORA_ONE.contains(t.norm()) || ANAPHORA_ONE.contains(w);
            boolean two = ANAPHORA_TWO.contains(t.norm()) || ANAPHORA_TWO.contains(w);
            if (!one && !two) {
                continue;
            }
            // a name right after the head is the head's own name, not an anaphor
            boolean named = false;
            List<PlaceRef> before = new ArrayList<>();
            for (PlaceRef p : places) {
                if (p.start() >= t.end() && p.start() <= t.end() + 2) {
                    named = true;
                }
                // a town named by its outskirts («ضواحي درنة») is a town «the city» points back to; a district, a
                // reference point («برقين غرب جنين»), a region or a country is not
                if (p.end() <= t.start() && !p.dateline() && (p.precision() == 1 || outskirts(doc, p))
                        && !p.countryLevel() && !roads.routeEnd(p)) {
                    before.add(p);
                }
            }
            if (named || before.isEmpty() || !afterLocative(doc, t)
                    || t.start() - before.get(before.size() - 1).end() > 400) {
                continue; // only "in / on / around the town" close after the town it points back to
            }
            if (one) {
                PlaceRef last = before.get(before.size() - 1);
                out.add(last.at(t.start(), t.end()));
            } else if (before.size() >= 2) {
                PlaceRef b = before.get(before.size() - 1);
                PlaceRef a = before.get(before.size() - 2);
                if (!a.key().equals(b.key()) && b.start() - a.end() < 40) {
                    out.add(a.at(t.start(), t.end()));
                    out.add(b.at(t.start(), t.end()));
                }
            }
        }
        out.sort(Comparator.comparingInt(PlaceRef::start));
        return out;
    }

    /** Whether a near word stands right before {@code p} («ضواحي درنة», «محيط حلب»): the town's surroundings. */
    private static boolean outskirts(Document doc, PlaceRef p) {
        int i = doc.firstTokenAtOrAfter(p.start());
        if (i > 0 && doc.tokens().get(i - 1).end() > p.start()) {
            i--; // the place starts inside a token: «بضواحي درنة»
        }
        return i > 0 && Words.near(doc.tokens().get(i - 1));
    }

    private static boolean afterLocative(Document doc, Token t) {
        if (t.proclitics().contains(Words.WITH_PROCLITIC)) {
            return true;
        }
        int i = doc.tokens().indexOf(t);
        if (i <= 0) {
            return false;
        }
        Token prev = doc.tokens().get(i - 1);
        return ANAPHOR_LOCATIVES.contains(prev.norm()) || prev.stems().stream().anyMatch(ANAPHOR_LOCATIVES::contains);
    }

    /** The country most places of the article lie in (ignoring the dateline), or null. */
    static String focusCountry(List<PlaceRef> places) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (PlaceRef p : places) {
            if (p.dateline() || p.location().country() == null) {
                continue;
            }
            w.merge(p.location().country(), p.precision() == 3 ? 0.6 : 1.0, Double::sum);
        }
        return w.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
