package org.rasd.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.rasd.gazetteer.Gazetteer;
import org.rasd.gazetteer.PlaceJudge;
import org.rasd.text.Document;
import org.rasd.text.Sentence;
import org.rasd.text.Token;
import org.tribuo.Feature;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.sequence.SequenceExample;
import org.tribuo.sequence.SequenceModel;

/**
 * The named-entity stage's one entry point: a linear-chain CRF (Tribuo's {@code CRFTrainer}) trained on NewsFANE by
 * {@code rasd train ner} ({@link NerTraining}), tagging PER, GPE, LOC, ORG and FAC in BIO over the text stage's
 * tokens. {@link #tag} gives the Viterbi labels; as a {@link PlaceJudge} it gives the geocoder the marginal
 * probability that a candidate's tokens are a place (GPE, LOC or FAC), computed only for the sentences that hold a
 * candidate. Thread-safe: a session belongs to one {@code find} call.
 */
public final class PlaceNer implements PlaceJudge {
    static final String MODEL = "place-ner.tribuo.gz";
    static final String META = "place-ner.properties";

    private final CRFModel viterbi;
    private final CRFModel marginals;
    private final NerFeatures features;
    private final double rejectBelow;
    private final double acceptAbove;

    private PlaceNer(byte[] model, Gazetteer gaz, double rejectBelow, double acceptAbove) {
        this.viterbi = crf(model);
        this.marginals = crf(model);
        this.marginals.setConfidenceType(CRFModel.ConfidenceType.MULTIPLY);
        this.features = new NerFeatures(gaz);
        this.rejectBelow = rejectBelow;
        this.acceptAbove = acceptAbove;
    }

    private PlaceNer(CRFModel viterbi, CRFModel marginals, NerFeatures features, double rejectBelow, double acceptAbove) {
        this.viterbi = viterbi;
        this.marginals = marginals;
        this.features = features;
        this.rejectBelow = rejectBelow;
        this.acceptAbove = acceptAbove;
    }

    /** A tagger over a gzipped serialized model ({@link SequenceModel#serializeToStream}) with the geocoder's thresholds. */
    public static PlaceNer of(byte[] model, Gazetteer gaz, double rejectBelow, double acceptAbove) {
        return new PlaceNer(model, gaz, rejectBelow, acceptAbove);
    }

    /**
     * The shipped model (next to this class) over {@code gaz}, with the thresholds of its properties file; null when
     * no model ships.
     */
    public static PlaceNer shipped(Gazetteer gaz) {
        try (InputStream in = PlaceNer.class.getResourceAsStream(MODEL);
             InputStream meta = PlaceNer.class.getResourceAsStream(META)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            if (meta != null) {
                p.load(meta);
            }
            return new PlaceNer(in.readAllBytes(), gaz, number(p, "reject_below"), number(p, "accept_above"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model " + MODEL, e);
        }
    }

    /**
     * The judge the pipeline's geocoder uses: the shipped model when its properties say {@code enabled=true}, else
     * {@link PlaceJudge#NONE} (the rules alone). The system property {@code rasd.ner} ({@code on} or {@code off})
     * overrides the flag, and {@code rasd.ner.reject} and {@code rasd.ner.accept} the thresholds, to measure them.
     */
    public static PlaceJudge forPipeline(Gazetteer gaz) {
        String flag = System.getProperty("rasd.ner", "");
        boolean on = flag.equals("on") || !flag.equals("off") && shippedEnabled();
        PlaceNer ner = on ? shipped(gaz) : null;
        if (ner == null) {
            return PlaceJudge.NONE;
        }
        String reject = System.getProperty("rasd.ner.reject");
        String accept = System.getProperty("rasd.ner.accept");
        return reject == null && accept == null ? ner : new PlaceNer(ner.viterbi, ner.marginals, ner.features,
                reject == null ? ner.rejectBelow : Double.parseDouble(reject),
                accept == null ? ner.acceptAbove : Double.parseDouble(accept));
    }

    /** Whether the shipped model's properties turn it on in the pipeline ({@code enabled=true}). */
    public static boolean shippedEnabled() {
        try (InputStream meta = PlaceNer.class.getResourceAsStream(META)) {
            if (meta == null) {
                return false;
            }
            Properties p = new Properties();
            p.load(meta);
            return Boolean.parseBoolean(p.getProperty("enabled", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + META, e);
        }
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? Double.NaN : Double.parseDouble(v.trim());
    }

    private static CRFModel crf(byte[] bytes) {
        try {
            SequenceModel<?> m = SequenceModel.deserializeFromStream(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes)));
            if (!(m instanceof CRFModel crf) || !m.validate(Label.class)) {
                throw new IOException("not a CRF over labels: " + m.getClass().getName());
            }
            return crf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NER model", e);
        }
    }

    /** The BIO labels (Viterbi) of a sentence's tokens. */
    public List<String> tag(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        if (tokens.isEmpty()) {
            return out;
        }
        for (Prediction<Label> p : viterbi.predict(example(tokens))) {
            out.add(p.getOutput().getLabel());
        }
        return out;
    }

    /** Per token, the marginal probability of a place label (B- or I- of GPE, LOC, FAC). */
    public double[] placeProbabilities(List<Token> tokens) {
        double[] out = new double[tokens.size()];
        if (tokens.isEmpty()) {
            return out;
        }
        List<Prediction<Label>> ps = marginals.predict(example(tokens));
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (Map.Entry<String, Label> e : ps.get(i).getOutputScores().entrySet()) {
                String l = e.getKey();
                if (l.length() > 2 && NewsFane.PLACES.contains(l.substring(2))) {
                    s += e.getValue().getScore();
                }
            }
            out[i] = Math.min(1, s);
        }
        return out;
    }

    private SequenceExample<Label> example(List<Token> tokens) {
        List<List<Feature>> fs = features.of(tokens);
        return SequenceExample.createWithEmptyOutputs(fs, new LabelFactory());
    }

    @Override
    public double rejectBelow() {
        return rejectBelow;
    }

    @Override
    public double acceptAbove() {
        return acceptAbove;
    }

    /**
     * Whether the model has learnt the word itself: its stripped form was kept as a feature (seen at least
     * min_count times in NewsFANE). A name it has never seen (Kobani, Anbar) is judged on context alone, too weakly to
     * overrule the gazetteer; a word it knows and does not tag as a place is a common word.
     */
    boolean knows(Token t) {
        return t.kind() != org.rasd.text.TokenKind.WORD || marginals.getFeatureIDMap().getID(NerFeatures.formFeature(t)) >= 0;
    }

    /**
     * Sentences are tagged when a candidate in them is first asked about; a token outside every sentence gets a
     * window. No opinion (NaN) on a candidate with a word the model does not know ({@link #knows}).
     */
    @Override
    public Session open(Document doc) {
        List<Token> toks = doc.tokens();
        Map<Long, double[]> cache = new HashMap<>();
        return (t0, t1) -> {
            if (t0 < 0 || t1 > toks.size() || t0 >= t1) {
                return Double.NaN;
            }
            for (int i = t0; i < t1; i++) {
                if (!knows(toks.get(i))) {
                    return Double.NaN;
                }
            }
            int a;
            int b;
            Sentence s = doc.sentenceAt(toks.get(t0).start());
            if (s != null && s.end() >= toks.get(t1 - 1).end()) {
                a = doc.firstTokenAtOrAfter(s.start());
                b = doc.firstTokenAtOrAfter(s.end());
            } else {
                a = Math.max(0, t0 - 20);
                b = Math.min(toks.size(), t1 + 20);
            }
            double[] p = cache.computeIfAbsent(((long) a << 32) | b, k -> placeProbabilities(toks.subList(a, b)));
            double sum = 0;
            for (int i = t0; i < t1; i++) {
                sum += p[i - a];
            }
            return sum / (t1 - t0);
        };
    }
}
