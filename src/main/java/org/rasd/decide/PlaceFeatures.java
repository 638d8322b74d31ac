package org.rasd.decide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasd.extract.Frame;
import org.rasd.extract.PlaceRef;
import org.rasd.gazetteer.Gazetteer;
import org.rasd.gazetteer.NameKeys;
import org.rasd.gazetteer.Place;
import org.rasd.model.Location;
import org.rasd.text.Document;
import org.rasd.text.Sentence;
import org.rasd.text.TsvTable;

/**
 * Features of one reading of one candidate place of a frame, for the learned place ranker: the rules' choice, the
 * reading's rank, kind, precision and source; agreement with the article's other places (focus country, admin1,
 * distance to the nearest other place); how often the name is an ordinary word in the week's news
 * ({@code gazetteer/common-words-derived.tsv}); the words before and after the mention (heads, «إلى», «جنوب»,
 * a dateline: the role of the place, learned rather than listed); where the mention lies against the trigger.
 */
public final class PlaceFeatures {
    /** The share of a name's occurrences in the week that follow a locative word or head (common-word score). */
    private static final Map<String, Double> LOCATIVE_SHARE = locativeShare();

    private PlaceFeatures() {
    }

    /** One reading of one candidate: {@code place} indexes the frame's ranked list, {@code reading} 0 is its main one. */
    public record Candidate(int place, int reading, Location location, String eventType, List<EventFeatures.Feature> features) {
    }

    private static Map<String, Double> locativeShare() {
        Map<String, Double> m = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource(Gazetteer.class, "common-words-derived.tsv", false, 3)) {
            double non = Double.parseDouble(r.col(1));
            double loc = Double.parseDouble(r.col(2));
            m.put(NameKeys.key(r.col(0)), loc / Math.max(1, non + loc));
        }
        for (TsvTable.Row r : TsvTable.resource(Gazetteer.class, "common-words.tsv", false, 1)) {
            m.putIfAbsent(NameKeys.key(r.col(0)), 0.0);
        }
        return m;
    }

    /** Every reading of every candidate place of a frame, in ranked order. */
    public static List<Candidate> of(Document doc, List<PlaceRef> article, Frame frame, List<PlaceRef> ranked, int chosen) {
        String focus = focus(article);
        int trigTok = doc.firstTokenAtOrAfter(frame.trigger().start());
        int bestChosen = 3;
        for (int i = 0; i < chosen; i++) {
            bestChosen = Math.min(bestChosen, ranked.get(i).precision());
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            PlaceRef p = ranked.get(i);
            List<EventFeatures.Feature> shared = shared(doc, article, frame, p, i < chosen, trigTok, bestChosen);
            List<Location> readings = new ArrayList<>();
            readings.add(p.location());
            readings.addAll(p.alternatives());
            for (int r = 0; r < readings.size(); r++) {
                List<EventFeatures.Feature> f = new ArrayList<>(shared);
                reading(f, readings.get(r), r, readings.size(), p, article, focus);
                out.add(new Candidate(i, r, readings.get(r), frame.subType().eventType().label(), f));
            }
        }
        return out;
    }

    private static void add(List<EventFeatures.Feature> f, String name) {
        f.add(new EventFeatures.Feature(name, 1));
    }

    /** Features of the mention, the same for all its readings. */
    private static List<EventFeatures.Feature> shared(Document doc, List<PlaceRef> article, Frame frame, PlaceRef p,
            boolean chosen, int trigTok, int bestChosen) {
        List<EventFeatures.Feature> f = new ArrayList<>();
        add(f, "bias");
        add(f, chosen ? "chosen" : "unchosen");
        add(f, "type=" + frame.subType().eventType().name());
        if (p.dateline()) {
            add(f, "dateline");
        }
        if (!chosen && p.precision() > bestChosen) {
            add(f, "coarser");
        }
        int tok = doc.firstTokenAtOrAfter(p.start());
        Sentence ps = doc.sentenceAt(p.start());
        Sentence ts = doc.sentenceAt(frame.trigger().start());
        if (ps == null || ts == null || ps != ts) {
            add(f, "othersentence");
        } else {
            int d = tok - trigTok;
            add(f, "tokd=" + (d < 0 ? "before" : "after") + bucket(Math.abs(d), 3, 8, 20));
        }
        for (int k = 1; k <= 2; k++) {
            if (tok - k >= 0) {
                add(f, "p" + k + "=" + doc.tokens().get(tok - k).norm());
            }
        }
        int after = doc.firstTokenAtOrAfter(p.end());
        if (after < doc.tokens().size()) {
            add(f, "n1=" + doc.tokens().get(after).norm());
        }
        String key = NameKeys.key(doc.text().substring(p.start(), p.end()));
        Double share = LOCATIVE_SHARE.get(key);
        add(f, share == null ? "common=no" : "common=" + bucket((int) Math.round(share * 100), 1, 3, 10));
        int mentions = 0;
        for (PlaceRef q : article) {
            if (q.key().equals(p.key())) {
                mentions++;
            }
        }
        add(f, "mentions=" + bucket(mentions, 1, 2, 4));
        add(f, "words=" + Math.min(3, NameKeys.words(doc.text().substring(p.start(), p.end())).size()));
        return f;
    }

    /** Features of one reading: rank, kind, precision, source, agreement with the other places of the article. */
    private static void reading(List<EventFeatures.Feature> f, Location l, int r, int n, PlaceRef p, List<PlaceRef> article,
            String focus) {
        add(f, "reading=" + Math.min(r, 2));
        add(f, "readings=" + bucket(n, 1, 2, 4));
        if (r == 0 && f.stream().anyMatch(x -> x.name().equals("chosen"))) {
            add(f, "rules");
        }
        add(f, "kind=" + (r == 0 && p.kind() != null ? p.kind() : "alt"));
        add(f, "prec=" + l.geoPrecision());
        String id = l.gazetteerId();
        add(f, "src=" + (id == null ? "none" : id.contains(":") ? id.substring(0, id.indexOf(':')) : id));
        add(f, "admin=" + (l.admin3() != null ? 3 : l.admin2() != null ? 2 : l.admin1() != null ? 1 : 0));
        add(f, "focus=" + (focus == null ? "none" : focus.equals(l.country()) ? "same" : "other"));
        double nearest = Double.MAX_VALUE;
        boolean admin1 = false;
        int sameCountry = 0;
        int others = 0;
        for (PlaceRef q : article) {
            if (q.dateline() || q.key().equals(p.key()) || q.start() == p.start()) {
                continue;
            }
            Location o = q.location();
            others++;
            if (o.country() != null && o.country().equals(l.country())) {
                sameCountry++;
            }
            if (l.admin1() != null && l.admin1().equals(o.admin1())) {
                admin1 = true;
            }
            if (l.lat() != null && o.lat() != null && q.precision() < 3) {
                nearest = Math.min(nearest, Place.distanceKm(l.lat(), l.lon(), o.lat(), o.lon()));
            }
        }
        add(f, "near=" + (nearest == Double.MAX_VALUE ? "none" : bucket((int) nearest, 10, 30, 100, 300)));
        if (admin1) {
            add(f, "admin1agree");
        }
        add(f, "countryshare=" + (others == 0 ? "none" : bucket(100 * sameCountry / others, 20, 50, 80)));
    }

    /** The country most of the article's places (not datelines) lie in, or null. */
    static String focus(List<PlaceRef> article) {
        Map<String, Integer> n = new HashMap<>();
        String best = null;
        for (PlaceRef q : article) {
            String c = q.location().country();
            if (q.dateline() || c == null) {
                continue;
            }
            int v = n.merge(c, 1, Integer::sum);
            if (best == null || v > n.get(best) || v == n.get(best) && c.compareTo(best) < 0) {
                best = c;
            }
        }
        return best;
    }

    /** "<a", "<b", … or ">=last" for {@code v} against increasing bounds. */
    static String bucket(int v, int... bounds) {
        for (int b : bounds) {
            if (v < b) {
                return String.format(Locale.ROOT, "<%d", b);
            }
        }
        return ">=" + bounds[bounds.length - 1];
    }
}
