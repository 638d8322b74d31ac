package org.rasd.decide;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.rasd.Rasd;
import org.rasd.eval.Scorer;
import org.rasd.extract.Decider;
import org.rasd.extract.Frame;
import org.rasd.extract.PlaceRef;
import org.rasd.gazetteer.Place;
import org.rasd.io.EventJson;
import org.rasd.model.Article;
import org.rasd.model.ExtractionResult;
import org.rasd.model.Location;
import org.rasd.text.Document;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Trains the place ranker ({@link LearnedPlaceRanker}) from the annotated corpus: every reading of every candidate
 * place of every frame the rules build on a training article (recorded through the {@link Decider#places} seam) is
 * labelled by whether it lies within score.py's tolerance of a required gold event of the article of the frame's event
 * type (its point or one of its alternatives); LIBLINEAR logistic regression (fixed seed). The ranker's margin and floor are chosen by event
 * F1 of whole extractions in k-fold cross-validation grouped by article, each article decided by the model of the
 * other folds.
 */
public final class PlaceTraining {
    /** The margins (1.01: never re-read or switch) and floors (0: never drop) of the grid. */
    static final double[] MARGINS = {1.01, 0.3, 0.2, 0.1};
    static final double[] FLOORS = {0, 0.05, 0.1, 0.15, 0.2, 0.3};

    private PlaceTraining() {
    }

    /** The candidate readings of the frames of each article, recorded while the rules decide. */
    static final class Recorder implements Decider {
        final Map<String, List<List<PlaceFeatures.Candidate>>> byDoc = new ConcurrentHashMap<>();

        @Override
        public List<PlaceRef> places(Document doc, List<PlaceRef> article, Frame frame, List<PlaceRef> ranked, int chosen) {
            byDoc.computeIfAbsent(doc.docId(), k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(PlaceFeatures.of(doc, article, frame, ranked, chosen));
            return ranked.subList(0, chosen);
        }
    }

    /** Labelled readings and how many frames and articles they come from. */
    public record Data(List<Training.Sample> samples, int frames, int articles, int rulesGood, int fixable, int noneGood) {
        public long positives() {
            return samples.stream().filter(Training.Sample::event).count();
        }
    }

    /**
     * The labelled readings of the articles of {@code gold} that report at least one required event (articles
     * without one teach nothing about places: dropping their events is the event filter's job).
     */
    public static Data label(Rasd rules, Map<String, JsonNode> gold, Map<String, Article> articles) {
        Recorder rec = new Recorder();
        Rasd r = rules.withDecider(rec);
        List<Article> todo = new ArrayList<>();
        for (String id : new TreeMap<>(gold).keySet()) {
            if (articles.containsKey(id) && required(gold.get(id)).size() > 0) {
                todo.add(articles.get(id));
            }
        }
        todo.parallelStream().forEach(r::extract);
        List<Training.Sample> out = new ArrayList<>();
        int frames = 0;
        int rulesGood = 0;
        int fixable = 0;
        int noneGood = 0;
        for (Article a : todo) {
            List<JsonNode> g = required(gold.get(a.docId()));
            for (List<PlaceFeatures.Candidate> frame : rec.byDoc.getOrDefault(a.docId(), List.of())) {
                frames++;
                boolean byRules = false;
                boolean any = false;
                for (PlaceFeatures.Candidate c : frame) {
                    boolean good = g.stream().anyMatch(e -> good(c, e));
                    out.add(new Training.Sample(a.docId(), c.features(), good));
                    any |= good;
                    byRules |= good && c.features().stream().anyMatch(x -> x.name().equals("rules"));
                }
                rulesGood += byRules ? 1 : 0;
                fixable += !byRules && any ? 1 : 0;
                noneGood += any ? 0 : 1;
            }
        }
        return new Data(out, frames, todo.size(), rulesGood, fixable, noneGood);
    }

    /** A reading at the place of a gold event of the frame's type. */
    static boolean good(PlaceFeatures.Candidate c, JsonNode gold) {
        return c.eventType().equals(gold.path("event_type").asText()) && located(c.location(), gold);
    }

    /**
     * The ceiling of any ranker over the rules' candidates: a decider that knows the gold. A chosen place at no gold
     * place is re-read or replaced by a reading or candidate that is at one; with none, it is kept, or dropped when
     * {@code drop}.
     */
    public static Decider oracle(Map<String, JsonNode> gold, boolean drop) {
        return new Decider() {
            @Override
            public List<PlaceRef> places(Document doc, List<PlaceRef> article, Frame frame, List<PlaceRef> ranked, int chosen) {
                JsonNode d = gold.get(doc.docId());
                if (d == null) {
                    return ranked.subList(0, chosen);
                }
                List<JsonNode> g = required(d);
                List<PlaceFeatures.Candidate> cands = PlaceFeatures.of(doc, article, frame, ranked, chosen);
                List<PlaceRef> out = new ArrayList<>();
                for (int i = 0; i < chosen; i++) {
                    PlaceRef p = ranked.get(i);
                    PlaceFeatures.Candidate at = null;
                    for (PlaceFeatures.Candidate c : cands) {
                        if (c.place() == i && g.stream().anyMatch(e -> good(c, e)) && (at == null || c.reading() == 0)) {
                            at = c;
                        }
                    }
                    if (at != null) {
                        out.add(at.reading() == 0 ? p : p.reading(at.location()));
                    } else if (!drop) {
                        out.add(p);
                    }
                }
                if (out.size() < chosen || !drop && out.stream().noneMatch(p -> g.stream().anyMatch(e -> located(p.location(), e)))) {
                    for (PlaceFeatures.Candidate c : cands) {
                        if (c.place() >= chosen && g.stream().anyMatch(e -> good(c, e))) {
                            PlaceRef p = ranked.get(c.place());
                            return List.of(c.reading() == 0 ? p : p.reading(c.location()));
                        }
                    }
                }
                return out;
            }
        };
    }

    static List<JsonNode> required(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : doc.path("events")) {
            if (!e.path("optional").asBoolean(false)) {
                out.add(e);
            }
        }
        return out;
    }

    /** True when {@code l} lies within the gold event's tolerance (25 km by default) of its point or an alternative. */
    static boolean located(Location l, JsonNode gold) {
        JsonNode g = gold.path("location");
        if (l.lat() == null || l.lon() == null || !g.has("lat") || g.get("lat").isNull()) {
            return false;
        }
        double tol = g.has("tolerance_km") ? g.get("tolerance_km").asDouble() : 25;
        double best = Place.distanceKm(l.lat(), l.lon(), g.get("lat").asDouble(), g.get("lon").asDouble());
        for (JsonNode a : g.path("alternatives")) {
            if (a.has("lat") && a.has("lon")) {
                best = Math.min(best, Place.distanceKm(l.lat(), l.lon(), a.get("lat").asDouble(), a.get("lon").asDouble()));
            }
        }
        return best <= tol;
    }

    /** The fold models: model {@code f} is trained on the samples of the other folds. */
    public static List<Model<Label>> foldModels(Data d, int k, Training.Spec spec) {
        List<Model<Label>> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Training.Sample> train = new ArrayList<>();
            for (Training.Sample s : d.samples()) {
                if (Training.fold(s.docId(), k) != f) {
                    train.add(s);
                }
            }
            out.add(Training.train(train, spec));
        }
        return out;
    }

    /** A ranker that decides each article with the model of the folds it was not trained on. */
    public static Decider outOfFold(List<Model<Label>> models, double margin, double floor) {
        int k = models.size();
        return new LearnedPlaceRanker(doc -> models.get(Training.fold(doc.docId(), k)), margin, floor);
    }

    /** The score of extracting {@code articles} with {@code places} deciding places and {@code filter} the events. */
    public static Scorer.Result score(Rasd base, Decider places, EventFilter filter, Map<String, JsonNode> gold,
            Map<String, Article> articles) throws IOException {
        List<ExtractionResult> rs = extract(base, places, filter, gold, articles);
        String dump = System.getenv("RASD_RANKER_DUMP");
        if (dump != null) {
            List<String> out = new ArrayList<>();
            for (ExtractionResult x : rs) {
                out.add(EventJson.MAPPER.writeValueAsString(java.util.Map.of("doc_id", x.docId(),
                        "events", x.events().stream().map(EventJson::event).toList())));
            }
            Files.write(Path.of(dump).resolve((places == Decider.RULES ? "rules-" : "ranker-") + gold.size() + ".jsonl"), out,
                    StandardCharsets.UTF_8);
        }
        return Scorer.score(gold, rs);
    }

    /** The results of extracting the articles of {@code gold} with {@code places} and {@code filter}, in gold order. */
    public static List<ExtractionResult> extract(Rasd base, Decider places, EventFilter filter, Map<String, JsonNode> gold,
            Map<String, Article> articles) {
        Rasd r = base.withDecider(places.withEvents(filter::apply));
        List<Article> todo = new ArrayList<>();
        for (String id : gold.keySet()) {
            if (articles.containsKey(id)) {
                todo.add(articles.get(id));
            }
        }
        return todo.parallelStream().map(r::extract).toList();
    }

    /** One point of the grid with its cross-validated score. */
    public record Point(double margin, double floor, Scorer.Result result) {
        public String format() {
            return String.format(Locale.ROOT, "margin %.2f floor %.2f: %s, location recall %s", margin, floor, result.summary(),
                    result.metrics().get("location_recall"));
        }
    }

    /** Cross-validated scores over the grid of margins and floors, in grid order. */
    public static List<Point> grid(Rasd base, List<Model<Label>> models, EventFilter filter, Map<String, JsonNode> gold,
            Map<String, Article> articles) throws IOException {
        List<Point> out = new ArrayList<>();
        boolean quick = System.getenv("RASD_RANKER_QUICK") != null; // while developing: four points
        for (double m : quick ? new double[] {MARGINS[0], MARGINS[2]} : MARGINS) {
            for (double f : quick ? new double[] {FLOORS[0], FLOORS[2]} : FLOORS) {
                Point p = new Point(m, f, score(base, outOfFold(models, m, f), filter, gold, articles));
                System.err.println("rasd train: place ranker " + p.format());
                out.add(p);
            }
        }
        return out;
    }
}
