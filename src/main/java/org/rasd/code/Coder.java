package org.rasd.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rasd.model.EventMention;
import org.rasd.lexicon.Lexicon;
import org.rasd.model.Actor;
import org.rasd.model.Event;
import org.rasd.model.EventType;
import org.rasd.model.Evidence;
import org.rasd.model.Inter;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

/**
 * Entry point of the code stage: event mentions → ACLED events. One event per sub-event type × location ×
 * day: repeated mentions of one incident (headline, lead, detail) merge, keeping the most precise count and
 * every evidence span; a mention placed only at region level merges into a precise one of the same type
 * nearby. Then inter codes, civilian targeting, confidence and an English notes line.
 */
public final class Coder {
    /** Mentions of one type at most this far apart (km) merge when one of them is region-level. */
    static final double COARSE_MERGE_KM = 100;

    private Coder() {
    }

    public static List<Event> code(List<EventMention> mentions) {
        mentions = resolveProvisional(mentions);
        List<Acc> accs = new ArrayList<>();
        for (EventMention m : mentions) {
            Acc target = null;
            for (Acc a : accs) {
                if (a.sameIncident(m)) {
                    target = a;
                    break;
                }
            }
            if (target == null) {
                accs.add(new Acc(m));
            } else {
                target.add(m);
            }
        }
        accs = absorbWeak(accs);
        // region-level mentions into precise ones of the same type
        accs.sort((x, y) -> Integer.compare(rank(x.m), rank(y.m)));
        List<Acc> result = new ArrayList<>();
        for (Acc c : accs) {
            Acc into = null;
            for (Acc f : result) {
                if ((f.m.subEventType() == c.m.subEventType() || dominates(c.m.subEventType(), f.m.subEventType())
                        || dominates(f.m.subEventType(), c.m.subEventType())) && datesCompatible(f.m, c.m)
                        && (contains(c.m.location(), f.m.location()) || cityOf(c.m, f.m))) {
                    into = f;
                    break;
                }
            }
            if (into != null) {
                if (dominates(c.m.subEventType(), into.m.subEventType())) {
                    into.retype(c.m.subEventType()); // a suicide bombing in the region is the explosion in its town
                }
                into.absorb(c);
            } else {
                result.add(c);
            }
        }
        result.sort((x, y) -> Integer.compare(x.m.triggerStart(), y.m.triggerStart()));
        List<Event> out = new ArrayList<>();
        for (Acc a : result) {
            out.add(a.toEvent());
        }
        return out;
    }

    /**
     * A country-level mention names the incident that a generic word ("the attack") or a mention of the same
     * type places precisely in that country: the precise one takes its type; unmatched ones are dropped.
     */
    static List<EventMention> resolveProvisional(List<EventMention> mentions) {
        List<EventMention> out = new ArrayList<>();
        List<EventMention> provisional = new ArrayList<>();
        for (EventMention m : mentions) {
            (m.provisional() ? provisional : out).add(m);
        }
        for (EventMention p : provisional) {
            for (int i = 0; i < out.size(); i++) {
                EventMention m = out.get(i);
                boolean stronger = dominates(p.subEventType(), m.subEventType());
                if (region(p) && Math.abs(m.sentence() - p.sentence()) > REGION_SPAN) {
                    continue; // «northern Afghanistan» completes the detail told just after it, not any later report
                }
                if (Objects.equals(m.location().country(), p.location().country()) && datesCompatible(m, p)
                        && (m.genericTrigger() || m.subEventType() == p.subEventType() || stronger)) {
                    EventMention done = m.completedBy(p);
                    // «two suicide blasts in northern Cameroon … the two blasts went off in Maroua»: the precise
                    // explosion is the suicide bombing the country-level lead names
                    out.set(i, stronger ? done.toBuilder().subEventType(p.subEventType()).build() : done);
                    break;
                }
            }
        }
        return out;
    }

    /** Sentences between a provisional mention at a part of a country and the precise mention it may complete. */
    static final int REGION_SPAN = 3;

    /** A part of a country named by a direction («شمال أفغانستان»), not the country itself. */
    private static boolean region(EventMention p) {
        String id = p.location().gazetteerId();
        return id != null && id.startsWith("region:");
    }

    /** Sub-types that absorb another reported at the same place and day (one incident, two words for it). */
    private static boolean dominates(SubEventType strong, SubEventType weak) {
        return strong == SubEventType.SUICIDE_BOMB && (weak == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED
                || weak == SubEventType.ATTACK || weak == SubEventType.ARMED_CLASH)
                || protestRank(strong) > protestRank(weak) && protestRank(weak) > 0;
    }

    /**
     * One demonstration told with a peaceful word (تظاهر، المحتجون) and a word of intervention, force or rioting
     * (فرقت الشرطة، أعمال شغب) is one event of the stronger sub-type (ACLED: peaceful only without intervention).
     */
    private static int protestRank(SubEventType t) {
        return switch (t) {
            case PEACEFUL_PROTEST -> 1;
            case PROTEST_WITH_INTERVENTION -> 2;
            case VIOLENT_DEMONSTRATION, EXCESSIVE_FORCE_AGAINST_PROTESTERS -> 3;
            default -> 0;
        };
    }

    /**
     * Events found only through a generic attack word or a death report join a specific event at the same
     * place and day; a suicide bombing absorbs the "explosion" and "attack" words that describe it.
     */
    static List<Acc> absorbWeak(List<Acc> accs) {
        List<Acc> out = new ArrayList<>();
        List<Acc> weak = new ArrayList<>();
        for (Acc a : accs) {
            (a.weak() ? weak : out).add(a);
        }
        for (Acc w : weak) {
            Acc into = null;
            for (Acc a : out) {
                if (Acc.samePlace(a.m.location(), w.m.location()) && datesCompatible(a.m, w.m)
                        && !otherAttacker(a.m, w.m)) {
                    into = a;
                    break;
                }
            }
            if (into == null) {
                out.add(w);
            } else {
                into.absorb(w);
            }
        }
        List<Acc> result = new ArrayList<>();
        for (Acc a : out) {
            Acc into = null;
            for (Acc b : out) {
                if (b != a && !b.absorbed && dominates(b.m.subEventType(), a.m.subEventType())
                        && Acc.samePlace(a.m.location(), b.m.location()) && datesCompatible(a.m, b.m)) {
                    into = b;
                    break;
                }
            }
            if (into != null) {
                into.absorb(a);
                a.absorbed = true;
            } else {
                result.add(a);
            }
        }
        return result;
    }

    /**
     * Whether two mentions state different attackers: «7 Houthis killed in an attack by the resistance» is not the
     * coalition's air strike on the same city that day, though its word is generic (one event is one set of actors).
     */
    static boolean otherAttacker(EventMention a, EventMention b) {
        return a.actor1Stated() && b.actor1Stated() && a.actor1() != null && b.actor1() != null
                && !a.actor1().name().equals(b.actor1().name());
    }

    /**
     * Same day, or one of them undated while the other is recent: a mention with no stated date is taken to
     * be about the days just before publication, so it does not join an incident dated weeks earlier.
     */
    /**
     * Whether {@code coarse} is a vaguer reference to the place of {@code fine}: its country, its governorate
     * (by name or within {@value #COARSE_MERGE_KM} km), or a point within {@value #NEAR_KM} km (a city and a
     * neighbourhood of it).
     */
    static boolean contains(Location coarse, Location fine) {
        if (!Objects.equals(coarse.country(), fine.country()) || coarse.geoPrecision() < fine.geoPrecision()) {
            return false;
        }
        String id = coarse.gazetteerId();
        if (id != null && id.startsWith("cty:")) {
            return true;
        }
        if (coarse.name() != null && (coarse.name().equals(fine.admin1()) || coarse.name().equals(fine.admin2()))) {
            return true;
        }
        if (coarse.geoPrecision() == fine.geoPrecision()) {
            return false; // two towns of one list are two events
        }
        double d = km(coarse, fine);
        return coarse.geoPrecision() == 3 ? d <= COARSE_MERGE_KM : d <= NEAR_KM;
    }

    /** A city and a neighbourhood or site inside it (حي التواهي in عدن): the city is the vaguer reference. */
    static boolean cityOf(EventMention city, EventMention part) {
        String ck = city.placeKind();
        String pk = part.placeKind();
        return ("CITY".equals(ck) || "TOWN".equals(ck)) && ("NEIGHBOURHOOD".equals(pk) || "FEATURE".equals(pk))
                && Objects.equals(city.location().country(), part.location().country())
                && km(city.location(), part.location()) <= NEAR_KM;
    }

    /** A town and a neighbourhood or outskirt of it named in one article are one scene. */
    static final double NEAR_KM = 12;

    /** Finer places first: precision, then neighbourhoods and sites before the cities that contain them, regions before countries. */
    private static int rank(EventMention m) {
        String k = m.placeKind();
        int kind = "NEIGHBOURHOOD".equals(k) || "FEATURE".equals(k) ? 0 : 1;
        // a country's region («northern Syria», the border strip facing Kilis) before the country's centre
        String id = m.location().gazetteerId();
        int country = id != null && id.startsWith("cty:") ? 1 : 0;
        return m.location().geoPrecision() * 3 + kind + country;
    }

    static boolean datesCompatible(EventMention a, EventMention b) {
        if (a.date() == null || b.date() == null) {
            return true;
        }
        if (a.dateStated() && b.dateStated()) {
            return a.date().equals(b.date());
        }
        if (!a.dateStated() && !b.dateStated()) {
            return true;
        }
        EventMention stated = a.dateStated() ? a : b;
        EventMention unstated = a.dateStated() ? b : a;
        return Math.abs(stated.date().toEpochDay() - unstated.date().toEpochDay()) <= 3;
    }

    static double km(Location a, Location b) {
        if (a.lat() == null || b.lat() == null) {
            return Double.MAX_VALUE;
        }
        double r = Math.PI / 180;
        double dlat = (b.lat() - a.lat()) * r;
        double dlon = (b.lon() - a.lon()) * r;
        double h = Math.pow(Math.sin(dlat / 2), 2)
                + Math.cos(a.lat() * r) * Math.cos(b.lat() * r) * Math.pow(Math.sin(dlon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    /** Accumulates the mentions of one event. */
    /**
     * ACLED's roles in a demonstration: the protesters (rioters) are actor 1 of a peaceful protest, a protest
     * with intervention and a violent demonstration, and the police or army that intervened is actor 2;
     * with excessive force the force is actor 1 and the protesters actor 2. The extractor takes the force
     * named in «فرقت الشرطة المتظاهرين» as the agent, and strikers or residents as civilians. {@code named}: the
     * actors of all the incident's mentions, in order.
     */
    static Actor[] demonstrators(SubEventType sub, Actor a1, Actor a2, Location loc, List<Actor> named) {
        Inter crowd = switch (sub) {
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION -> Inter.PROTESTERS;
            case VIOLENT_DEMONSTRATION -> Inter.RIOTERS;
            default -> null;
        };
        if (crowd == null || loc == null || loc.country() == null) {
            return new Actor[] {a1, a2};
        }
        if (a1 != null && a1.inter() == crowd && (a2 != null || named.stream().noneMatch(a -> a != null
                && a.inter() != crowd && a.inter() != Inter.CIVILIANS))) {
            return new Actor[] {a1, a2};
        }
        Actor people = new Actor((crowd == Inter.PROTESTERS ? "Protesters (" : "Rioters (")
                + Lexicon.get().countryName(loc.country()) + ")", crowd);
        Actor other = null;
        for (Actor a : named) {
            if (a != null && a.inter() != crowd && a.inter() != Inter.CIVILIANS && a.inter() != Inter.PROTESTERS
                    && a.inter() != Inter.RIOTERS) {
                other = a; // the first force named among the incident's mentions
                break;
            }
        }
        return new Actor[] {people, other};
    }

    private static final class Acc {
        EventMention m;
        boolean absorbed;
        final List<EventMention> all = new ArrayList<>();

        Acc(EventMention m) {
            this.m = m;
            all.add(m);
        }

        boolean sameIncident(EventMention o) {
            return m.subEventType() == o.subEventType() && samePlace(m.location(), o.location())
                    && datesCompatible(m, o);
        }

        static boolean samePlace(Location a, Location b) {
            if (a.gazetteerId() != null && a.gazetteerId().equals(b.gazetteerId())) {
                return true;
            }
            if (a.name() != null && a.name().equals(b.name()) && Objects.equals(a.country(), b.country())
                    && km(a, b) < 15) {
                return true; // one town read from two gazetteer records
            }
            return a.geoPrecision() == b.geoPrecision() && km(a, b) < 2;
        }

        boolean weak() {
            return all.stream().allMatch(EventMention::genericTrigger);
        }

        /** The incident told with a stronger word elsewhere (a suicide bombing for an explosion): its sub-type. */
        void retype(SubEventType sub) {
            m = m.toBuilder().subEventType(sub).build();
        }

        /** Takes another event's mentions as evidence of this one (type, place and date stay). */
        void absorb(Acc o) {
            all.addAll(o.all);
        }

        void add(EventMention o) {
            all.add(o);
            // the representative: stated date and actor, finest place
            if (!m.dateStated() && o.dateStated() || !m.actor1Stated() && o.actor1Stated()
                    && m.dateStated() == o.dateStated()
                    || o.location().geoPrecision() < m.location().geoPrecision()) {
                m = o;
            }
        }

        Event toEvent() {
            EventMention best = m;
            // the toll: a stated figure over a vague one; among stated ones, the report of the finest place (a figure
            // told for the province or the capital covers more than this event), then the largest
            Integer fat = null;
            boolean stated = false;
            int prec = Integer.MAX_VALUE;
            for (EventMention e : all) {
                if (e.fatalities() == null) {
                    continue;
                }
                int p = e.location().geoPrecision();
                if (e.fatalitiesStated() && (!stated || p < prec || p == prec && e.fatalities() > fat)) {
                    fat = e.fatalities();
                    stated = true;
                    prec = p;
                } else if (!stated && (fat == null || e.fatalities() > fat)) {
                    fat = e.fatalities();
                }
            }
            if (best.subEventType().eventType() == EventType.STRATEGIC_DEVELOPMENTS) {
                // ACLED: a strategic development (arrests, a base set up) has no fatalities; deaths are a violent event
                fat = 0;
                stated = false;
            }
            Actor a1 = best.actor1();
            Actor a2 = best.actor2();
            boolean attempted = best.attempted();
            for (EventMention e : all) {
                if (a1 == null || !best.actor1Stated() && e.actor1Stated()) {
                    a1 = e.actor1() != null ? e.actor1() : a1;
                }
                if (a2 == null && e.actor2() != null && !e.actor2().equals(a1)) {
                    a2 = e.actor2();
                }
            }
            if (a2 != null && a2.equals(a1)) {
                // actor 1 taken from another mention is this one's actor 2: one side is not both; the side acted upon
                // is another mention's actor 2 or actor 1 that differs, else none
                a2 = null;
                for (EventMention e : all) {
                    for (Actor x : new Actor[] {e.actor2(), e.actor1()}) {
                        if (a2 == null && x != null && !x.equals(a1)) {
                            a2 = x;
                        }
                    }
                }
            }
            List<Actor> named = new ArrayList<>();
            named.add(a1);
            named.add(a2);
            for (EventMention e : all) {
                named.add(e.actor1());
                named.add(e.actor2());
            }
            Actor[] roles = demonstrators(best.subEventType(), a1, a2, best.location(), named);
            a1 = roles[0];
            a2 = roles[1];
            Map<String, Evidence> ev = new LinkedHashMap<>();
            for (EventMention e : all) {
                for (Evidence x : e.evidence()) {
                    ev.putIfAbsent(x.start() + ":" + x.end() + ":" + x.role(), x);
                }
            }
            boolean civ = a2 != null && a2.inter() == Inter.CIVILIANS;
            double conf = confidence(best, a1, stated, all.size());
            String notes = Notes.line(best.subEventType(), best.date(), best.timePrecision(), a1, a2,
                    best.location(), fat, stated, attempted);
            List<String> assoc1 = new ArrayList<>();
            List<String> assoc2 = new ArrayList<>();
            for (EventMention e : all) {
                addAll(assoc1, e.assoc1(), a1);
                addAll(assoc2, e.assoc2(), a2);
            }
            return new Event(best.eventType(), best.subEventType(), best.date(), best.timePrecision(), a1, assoc1,
                    a2, assoc2, best.location(), fat, attempted, civ, new ArrayList<>(ev.values()), conf, notes);
        }

        private static void addAll(List<String> into, List<String> names, Actor main) {
            for (String x : names) {
                if (!into.contains(x) && (main == null || !x.equals(main.name()))) {
                    into.add(x);
                }
            }
        }

        static double confidence(EventMention m, Actor a1, boolean fatalStated, int mentions) {
            double c = 0.45;
            if (!m.genericTrigger()) {
                c += 0.1;
            }
            if (m.actor1Stated()) {
                c += 0.1;
            }
            if (m.dateStated()) {
                c += 0.1;
            }
            if (m.location().geoPrecision() == 1) {
                c += 0.1;
            } else if (m.location().geoPrecision() == 2) {
                c += 0.05;
            }
            if (fatalStated) {
                c += 0.05;
            }
            if (mentions > 1) {
                c += 0.05;
            }
            return Math.min(0.95, c);
        }
    }
}
