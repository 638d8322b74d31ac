package org.rasd.extract;

import java.util.List;
import java.util.Set;
import org.rasd.model.Actor;
import org.rasd.model.EventType;
import org.rasd.model.Inter;
import org.rasd.model.SubEventType;

/**
 * Actors the text does not name: ACLED's default actor 1 and actor 2 per sub-event type and country, the air force
 * over a country, and state forces outside their country as external forces.
 */
final class ActorDefaults {
    /** Militias fighting with the government: their gains are the government's in ACLED's coding. */
    static final Set<String> GOVERNMENT_AFFILIATES = governmentSides();

    /** The non-state actors on the government's side, from {@code government-sides.tsv}. */
    private static Set<String> governmentSides() {
        Set<String> s = new java.util.HashSet<>();
        for (org.rasd.text.TsvTable.Row r : org.rasd.text.TsvTable.resource(ActorDefaults.class, "government-sides.tsv", true, 3)) {
            s.add(r.col(0));
        }
        return Set.copyOf(s);
    }

    private final Layers l;

    ActorDefaults(Layers l) {
        this.l = l;
    }

    /** Whether an actor is the government's side: state forces or a militia fighting with them. */
    static boolean government(Actor a) {
        return a.inter().isState() || GOVERNMENT_AFFILIATES.contains(a.name());
    }

    Actor actor1(SubEventType sub, String country) {
        if (country == null) {
            country = l.focus;
        }
        return switch (sub) {
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION ->
                    l.resolver.generic("Protesters ({C})", Inter.PROTESTERS, country);
            case VIOLENT_DEMONSTRATION -> l.resolver.generic("Rioters ({C})", Inter.RIOTERS, country);
            case ARRESTS -> l.resolver.generic("Police Forces of {C}", Inter.STATE_FORCES, country);
            case AIR_DRONE_STRIKE -> airForce(country);
            case NON_VIOLENT_TRANSFER_OF_TERRITORY, AGREEMENT -> null;
            default -> l.resolver.generic(UNIDENTIFIED, Inter.POLITICAL_MILITIAS, country);
        };
    }

    Actor actor2(SubEventType sub, String country, Actor actor1) {
        if (sub.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS) {
            return l.resolver.generic("Civilians ({C})", Inter.CIVILIANS, country);
        }
        if (sub == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY && actor1 != null
                && (actor1.inter() == Inter.STATE_FORCES || GOVERNMENT_AFFILIATES.contains(actor1.name()))) {
            // a handover to the government is made by the armed opposition of the place
            return "SY".equals(country) ? new Actor("Opposition Rebels (Syria)", Inter.REBEL_GROUPS)
                    : l.resolver.generic("Rebels ({C})", Inter.REBEL_GROUPS, country);
        }
        return null;
    }

    /** The actors.tsv kinds of named armed groups: an article naming one names a perpetrator. */
    private static final Set<String> NAMED_GROUP_KINDS = Set.of("rebel", "jihadist");

    /**
     * The default perpetrator of a bombing (default-perpetrators.tsv) in place of an unnamed or unidentified actor 1,
     * when the article names it, or names no other armed group; else {@code actor1}.
     */
    Actor perpetrator(SubEventType sub, String country, Actor actor1) {
        if (country == null) {
            country = l.focus;
        }
        Actor p = Perpetrators.of(sub, country, l.doc.published());
        if (p == null || actor1 != null
                && !actor1.equals(l.resolver.generic(UNIDENTIFIED, Inter.POLITICAL_MILITIAS, country))) {
            return actor1;
        }
        boolean other = false;
        for (org.rasd.lexicon.Mention<org.rasd.lexicon.ActorEntry> m : l.actors) {
            org.rasd.lexicon.ActorEntry e = l.resolver.entry(m);
            if (e != null && e.name().equals(p.name())) {
                return p; // the article names the default perpetrator itself («هجمات مفترضة لحركة بوكو حرام»)
            }
            other |= e != null && NAMED_GROUP_KINDS.contains(e.kind());
        }
        return other ? actor1 : p; // the article names another group: the rules' reading stands
    }

    /** ACLED's unidentified armed group of a country. */
    private static final String UNIDENTIFIED = "Unidentified Armed Group ({C})";

    /** ACLED's unidentified armed group of {@code country} (the document's focus when null). */
    Actor unidentified(String country) {
        return l.resolver.generic(UNIDENTIFIED, Inter.POLITICAL_MILITIAS, country == null ? l.focus : country);
    }

    /** Who flies over a country when the text does not say: the default air actor of air-forces.tsv, else its own air force. */
    private Actor airForce(String country) {
        Actor fixed = AirForces.defaultAir(country, l.doc.published());
        if (fixed != null) {
            return fixed; // air-forces.tsv: the Saudi-led coalition over Yemen from 26 March 2015
        }
        return l.resolver.generic("Military Forces of {C}", Inter.STATE_FORCES, country);
    }

    /**
     * A country's own forces by place (ACLED's inter codes): its military or police at home are state forces (1),
     * abroad external forces (8), whatever the lexicon row or the first place of the event said.
     */
    Actor external(Actor a, String eventCountry) {
        if (a == null || !a.inter().isState() || eventCountry == null) {
            return a;
        }
        String here = l.lex.countryName(eventCountry);
        String theirs = forcesCountry(a);
        if (theirs == null || here == null) {
            return a;
        }
        Inter inter = theirs.equals(stripArticle(here)) ? Inter.STATE_FORCES : Inter.EXTERNAL_OTHER_FORCES;
        return inter == a.inter() ? a : new Actor(a.name(), inter);
    }

    /** The country whose forces an actor is ("Military Forces of Syria" → Syria), or null for other actors. */
    static String forcesCountry(Actor a) {
        String n = a.name();
        for (String prefix : FORCES_PREFIXES) {
            if (n.startsWith(prefix)) {
                return stripArticle(n.substring(prefix.length()).replaceAll(" \\(.*\\)$", ""));
            }
        }
        return null;
    }

    private static final List<String> FORCES_PREFIXES = List.of("Military Forces of ", "Police Forces of ");

    private static String stripArticle(String country) {
        return country.startsWith("the ") ? country.substring(4) : country;
    }
}
