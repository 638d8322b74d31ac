package org.rasd.decide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.rasd.extract.Decider;
import org.rasd.extract.Frame;
import org.rasd.extract.PlaceRef;
import org.rasd.text.Document;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The learned place ranker ({@link Decider#places}): scores every reading of every candidate place of a frame with
 * the probability that it is where a gold event of the article lies ({@link PlaceFeatures}, a logistic regression
 * trained by {@code rasd train}), then
 * <ul>
 *   <li>reads a chosen place as another of its readings when that one scores {@code margin} higher;</li>
 *   <li>drops a chosen town or village (not a region or country) whose best reading scores under {@code floor} ("no
 *       place" beats a wrong village);</li>
 *   <li>when the rules chose one place, takes another candidate (a coarser unit, a place the rules set aside)
 *       that scores {@code margin} higher, or, when every chosen place was dropped, the best other candidate that
 *       reaches {@code floor}; with none, the frame is vetoed.</li>
 * </ul>
 * The model and its two parameters ship next to this class ({@value #MODEL}, {@value #META}).
 */
public final class LearnedPlaceRanker implements Decider {
    static final String MODEL = "place-ranker.tribuo";
    static final String META = "place-ranker.properties";

    private final Function<Document, Model<Label>> model;
    private final double margin;
    private final double floor;

    /** A ranker over one model. */
    public LearnedPlaceRanker(Model<Label> model, double margin, double floor) {
        this(d -> model, margin, floor);
    }

    /** A ranker whose model may depend on the document (one model per cross-validation fold). */
    LearnedPlaceRanker(Function<Document, Model<Label>> model, double margin, double floor) {
        this.model = model;
        this.margin = margin;
        this.floor = floor;
    }

    /** The shipped ranker, or {@link Decider#RULES} when none ships or it is switched off. */
    public static Decider shipped() {
        try (InputStream meta = LearnedPlaceRanker.class.getResourceAsStream(META);
             InputStream in = LearnedPlaceRanker.class.getResourceAsStream(MODEL)) {
            if (meta == null || in == null) {
                return RULES;
            }
            Properties p = new Properties();
            p.load(meta);
            if (!Boolean.parseBoolean(p.getProperty("enabled", "false"))) {
                return RULES;
            }
            return new LearnedPlaceRanker(LearnedEventFilter.load(in), Double.parseDouble(p.getProperty("margin")),
                    Double.parseDouble(p.getProperty("floor")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model " + MODEL, e);
        }
    }

    @Override
    public List<PlaceRef> places(Document doc, List<PlaceRef> article, Frame frame, List<PlaceRef> ranked, int chosen) {
        Model<Label> m = model.apply(doc);
        if (m == null || ranked.isEmpty()) {
            return ranked.subList(0, chosen);
        }
        List<PlaceFeatures.Candidate> cands = PlaceFeatures.of(doc, article, frame, ranked, chosen);
        double[] best = new double[ranked.size()];
        double[] main = new double[ranked.size()];
        PlaceFeatures.Candidate[] top = new PlaceFeatures.Candidate[ranked.size()];
        java.util.Arrays.fill(best, -1);
        for (PlaceFeatures.Candidate c : cands) {
            double p = LearnedEventFilter.probability(m, c.features());
            if (c.reading() == 0) {
                main[c.place()] = p;
            }
            if (p > best[c.place()]) {
                best[c.place()] = p;
                top[c.place()] = c;
            }
        }
        List<PlaceRef> out = new ArrayList<>();
        double kept = -1;
        for (int i = 0; i < chosen; i++) {
            PlaceRef p = ranked.get(i);
            if (best[i] < floor && p.precision() < 3) {
                continue;
            }
            double score = main[i];
            if (top[i].reading() != 0 && best[i] >= main[i] + margin) {
                p = p.reading(top[i].location());
                score = best[i];
            }
            out.add(p);
            kept = Math.max(kept, score);
        }
        int other = -1;
        for (int i = chosen; i < ranked.size(); i++) {
            if (!ranked.get(i).dateline() && (other < 0 || best[i] > best[other])) {
                other = i;
            }
        }
        if (other >= 0 && best[other] >= floor
                && (out.isEmpty() || chosen == 1 && out.size() == 1 && best[other] >= kept + margin)) {
            PlaceRef p = ranked.get(other);
            return List.of(top[other].reading() == 0 ? p : p.reading(top[other].location()));
        }
        return out;
    }
}
