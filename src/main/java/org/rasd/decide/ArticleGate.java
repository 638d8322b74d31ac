package org.rasd.decide;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The article gate: does this article report conflict or protest events at all? Sports, economy, religion and
 * opinion pieces use the same trigger words («مواجهات»، «هجوم»، «قصف») in other senses; when the gate's
 * probability is below its threshold, none of the article's coded events is kept. A Tribuo logistic regression
 * over the title's and the lead's stems and the rules' own output for the article ({@link #features}).
 */
public final class ArticleGate implements EventFilter {
    public static final String MODEL = "article-gate.tribuo";
    public static final String META = "article-gate.properties";
    /** Characters of the article's start that the gate reads besides the title. */
    static final int LEAD = 600;

    private final Model<Label> model;
    private final double threshold;

    public ArticleGate(Model<Label> model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** The shipped gate, or {@link EventFilter#NONE} when none ships or it is switched off. */
    public static EventFilter shipped() {
        return LearnedEventFilter.shipped(MODEL, META, (m, p) -> new ArticleGate(m, Double.parseDouble(p.getProperty("threshold"))));
    }

    /** Features of an article and the events the rules coded in it. */
    public static List<EventFeatures.Feature> features(Article a, List<Event> events) {
        List<EventFeatures.Feature> f = new ArrayList<>();
        if (a.title() != null && !a.title().isBlank()) {
            for (String t : EventFeatures.stems(a.title())) {
                f.add(new EventFeatures.Feature("t=" + t, 1));
            }
        }
        String text = a.text() == null ? "" : a.text();
        for (String t : EventFeatures.stems(text.substring(0, Math.min(LEAD, text.length())))) {
            f.add(new EventFeatures.Feature("b=" + t, 1));
        }
        f.add(new EventFeatures.Feature("events", Math.log1p(events.size())));
        Set<String> types = new LinkedHashSet<>();
        double conf = 0;
        for (Event e : events) {
            types.add("etype=" + e.eventType().label());
            conf = Math.max(conf, e.confidence());
        }
        for (String t : types) {
            f.add(new EventFeatures.Feature(t, 1));
        }
        f.add(new EventFeatures.Feature("maxConfidence", conf));
        f.add(new EventFeatures.Feature("length", Math.log1p(text.length()) / 10));
        // what kind of article: its source, how many countries and places its events spread over, events per 1,000 characters
        if (a.source() != null && !a.source().isBlank()) {
            f.add(new EventFeatures.Feature("src=" + a.source(), 1));
        }
        Set<String> countries = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (Event e : events) {
            if (e.location() != null) {
                countries.add(String.valueOf(e.location().country()));
                places.add(e.location().lat() + "," + e.location().lon());
            }
        }
        f.add(new EventFeatures.Feature("countries=" + Math.min(countries.size(), 3), 1));
        f.add(new EventFeatures.Feature("places=" + (places.size() <= 2 ? Integer.toString(places.size()) : places.size() <= 5 ? "3-5" : "6+"), 1));
        f.add(new EventFeatures.Feature("density", Math.min(1, events.size() * 1000.0 / Math.max(1, text.length()) / 3)));
        java.util.Map<String, EventFeatures.Feature> m = new java.util.LinkedHashMap<>();
        for (EventFeatures.Feature x : f) {
            m.putIfAbsent(x.name(), x);
        }
        return new ArrayList<>(m.values());
    }

    public double threshold() {
        return threshold;
    }

    /** The gate's probability that the article reports events. */
    public double probability(Article a, List<Event> events) {
        return LearnedEventFilter.probability(model, features(a, events));
    }

    @Override
    public List<Event> apply(Article article, List<Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        return probability(article, events) >= threshold ? events : List.of();
    }
}
