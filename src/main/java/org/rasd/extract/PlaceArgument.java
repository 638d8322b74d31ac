package org.rasd.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.model.Actor;
import org.rasd.model.EventType;
import org.rasd.text.Affixes;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/**
 * The place argument of a frame: the scenes in its region, else one named at the head of the sentence, else the
 * place of the paragraph's last coded event; then the most precise of them, without origins ("from X") and
 * near-anchors ("near X").
 */
final class PlaceArgument {
    /** The preposition (with or without "and") that marks where an attack came from. */
    private static final Set<String> ORIGIN_WORDS = Words.WORDS.set("origin");
    /** Words before a place that make it an origin or a destination rather than the scene. */
    private static final Set<String> NON_LOCATIVE = Words.WORDS.set("non_locative");
    /** Compass words: «X غرب Y» places X by Y, a reference point. */
    static final Set<String> DIRECTIONS = Words.WORDS.set("direction");
    /** Take-off words: «طائرات انطلقت من قاعدة X»: X is where the aircraft came from, never the target. */
    private static final Set<String> TAKEOFF = Words.WORDS.set("takeoff");
    /** «المقابلة لمدينة X»: the target faces X across a border; X is a reference point, not the scene. */
    private static final Set<String> OPPOSITE = Words.WORDS.set("opposite");
    /** border-twins.tsv: a border town's normalized Arabic form and the target country to the town facing it. */
    /** Tokens searched back from a place for a take-off word (no punctuation between). */
    private static final int TAKEOFF_WINDOW = 10;

    /** The chosen places of a frame, and whether they were inherited from an earlier sentence of the paragraph. */
    record Choice(List<PlaceRef> places, boolean inherited) {
        Choice {
            places = List.copyOf(places);
        }
    }

    private final Layers l;
    private final SceneChoice scenes;

    PlaceArgument(Layers l) {
        this.l = l;
        this.scenes = new SceneChoice(l);
    }

    /**
     * The candidate places of frame {@code f} of sentence {@code s} (whose first frame starts at token
     * {@code firstFrameTok}), before selection; {@code paragraphPlace} is the place of the paragraph's last coded event.
     */
    Choice candidates(SentenceView s, int firstFrameTok, Frame f, PlaceRef paragraphPlace) {
        List<PlaceRef> own = new ArrayList<>();
        for (PlaceRef p : s.places()) {
            int pt = l.tokAt(p.start());
            if (pt >= f.regionStart() && pt < f.regionEnd()) {
                own.add(p);
            }
        }
        if (own.isEmpty()) {
            // a place named at the head of the sentence, before any trigger, is the scene of all its frames
            for (PlaceRef p : s.places()) {
                if (l.tokAt(p.start()) < firstFrameTok) {
                    own.add(p);
                }
            }
        }
        if (own.isEmpty() && paragraphPlace != null && !f.killOnly() && !UnnamedTown.describes(l, f)) {
            return new Choice(List.of(paragraphPlace), true);
        }
        return new Choice(own, false);
    }

    /** {@link #select(List, EventType, int, int)} with the whole document as the frame's region. */
    List<PlaceRef> select(List<PlaceRef> cands, EventType type) {
        return select(cands, type, 0, l.toks.size());
    }

    /**
     * Keeps the most precise places; drops origins ("from X" when another place is there), near-anchors and, for a
     * strike, the striker's own country ({@link AttackerHome}); {@code [t0, t1)} is the frame's token region.
     */
    List<PlaceRef> select(List<PlaceRef> cands, EventType type, int t0, int t1) {
        List<PlaceRef> ps = withoutNearAnchors(cands);
        List<PlaceRef> notOrigin = new ArrayList<>();
        List<PlaceRef> origins = new ArrayList<>();
        List<PlaceRef> destinations = new ArrayList<>();
        List<PlaceRef> launchSites = new ArrayList<>();
        List<PlaceRef> sources = new ArrayList<>();
        for (PlaceRef p : ps) {
            String how = origin(p);
            if (crossBorder(p) != null) {
                // where the aircraft took off or the border town the target faces: never the scene
                launchSites.add(p);
            } else if (how == null && scenes.sourcePlace(p)) {
                sources.add(p);
            } else if (how == null) {
                notOrigin.add(p);
            } else if (ORIGIN_WORDS.contains(how)) {
                origins.add(p);
            } else {
                destinations.add(p);
            }
        }
        // the launch site or faced town named again in the sentence («... في كيليس») is still no scene
        if (!launchSites.isEmpty()) {
            Set<String> sites = new java.util.HashSet<>();
            launchSites.forEach(p -> sites.add(p.key()));
            notOrigin.removeIf(p -> sites.contains(p.key()));
        }
        // an advance, infiltration or assault "towards X" happens at X; anything else "towards X" does not; where a
        // report's source is («قالت مصادر محلية في مدينة X») is the scene only when no other place is named
        boolean inScene = !notOrigin.isEmpty() || !sources.isEmpty();
        ps = inScene ? (!notOrigin.isEmpty() ? notOrigin : sources)
                : type == EventType.BATTLES && !destinations.isEmpty() ? destinations : origins;
        if (ps.isEmpty()) {
            return ps; // a take-off site or a border town facing the target is never the scene
        }
        ps = facing(ps, launchSites);
        if (type == EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
            ps = new AttackerHome(l).withoutHome(ps, t0, t1, this::twin);
        }
        ps = withoutProvinces(ps);
        int best = ps.stream().mapToInt(PlaceRef::precision).min().orElse(3);
        Map<String, PlaceRef> byKey = new LinkedHashMap<>();
        for (PlaceRef p : ps) {
            // a district joined by «and» to a list of scenes is one, unless a finer place is in it; not a region or a
            // country, nor a town named to place another («شرق صنعاء، وفي الضالع»)
            if (p.precision() == best || inScene && p.precision() < 3 && scenes.listed(p, ps) && !scenes.placedBy(p)
                    && !SceneChoice.containsFiner(p, ps)) {
                byKey.putIfAbsent(p.key(), p);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** province-heads.tsv: a head's normalized form and the countries whose press names a province with it. */
    private static final Map<String, Set<String>> PROVINCE_HEADS = provinceHeads();
    /** How far (km) from a province's point a place of the same country may lie and be inside it. */
    private static final double PROVINCE_KM = 150;

    private static Map<String, Set<String>> provinceHeads() {
        Map<String, Set<String>> m = new java.util.HashMap<>();
        for (org.rasd.text.TsvTable.Row r : org.rasd.text.TsvTable.resource(PlaceArgument.class, "province-heads.tsv",
                false, 3)) {
            m.computeIfAbsent(org.rasd.text.ArabicNormalizer.normalize(r.col(0)).trim(), k -> new java.util.HashSet<>())
                    .add(r.col(1).trim());
        }
        return Map.copyOf(m);
    }

    /**
     * A province named with its country's province head («بمنطقة جازان») gives way to a place of the same country
     * inside it named in the same frame («بمحافظة الطوال»): the province only says where that place lies.
     */
    private List<PlaceRef> withoutProvinces(List<PlaceRef> ps) {
        if (ps.size() < 2) {
            return ps;
        }
        List<PlaceRef> kept = new ArrayList<>();
        for (PlaceRef p : ps) {
            if (!provinceHeaded(p) || ps.stream().noneMatch(q -> inside(q, p))) {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? ps : kept;
    }

    /** Whether the word before {@code p} is a province head of {@code p}'s country (province-heads.tsv). */
    boolean provinceHeaded(PlaceRef p) {
        int t = l.tokAt(p.start());
        if (t < 1 || p.location().country() == null) {
            return false;
        }
        for (String k : PhraseIndex.keys(l.toks.get(t - 1))) {
            if (PROVINCE_HEADS.getOrDefault(k, Set.of()).contains(p.location().country())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code q} is another place of {@code province}'s country within {@value #PROVINCE_KM} km of it. */
    private boolean inside(PlaceRef q, PlaceRef province) {
        org.rasd.model.Location a = q.location();
        org.rasd.model.Location b = province.location();
        return q != province && !q.key().equals(province.key()) && !q.countryLevel() && !provinceHeaded(q)
                && b.country().equals(a.country()) && a.lat() != null && b.lat() != null
                && org.rasd.gazetteer.Place.distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) <= PROVINCE_KM;
    }

    /** Drops a place a "near" word ties to the place before it ("X near Y": Y is an anchor), unless all are. */
    private List<PlaceRef> withoutNearAnchors(List<PlaceRef> ps) {
        if (ps.size() <= 1) {
            return ps;
        }
        List<PlaceRef> kept = new ArrayList<>();
        Set<String> anchors = new java.util.HashSet<>();
        for (int i = 0; i < ps.size(); i++) {
            PlaceRef p = ps.get(i);
            int tok = l.tokAt(p.start());
            boolean near = false;
            boolean compass = false;
            if (i > 0) {
                int prevEndTok = l.tokAt(ps.get(i - 1).end() - 1) + 1;
                for (int k = Math.max(prevEndTok, tok - 4); k < tok; k++) {
                    if (Words.near(l.toks.get(k)) && !scenes.conjunctBetween(prevEndTok, k)) {
                        near = true;
                    }
                    // «قرية النصر غربي قضاء مخمور»: a compass word ties Y to X, unless «and» joins a scene of its own
                    if (k == prevEndTok || k > prevEndTok && l.toks.get(k - 1).kind() == TokenKind.PUNCT) {
                        Token d = l.toks.get(k);
                        // «في ولاية عين الدفلى جنوب غرب العاصمة الجزائر»: a province placed by a town is the scene too
                        if (!d.proclitics().startsWith(Affixes.AND) && Words.anyKey(d, DIRECTIONS)
                                && (ps.get(i - 1).precision() <= p.precision()
                                || !ps.get(i - 1).countryLevel() && !d.norm().startsWith(Affixes.ARTICLE))
                                && joined(k, tok)) {
                            near = true;
                            compass = true;
                        }
                    }
                }
                if (tok - prevEndTok > 5) {
                    near = false;
                }
                // «غارات في سوريا قرب كوباني»: a place near which a less precise one stands is the scene itself
                // (not a town by which a province is placed: «ولاية عين الدفلى جنوب غرب العاصمة الجزائر»)
                if (ps.get(i - 1).precision() == 3 && p.precision() < 3
                        && (ps.get(i - 1).countryLevel() || !compass)) {
                    near = false;
                }
            }
            if (!near) {
                kept.add(p);
            } else if (!p.key().equals(ps.get(i - 1).key())) { // «حي التأميم جنوبي الرمادي» read as Ramadi: one place
                anchors.add(p.key());
            }
        }
        List<PlaceRef> placed = scenes.withoutAnchors(kept, anchors); // an anchor opening its clause is one too
        return !placed.isEmpty() ? placed : kept.isEmpty() ? ps : kept;
    }

    /** Whether the place at token {@code to} follows the compass word at {@code from} with no punctuation or «and». */
    private boolean joined(int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            Token t = l.toks.get(k);
            if (t.kind() == TokenKind.PUNCT || t.proclitics().startsWith(Affixes.AND)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A strike's launch site or reference point across a border: «انطلقت من قاعدة ... في ولاية X» (a take-off word,
     * then «from», up to ten tokens before X with no punctuation, target word or other place between «from» and X) gives "takeoff"; «المقابلة لمدينة X» (an
     * opposite word one or two tokens before X) gives "opposite"; else null.
     */
    String crossBorder(PlaceRef p) {
        int tok = l.tokAt(p.start());
        for (int k = tok - 1; k >= Math.max(0, tok - 2); k--) {
            Token t = l.toks.get(k);
            if (t.kind() != TokenKind.WORD) {
                break;
            }
            if (Words.anyKey(t, OPPOSITE)) {
                return "opposite";
            }
        }
        boolean from = false;
        for (int k = tok - 1; k >= Math.max(0, tok - TAKEOFF_WINDOW); k--) {
            Token t = l.toks.get(k);
            if (t.kind() == TokenKind.PUNCT || !from && (Words.anyKey(t, Words.TARGET_MARKERS) || placeAt(k, p))) {
                return null; // «انطلقت من قاعدة إنجرليك لقصف مواقع في X»: the target comes after the base
            }
            if (ORIGIN_WORDS.contains(t.norm())) {
                from = true;
            } else if (from && Words.anyKey(t, TAKEOFF)) {
                return "takeoff";
            }
        }
        return null;
    }

    /** The town facing border town {@code anchor} in {@code country} ({@link BorderTwins}), or null. */
    org.rasd.model.Location twin(PlaceRef anchor, String country) {
        return BorderTwins.twin(l, anchor, country);
    }

    /** Whether another place than {@code p} starts at token {@code k}. */
    private boolean placeAt(int k, PlaceRef p) {
        for (PlaceRef q : l.places) {
            if (q != p && q.start() != p.start() && l.tokAt(q.start()) == k) {
                return true;
            }
        }
        return false;
    }

    /**
     * A country named as the target with a border town it faces («في سوريا المقابلة لمدينة كيليس») is the town facing
     * it (border-twins.tsv: Hawar Kilis), else the country's region nearest the town (country-regions.tsv).
     */
    private List<PlaceRef> facing(List<PlaceRef> ps, List<PlaceRef> launchSites) {
        PlaceRef anchor = null;
        for (PlaceRef a : launchSites) {
            if ("opposite".equals(crossBorder(a)) && a.location().lat() != null) {
                anchor = a;
            }
        }
        if (anchor == null) {
            return ps;
        }
        List<PlaceRef> out = new ArrayList<>(ps.size());
        for (PlaceRef p : ps) {
            org.rasd.model.Location loc = p.location();
            String id = loc.gazetteerId();
            if (id != null && id.startsWith("cty:") && loc.country() != null
                    && !loc.country().equals(anchor.location().country())) {
                org.rasd.model.Location region = twin(anchor, loc.country());
                if (region == null) {
                    region = org.rasd.gazetteer.CountryRegions.nearest(loc, anchor.location().lat(),
                            anchor.location().lon());
                }
                if (region != loc) {
                    p = new PlaceRef(p.start(), p.end(), region, p.dateline(), p.alternatives(), p.kind());
                }
            }
            out.add(p);
        }
        return out;
    }

    /** "from X", "towards X" mark where an attack came from or went, unless "close to X": the word, else null. */
    String origin(PlaceRef p) {
        int tok = l.tokAt(p.start());
        // "from al-Fu'ah and Kafriya": a place joined by "and" to an origin is an origin too
        if (l.toks.get(tok).proclitics().startsWith(Affixes.AND)) {
            for (PlaceRef q : l.places) {
                int qe = l.tokAt(q.end() - 1) + 1;
                if (q.end() <= p.start() && tok - qe <= 1 && q != p) {
                    return origin(q);
                }
            }
        }
        for (int k = tok - 1; k >= Math.max(0, tok - 3); k--) {
            Token t = l.toks.get(k);
            if (NON_LOCATIVE.contains(t.norm())) {
                Token before = k > 0 ? l.toks.get(k - 1) : null;
                return before == null || !Words.NEAR.contains(PhraseIndex.key(before.stem())) ? t.norm() : null;
            }
            if (t.kind() != TokenKind.WORD) {
                return null;
            }
        }
        return null;
    }

    /**
     * Region-level places need a stated day and a named actor; a country alone is too vague to code except for
     * a cross-border action of a foreign state's forces (a strike "in Syria" by Turkish jets), often all the
     * press gives.
     */
    boolean codable(PlaceRef p, Actor actor1, boolean actor1Stated, boolean dateStated, Frame f) {
        if (p.precision() < 3) {
            return true;
        }
        if (!dateStated || !actor1Stated || actor1 == null || f.generic() || f.killOnly()) {
            return false;
        }
        String id = p.location().gazetteerId();
        boolean country = id != null && id.startsWith("cty:");
        if (!country) {
            return true;
        }
        String loc = l.lex.countryName(p.location().country());
        return actor1.inter().isState() && !actor1.name().endsWith(loc)
                && !actor1.name().contains("(" + loc + ")");
    }
}
