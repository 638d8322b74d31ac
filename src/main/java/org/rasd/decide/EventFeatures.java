package org.rasd.decide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Evidence;

/**
 * The features of one coded event in its article, as (name, value) pairs: what the rules decided (sub-event
 * type, trigger, precision codes, date distance from publication, toll, actor types, confidence), where the
 * event sits (sentence position, country agreement with the article's other events, place in the title) and
 * the words of its sentence (Lucene's {@link ArabicAnalyzer}: normalised, light-stemmed, stop words removed).
 */
public final class EventFeatures {
    private static final Analyzer ANALYZER = new ArabicAnalyzer();

    private EventFeatures() {
    }

    /** A named feature value. */
    public record Feature(String name, double value) {
    }

    /** Feature groups beyond the rules' outputs and the sentence's stems (see {@link #of(Article, Event, List, Set)}). */
    public static final Set<String> ALL_GROUPS = Set.of("context", "cues", "dates", "article");
    /** Tokens each side of the trigger whose stems and bigrams are context features. */
    static final int WINDOW = 4;

    /** Features of {@code e} among {@code all} (the article's coded events, {@code e} included), without the extra groups. */
    public static List<Feature> of(Article a, Event e, List<Event> all) {
        return of(a, e, all, Set.of());
    }

    /**
     * Features of {@code e} among {@code all}: the rules' outputs and the stems of its sentence, plus the named
     * {@code groups}: {@code context} (stems and bigrams of the trigger's clause and of a window around it),
     * {@code cues} (the modality, background and report cues of the lexicon found in its sentence, as features
     * instead of vetoes: in the trigger's clause, before it, anywhere in the sentence), {@code dates} (dates and
     * years the sentence names, against the publication day; how many numbers it gives), {@code article} (the
     * event's offset in the article, its source, length, how many countries, places and events in the same
     * sentence).
     */
    public static List<Feature> of(Article a, Event e, List<Event> all, Set<String> groups) {
        List<Feature> f = new ArrayList<>();
        f.add(new Feature("type=" + e.eventType().label(), 1));
        f.add(new Feature("sub=" + e.subEventType().label(), 1));
        f.add(new Feature("gp=" + (e.location() == null ? 0 : e.location().geoPrecision()), 1));
        f.add(new Feature("tp=" + e.timePrecision(), 1));
        f.add(new Feature("days=" + dayBucket(a, e), 1));
        f.add(new Feature("fat=" + fatalBucket(e.fatalities()), 1));
        f.add(new Feature("a1=" + (e.actor1() == null ? "none" : Integer.toString(e.actor1().inter().code())), 1));
        f.add(new Feature("a2=" + (e.actor2() == null ? "none" : Integer.toString(e.actor2().inter().code())), 1));
        f.add(new Feature("attempted", e.attempted() ? 1 : 0));
        f.add(new Feature("civtarget", e.civilianTargeting() ? 1 : 0));
        f.add(new Feature("confidence", e.confidence()));
        f.add(new Feature("events", Math.log1p(all.size())));
        f.add(new Feature("sameSubInArticle", Math.log1p(all.stream().filter(o -> o.subEventType().equals(e.subEventType())).count() - 1)));
        String country = e.location() == null ? null : e.location().country();
        f.add(new Feature("mainCountry", country != null && country.equals(mainCountry(all)) ? 1 : 0));
        String title = a.title() == null ? "" : a.title();
        f.add(new Feature("placeInTitle", e.location() != null && e.location().nameAr() != null
                && !e.location().nameAr().isEmpty() && title.contains(e.location().nameAr()) ? 1 : 0));
        Set<String> roles = new LinkedHashSet<>();
        Evidence sentence = null;
        for (Evidence v : e.evidence()) {
            roles.add(v.role());
            if (sentence == null && "sentence".equals(v.role())) {
                sentence = v;
            }
            if ("trigger".equals(v.role())) {
                for (String t : stems(v.text())) {
                    f.add(new Feature("trig=" + t, 1));
                }
            }
        }
        for (String r : roles) {
            f.add(new Feature("role=" + r, 1));
        }
        int len = a.text() == null ? 0 : a.text().length();
        f.add(new Feature("position", sentence == null || len == 0 ? 0 : (double) sentence.start() / len));
        f.add(new Feature("firstSentence", sentence != null && sentence.start() < 5 ? 1 : 0));
        if (sentence != null) {
            for (String t : stems(sentence.text())) {
                f.add(new Feature("w=" + t, 1));
            }
        }
        Evidence trigger = e.evidence().stream().filter(v -> "trigger".equals(v.role())).findFirst().orElse(null);
        if (sentence != null && (groups.contains("context") || groups.contains("cues") || groups.contains("dates"))) {
            SentenceContext.of(a, sentence, trigger).features(groups, f);
        }
        if (groups.contains("article")) {
            articleFeatures(a, e, all, sentence, f);
        }
        return dedup(f);
    }

    private static void articleFeatures(Article a, Event e, List<Event> all, Evidence sentence, List<Feature> f) {
        int at = sentence == null ? -1 : sentence.start();
        f.add(new Feature("pos=" + (at < 0 ? "none" : at < 400 ? "lead" : at < 1500 ? "early" : at < 4000 ? "mid" : "late"), 1));
        int len = a.text() == null ? 0 : a.text().length();
        f.add(new Feature("alen=" + (len < 1500 ? "short" : len < 4000 ? "medium" : len < 8000 ? "long" : "verylong"), 1));
        if (a.source() != null && !a.source().isBlank()) {
            f.add(new Feature("src=" + a.source(), 1));
        }
        Set<String> countries = new java.util.HashSet<>();
        Set<String> places = new java.util.HashSet<>();
        int sameSentence = 0;
        for (Event o : all) {
            if (o.location() != null) {
                countries.add(String.valueOf(o.location().country()));
                places.add(o.location().lat() + "," + o.location().lon());
            }
            Evidence s = o.evidence().stream().filter(v -> "sentence".equals(v.role())).findFirst().orElse(null);
            if (s != null && sentence != null && s.start() == sentence.start()) {
                sameSentence++;
            }
        }
        f.add(new Feature("countries=" + Math.min(countries.size(), 3), 1));
        f.add(new Feature("places=" + (places.size() <= 2 ? Integer.toString(places.size()) : places.size() <= 5 ? "3-5" : "6+"), 1));
        f.add(new Feature("inSentence=" + Math.min(sameSentence, 3), 1));
    }

    private static List<Feature> dedup(List<Feature> f) {
        Map<String, Feature> m = new java.util.LinkedHashMap<>();
        for (Feature x : f) {
            m.putIfAbsent(x.name(), x);
        }
        return new ArrayList<>(m.values());
    }

    static String dayBucket(Article a, Event e) {
        if (e.eventDate() == null) {
            return "none";
        }
        if (a.published() == null) {
            return "nopub";
        }
        long d = ChronoUnit.DAYS.between(e.eventDate(), a.published());
        if (d < 0) {
            return "future";
        }
        return d == 0 ? "0" : d == 1 ? "1" : d <= 7 ? "2-7" : d <= 31 ? "8-31" : "older";
    }

    static String fatalBucket(Integer n) {
        if (n == null || n == 0) {
            return "0";
        }
        return n <= 3 ? "1-3" : n <= 10 ? "4-10" : n <= 50 ? "11-50" : "51+";
    }

    private static String mainCountry(List<Event> all) {
        Map<String, Integer> n = new HashMap<>();
        String best = null;
        int bestN = 0;
        for (Event o : all) {
            if (o.location() != null && o.location().country() != null) {
                int c = n.merge(o.location().country(), 1, Integer::sum);
                if (c > bestN) {
                    bestN = c;
                    best = o.location().country();
                }
            }
        }
        return best;
    }

    /** The analyser's terms of {@code text}, in order, without repeats. */
    static List<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new ArrayList<>(out);
    }
}
