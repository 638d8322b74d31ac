package org.rasd.decide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.rasd.extract.ActorRoles;
import org.rasd.extract.Decider;
import org.rasd.extract.Frame;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.text.Document;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

/**
 * The learned actor-role decision (issue 9, 3c) through {@link Decider#roles}: for a frame whose rules read a side
 * from an actor mention, the model's probability that the sides are the wrong way round (label {@value #SWAP}: the
 * side the rules took as acted upon is the one that acted); at or above the threshold chosen by cross-validation the
 * roles are {@link ActorRoles#swapped() swapped}. Features: {@link RoleFeatures}. Trained by {@link RoleTraining}
 * ({@code rasd train}); the model and its threshold ship next to this class.
 */
public final class LearnedRoles implements Decider {
    public static final String SWAP = "swap";
    public static final String KEEP = "keep";
    static final String MODEL = "actor-roles.tribuo";
    static final String META = "actor-roles.properties";

    private final Function<String, Model<Label>> models;
    private final double threshold;
    private final boolean lexical;

    /** Roles decided by {@code model} at {@code threshold}, over every feature. */
    public LearnedRoles(Model<Label> model, double threshold) {
        this(model, threshold, true);
    }

    /** Roles decided by {@code model} at {@code threshold}; {@code lexical}: with the lexical features ({@link RoleFeatures#select}). */
    public LearnedRoles(Model<Label> model, double threshold, boolean lexical) {
        this(doc -> model, threshold, lexical);
    }

    /** Roles decided by the model of each document ({@code models} by doc id: out-of-fold figures). */
    LearnedRoles(Function<String, Model<Label>> models, double threshold, boolean lexical) {
        this.models = models;
        this.threshold = threshold;
        this.lexical = lexical;
    }

    /** The shipped model, or {@link Decider#RULES} when none ships or it is switched off (threshold 0). */
    public static Decider shipped() {
        try (InputStream meta = LearnedRoles.class.getResourceAsStream(META);
             InputStream in = LearnedRoles.class.getResourceAsStream(MODEL)) {
            if (meta == null || in == null) {
                return Decider.RULES;
            }
            Properties p = new Properties();
            p.load(meta);
            double t = Double.parseDouble(p.getProperty("threshold", "0"));
            if (t <= 0 || !Boolean.parseBoolean(p.getProperty("enabled", "true"))) {
                return Decider.RULES;
            }
            return new LearnedRoles(LearnedEventFilter.load(in), t, Boolean.parseBoolean(p.getProperty("lexical", "true")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model " + MODEL, e);
        }
    }

    /**
     * {@code base} with its actor roles decided by {@code roles} (every other decision stays {@code base}'s); {@code base}
     * itself when {@code roles} is {@link Decider#RULES}.
     */
    public static Decider over(Decider base, Decider roles) {
        if (roles == Decider.RULES) {
            return base;
        }
        if (base == Decider.RULES) {
            return roles;
        }
        return new Decider() {
            @Override
            public List<Frame> frames(Document doc, List<Frame> candidates) {
                return base.frames(doc, candidates);
            }

            @Override
            public List<org.rasd.extract.PlaceRef> places(Document doc, Frame frame, List<org.rasd.extract.PlaceRef> ranked, int chosen) {
                return base.places(doc, frame, ranked, chosen);
            }

            @Override
            public ActorRoles roles(Document doc, Frame frame, ActorRoles rules, List<Mention<ActorEntry>> candidates) {
                return roles.roles(doc, frame, rules, candidates);
            }

            @Override
            public List<org.rasd.model.Event> events(org.rasd.model.Article article, List<org.rasd.model.Event> coded) {
                return base.events(article, coded);
            }
        };
    }

    public double threshold() {
        return threshold;
    }

    /** The probability that the rules' roles of {@code f} are the wrong way round. */
    public double probability(Document doc, Frame f, ActorRoles rules, List<Mention<ActorEntry>> candidates) {
        Model<Label> m = models.apply(doc.docId());
        return m == null ? 0 : probability(m, RoleFeatures.select(RoleFeatures.of(doc, f, rules, candidates), lexical));
    }

    static double probability(Model<Label> model, List<EventFeatures.Feature> features) {
        Prediction<Label> p = model.predict(LearnedEventFilter.example(features, LabelFactory.UNKNOWN_LABEL));
        Label l = p.getOutputScores().get(SWAP);
        return l == null ? 0 : l.getScore();
    }

    @Override
    public ActorRoles roles(Document doc, Frame frame, ActorRoles rules, List<Mention<ActorEntry>> candidates) {
        if (!RoleFeatures.eligible(rules, candidates)) {
            return rules;
        }
        return probability(doc, frame, rules, candidates) >= threshold ? rules.swapped() : rules;
    }
}
