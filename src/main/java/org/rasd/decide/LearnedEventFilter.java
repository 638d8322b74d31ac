package org.rasd.decide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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

    /** Tribuo's model, or null when {@link #weights} score the events. */
    private final Model<Label> model;
    /** The shipped model's weights (read from the cache of {@link #shipped()}), or null when {@link #model} scores. */
    private final LinearWeights weights;
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
        this.weights = null;
        this.threshold = threshold;
        this.groups = Set.copyOf(groups);
    }

    private LearnedEventFilter(LinearWeights weights, double threshold, Set<String> groups) {
        this.model = null;
        this.weights = weights;
        this.threshold = threshold;
        this.groups = Set.copyOf(groups);
    }

    /**
     * The shipped model, or {@link EventFilter#NONE} when no model ships or it is switched off (threshold 0). Its
     * weights are read from a cache under the home ({@code cache/models/}, keyed by the model file's checksums),
     * written the first time from Tribuo's model; the same probabilities as Tribuo's ({@link LinearWeights}).
     */
    public static EventFilter shipped() {
        return shipped(weightsCache());
    }

    /** {@link #shipped()} with the weights cached in {@code cacheDir} (null: no cache, Tribuo's model read each time). */
    static EventFilter shipped(Path cacheDir) {
        try (InputStream meta = LearnedEventFilter.class.getResourceAsStream(META);
             InputStream in = LearnedEventFilter.class.getResourceAsStream(MODEL)) {
            if (meta == null || in == null) {
                return NONE;
            }
            Properties p = switchedOn(meta);
            if (p == null) {
                return NONE;
            }
            double t = Double.parseDouble(p.getProperty("threshold"));
            Set<String> groups = groups(p.getProperty("groups", ""));
            byte[] bytes = in.readAllBytes();
            String key = LinearWeights.key(bytes);
            Path file = cacheDir == null ? null : cacheDir.resolve("event-filter-" + key + ".weights");
            LinearWeights w = file == null ? null : LinearWeights.read(file, key);
            if (w == null) {
                Model<Label> m = load(new java.io.ByteArrayInputStream(bytes));
                w = LinearWeights.of(m, EVENT);
                if (w == null) {
                    return new LearnedEventFilter(m, t, groups);
                }
                if (file != null) {
                    w.write(file, key);
                }
            }
            return new LearnedEventFilter(w, t, groups);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model " + MODEL, e);
        }
    }

    /** {@code cache/models} under the home ({@code RASD_HOME} or {@code ~/.rasd}); null when it cannot be resolved. */
    private static Path weightsCache() {
        try {
            return org.rasd.io.DataPaths.resolve(null).cache().resolve("models");
        } catch (RuntimeException e) {
            return null;
        }
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
            Properties p = switchedOn(meta);
            return p == null ? NONE : make.apply(load(in), p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model " + modelFile, e);
        }
    }

    /** A shipped model's threshold file, or null when the model is switched off (threshold 0, or enabled=false). */
    private static Properties switchedOn(InputStream meta) throws IOException {
        Properties p = new Properties();
        p.load(meta);
        double t = Double.parseDouble(p.getProperty("threshold", "0"));
        return t <= 0 || !Boolean.parseBoolean(p.getProperty("enabled", "true")) ? null : p;
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
        List<EventFeatures.Feature> f = EventFeatures.of(a, e, all, groups);
        return weights != null ? weights.probability(f) : probability(model, f);
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
