package org.rasd.decide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * The learned frame classifier: keeps an event when the model's probability that it is a real, new event
 * (label {@value #EVENT}) reaches the threshold chosen by cross-validation at training time.
 * The model and its threshold ship as resources next to this class (written by {@code rasd train}).
 */
public final class LearnedEventFilter implements EventFilter {
    public static final String EVENT = "event";
    public static final String OTHER = "other";
    static final String MODEL = "event-filter.tribuo";
    static final String META = "event-filter.properties";

    private final Model<Label> model;
    private final double threshold;
    private final Set<String> groups;

    /** A filter over the rules' outputs and the sentence's stems only (no extra feature groups). */
    public LearnedEventFilter(Model<Label> model, double threshold) {
        this(model, threshold, Set.of());
    }

    /** A filter whose model was trained on the feature {@code groups} ({@link EventFeatures#of(Article, Event, List, Set)}). */
    public LearnedEventFilter(Model<Label> model, double threshold, Set<String> groups) {
        if (!model.getOutputIDInfo().getDomain().contains(new Label(EVENT))) {
            throw new IllegalArgumentException("the model has no \"" + EVENT + "\" label");
        }
        this.model = model;
        this.threshold = threshold;
        this.groups = Set.copyOf(groups);
    }

    /** The shipped model, or {@link EventFilter#NONE} when no model ships or it is switched off (threshold 0). */
    public static EventFilter shipped() {
        return shipped(MODEL, META, (m, p) -> new LearnedEventFilter(m, Double.parseDouble(p.getProperty("threshold")),
                groups(p.getProperty("groups", ""))));
    }

    /** The feature groups of a comma-separated list (blank: none). */
    public static Set<String> groups(String list) {
        Set<String> g = new java.util.TreeSet<>();
        for (String x : list.split(",")) {
            if (!x.isBlank()) {
                g.add(x.trim());
            }
        }
        return g;
    }

    /**
     * A shipped model next to this class with its threshold file, made into a filter by {@code make}; or
     * {@link EventFilter#NONE} when either file is missing or the model is switched off (threshold 0).
     */
    static EventFilter shipped(String modelFile, String metaFile,
            java.util.function.BiFunction<Model<Label>, Properties, EventFilter> make) {
        try (InputStream meta = LearnedEventFilter.class.getResourceAsStream(metaFile);
             InputStream in = LearnedEventFilter.class.getResourceAsStream(modelFile)) {
            if (meta == null || in == null) {
                return NONE;
            }
            Properties p = new Properties();
            p.load(meta);
            double t = Double.parseDouble(p.getProperty("threshold", "0"));
            if (t <= 0 || !Boolean.parseBoolean(p.getProperty("enabled", "true"))) {
                return NONE;
            }
            return make.apply(load(in), p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model " + modelFile, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Model<Label> load(InputStream in) throws IOException {
        Model<?> m = Model.deserializeFromStream(in);
        if (!m.validate(Label.class)) {
            throw new IOException("the event-filter model is not a classification model");
        }
        return (Model<Label>) m;
    }

    public double threshold() {
        return threshold;
    }

    /** The probability that {@code e} is a real event, by the model. */
    public double probability(Article a, Event e, List<Event> all) {
        return probability(model, EventFeatures.of(a, e, all, groups));
    }

    static double probability(Model<Label> model, List<EventFeatures.Feature> features) {
        Prediction<Label> p = model.predict(example(features, LabelFactory.UNKNOWN_LABEL));
        Label l = p.getOutputScores().get(EVENT);
        return l == null ? 0 : l.getScore();
    }

    static ArrayExample<Label> example(List<EventFeatures.Feature> features, Label label) {
        String[] names = new String[features.size()];
        double[] values = new double[features.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = features.get(i).name();
            values[i] = features.get(i).value();
        }
        return new ArrayExample<>(label, names, values);
    }

    @Override
    public List<Event> apply(Article article, List<Event> events) {
        List<Event> keep = new ArrayList<>(events.size());
        for (Event e : events) {
            if (probability(article, e, events) >= threshold) {
                keep.add(e);
            }
        }
        return keep;
    }
}
