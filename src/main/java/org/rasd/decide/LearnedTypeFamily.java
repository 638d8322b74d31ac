package org.rasd.decide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.rasd.lexicon.Lexicon;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.EventType;
import org.rasd.model.Evidence;
import org.rasd.model.Inter;
import org.rasd.model.SubEventType;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

/**
 * The type-family decision (issue 9, deliverable 3(d)): when the cues of an event's sentence propose more than one
 * sub-event type (a suicide-bomber word and an explosion word, a capture verb and a clash word, an air word and a
 * shelling word), a multi-class model over the event's features and the proposals chooses among them. The rules'
 * sub-type is kept unless the model's probability of another proposal exceeds the rules' by the margin chosen by
 * cross-validation at training time. Applied after the event filter, on the events it kept; a retyped event that
 * then repeats another kept event (same sub-type, place and day) is dropped.
 */
public final class LearnedTypeFamily implements EventFilter {
    public static final String MODEL = "type-family.tribuo";
    public static final String META = "type-family.properties";
    /** Characters between the event's trigger and a proposing trigger within which the proposal is "near". */
    static final int NEAR = 40;

    private final Model<Label> model;
    private final double margin;
    private final boolean anyFamily;

    /** A decision among the proposals of the rules' own event type only. */
    public LearnedTypeFamily(Model<Label> model, double margin) {
        this(model, margin, false);
    }

    /** {@code anyFamily}: the model may also move an event to another event type (family) the sentence proposes. */
    public LearnedTypeFamily(Model<Label> model, double margin, boolean anyFamily) {
        this.model = Objects.requireNonNull(model, "model");
        this.margin = margin;
        this.anyFamily = anyFamily;
    }

    /** The shipped decision, or {@link EventFilter#NONE} when none ships or it is switched off. */
    public static EventFilter shipped() {
        try (InputStream meta = LearnedEventFilter.class.getResourceAsStream(META);
             InputStream in = LearnedEventFilter.class.getResourceAsStream(MODEL)) {
            if (meta == null || in == null) {
                return NONE;
            }
            Properties p = new Properties();
            p.load(meta);
            if (!Boolean.parseBoolean(p.getProperty("enabled", "false"))) {
                return NONE;
            }
            return new LearnedTypeFamily(LearnedEventFilter.load(in), Double.parseDouble(p.getProperty("margin", "0")),
                    Boolean.parseBoolean(p.getProperty("any_family", "false")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model " + MODEL, e);
        }
    }

    public double margin() {
        return margin;
    }

    /** A proposed sub-type and whether a trigger proposing it stands near the event's trigger. */
    public record Proposal(SubEventType subType, boolean near) {
    }

    /**
     * The sub-types the cues of the event's sentence propose (the lexicon's event, weapon, generic and territory
     * triggers, read again on the sentence), the rules' own sub-type first. A generic attack word proposes an attack
     * and a clash; a territory word both sides' gains; an air strike and shelling propose each other (the rules
     * decide between them by the actor).
     */
    public static List<Proposal> proposals(Article a, Event e) {
        Map<SubEventType, Boolean> out = new LinkedHashMap<>();
        out.put(e.subEventType(), true);
        Evidence sentence = evidence(e, "sentence");
        if (sentence == null) {
            return List.of(new Proposal(e.subEventType(), true));
        }
        Evidence trigger = evidence(e, "trigger");
        int at = trigger == null ? 0 : trigger.start() - sentence.start();
        Document doc = TextPipeline.analyze(a.docId(), sentence.text(), a.published());
        for (Mention<TriggerEntry> m : Lexicon.get().triggers(doc)) {
            boolean near = Math.abs(m.start() - at) <= NEAR;
            for (TriggerEntry t : m.entries()) {
                for (SubEventType s : proposed(t)) {
                    out.merge(s, near, Boolean::logicalOr);
                }
            }
        }
        for (SubEventType s : List.copyOf(out.keySet())) {
            for (SubEventType o : partners(s)) {
                out.putIfAbsent(o, false);
            }
        }
        List<Proposal> list = new ArrayList<>();
        out.forEach((s, n) -> list.add(new Proposal(s, n)));
        return list;
    }

    private static Set<SubEventType> proposed(TriggerEntry t) {
        return switch (t.role()) {
            case EVENT, WEAPON -> EnumSet.of(SubEventType.of(t.eventType(), t.subEventType()));
            case GENERIC -> EnumSet.of(SubEventType.ATTACK, SubEventType.ARMED_CLASH);
            case TERRITORY -> EnumSet.of(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                    SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            default -> EnumSet.noneOf(SubEventType.class);
        };
    }

    private static Set<SubEventType> partners(SubEventType s) {
        return switch (s) {
            case AIR_DRONE_STRIKE -> EnumSet.of(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
            case SHELLING_ARTILLERY_MISSILE_ATTACK -> EnumSet.of(SubEventType.AIR_DRONE_STRIKE);
            case GOVERNMENT_REGAINS_TERRITORY -> EnumSet.of(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            case NON_STATE_ACTOR_OVERTAKES_TERRITORY -> EnumSet.of(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
            default -> EnumSet.noneOf(SubEventType.class);
        };
    }

    private static Evidence evidence(Event e, String role) {
        return e.evidence().stream().filter(v -> role.equals(v.role())).findFirst().orElse(null);
    }

    /** The model's features of an event with its proposals: the filter's, with context, and the proposals. */
    public static List<EventFeatures.Feature> features(Article a, Event e, List<Event> all, List<Proposal> proposals) {
        List<EventFeatures.Feature> f = new ArrayList<>(EventFeatures.of(a, e, all, Set.of("context")));
        for (Proposal p : proposals) {
            f.add(new EventFeatures.Feature("prop=" + p.subType().label(), 1));
            if (p.near()) {
                f.add(new EventFeatures.Feature("near=" + p.subType().label(), 1));
            }
        }
        f.add(new EventFeatures.Feature("proposals=" + Math.min(proposals.size(), 4), 1));
        return f;
    }

    /**
     * The sub-type chosen among the proposals by scores (label → probability), given the rules' one and a margin;
     * unless {@code anyFamily}, only among the proposals of the rules' event type.
     */
    public static SubEventType choose(SubEventType rules, List<Proposal> proposals, Map<String, Double> scores,
                                      double margin, boolean anyFamily) {
        double own = scores.getOrDefault(rules.label(), 0.0);
        SubEventType best = rules;
        double bestScore = own;
        for (Proposal p : proposals) {
            if (!anyFamily && p.subType().eventType() != rules.eventType()) {
                continue;
            }
            double s = scores.getOrDefault(p.subType().label(), 0.0);
            if (s > bestScore) {
                best = p.subType();
                bestScore = s;
            }
        }
        return bestScore - own >= margin ? best : rules;
    }

    /** The model's probability of each label for the features. */
    static Map<String, Double> scores(Model<Label> model, List<EventFeatures.Feature> features) {
        Prediction<Label> p = model.predict(LearnedEventFilter.example(features, LabelFactory.UNKNOWN_LABEL));
        Map<String, Double> m = new LinkedHashMap<>();
        p.getOutputScores().forEach((k, v) -> m.put(k, v.getScore()));
        return m;
    }

    /** The event with another sub-event type (civilian targeting follows the type and the target). */
    public static Event retyped(Event e, SubEventType sub) {
        boolean civ = sub.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS
                || sub.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE && e.civilianTargeting();
        civ &= e.actor2() != null && e.actor2().inter() == Inter.CIVILIANS;
        return new Event(null, sub, e.eventDate(), e.timePrecision(), e.actor1(), e.assocActor1(), e.actor2(),
                e.assocActor2(), e.location(), e.fatalities(), e.attempted(), civ, e.evidence(), e.confidence(), e.notes());
    }

    /** The events with each one's sub-type decided by scores ({@code choice}), repeats of a kept event dropped. */
    static List<Event> decide(List<Event> events, java.util.function.Function<Event, SubEventType> choice) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            SubEventType sub = choice.apply(e);
            if (sub == e.subEventType()) {
                out.add(e);
                continue;
            }
            Event r = retyped(e, sub);
            boolean repeat = events.stream().anyMatch(o -> o != e && o.subEventType() == sub
                    && Objects.equals(o.location(), r.location()) && Objects.equals(o.eventDate(), r.eventDate()));
            if (!repeat) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public List<Event> apply(Article article, List<Event> events) {
        return decide(events, e -> {
            List<Proposal> props = proposals(article, e);
            if (props.size() < 2) {
                return e.subEventType();
            }
            return choose(e.subEventType(), props, scores(model, features(article, e, events, props)), margin, anyFamily);
        });
    }
}
