package org.rasd.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasd.io.EventJson;
import org.rasd.model.ExtractionResult;

/**
 * A faithful Java port of {@code ../shared/eval/score.py}: same matching rules, same maximum-weight
 * assignment (same weights, same tie-breaking), same figures, rounding, key order and printout.
 *
 * <p>An event matches a gold event when it has the same event_type, lies within the gold tolerance
 * (25 km by default) of the gold point or one of its alternatives, and has a compatible date (gold
 * day ±1, ±7 when the gold time_precision is not 1; an undated gold event accepts no date or a date
 * from 8 days before to 1 day after publication). Per document, pairs are chosen by a Hungarian
 * maximum-weight assignment: 10000 per required gold event matched, 100 per optional one, then
 * +10 same sub_event_type, +3 same actor1 inter, +3 fatalities agreeing (or unknown in the gold).
 * Predictions paired with optional gold events are neither true nor false positives.
 *
 * <p>Entry points: {@link #score(Path, Path)} for two JSONL files, {@link #score(Path, Collection)} for
 * in-memory extraction results; {@link Result#format()} gives score.py's text output.
 */
public final class Scorer {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The metric names, in score.py's order. */
    public static final List<String> KEYS = List.of("documents", "missing_documents", "gold_required", "predicted",
            "tp", "fp", "fn", "matched_optional", "precision", "recall", "f1", "sub_event_type_acc",
            "actor1_inter_acc", "actor2_inter_acc", "fatalities_acc", "strict_f1", "location_recall");

    private Scorer() {
    }

    /** A malformed input: names the file and line (1-based). */
    public static final class BadInput extends RuntimeException {
        private final String file;
        private final int line;

        public BadInput(String file, int line, String message) {
            super(file + ":" + line + ": " + message);
            this.file = file;
            this.line = line;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }
    }

    /** Counts for one document, as score.py's --per-doc prints them. */
    public record DocScore(String docId, int tp, int fp, int fn) {
        /** {@code doc_id<TAB>tp=..<TAB>fp=..<TAB>fn=..}. */
        public String format() {
            return docId + "\ttp=" + tp + "\tfp=" + fp + "\tfn=" + fn;
        }
    }

    /** The figures score.py reports, in its key order (Long counts, Double ratios rounded to 4 places). */
    public static final class Result {
        private final Map<String, Number> metrics;
        private final List<DocScore> perDoc;

        Result(Map<String, Number> metrics, List<DocScore> perDoc) {
            this.metrics = Collections.unmodifiableMap(metrics);
            this.perDoc = List.copyOf(perDoc);
        }

        /** Every figure by its score.py key, in score.py's order. */
        public Map<String, Number> metrics() {
            return metrics;
        }

        public List<DocScore> perDoc() {
            return perDoc;
        }

        public double precision() {
            return metrics.get("precision").doubleValue();
        }

        public double recall() {
            return metrics.get("recall").doubleValue();
        }

        public double f1() {
            return metrics.get("f1").doubleValue();
        }

        public double strictF1() {
            return metrics.get("strict_f1").doubleValue();
        }

        /** The text score.py prints without flags: one {@code key value} line per figure, then the summary line. */
        public String format() {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Number> e : metrics.entrySet()) {
                sb.append(String.format("%-22s", e.getKey())).append(' ').append(value(e.getValue())).append('\n');
            }
            sb.append(summary()).append('\n');
            return sb.toString();
        }

        /** {@code event F1 0.xxx (P 0.xxx R 0.xxx), strict F1 0.xxx}. */
        public String summary() {
            return "event F1 " + Py.fixed(f1(), 3) + " (P " + Py.fixed(precision(), 3) + " R "
                    + Py.fixed(recall(), 3) + "), strict F1 " + Py.fixed(strictF1(), 3);
        }

        /** score.py's --per-doc lines. */
        public String formatPerDoc() {
            StringBuilder sb = new StringBuilder();
            for (DocScore d : perDoc) {
                sb.append(d.format()).append('\n');
            }
            return sb.toString();
        }

        /** The line score.py --json prints ({@code json.dumps} layout), without the newline. */
        public String toJson() {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<String, Number> e : metrics.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append('"').append(e.getKey()).append("\": ").append(value(e.getValue()));
            }
            return sb.append('}').toString();
        }

        private static String value(Number n) {
            return n instanceof Double d ? Py.repr(d) : n.toString();
        }

        @Override
        public String toString() {
            return toJson();
        }
    }

    /** Scores a prediction file against a gold file (both JSON lines, one document a line). */
    public static Result score(Path gold, Path pred) throws IOException {
        return score(load(gold, true), load(pred, false));
    }

    /** Scores in-memory extraction results (as {@code rasd extract} would write them) against a gold file. */
    public static Result score(Path gold, Collection<ExtractionResult> predictions) throws IOException {
        Map<Key, Doc> pred = new LinkedHashMap<>();
        int n = 0;
        for (ExtractionResult r : predictions) {
            n++;
            JsonNode node = EventJson.result(r);
            Doc d = checkPred(node, "<predictions>", n);
            pred.put(d.key, d);
        }
        return score(load(gold, true), pred);
    }

    /**
     * Scores in-memory extraction results against gold documents held in memory, each read as the line a gold file
     * would hold (so the figures equal those of writing {@code gold} to a file and scoring that).
     */
    public static Result score(Map<String, JsonNode> gold, Collection<ExtractionResult> predictions) throws IOException {
        Map<Key, Doc> docs = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode g : gold.values()) {
            n++;
            Doc d = checkGold(JSON.readTree(EventJson.MAPPER.writeValueAsString(g)), "<gold>", n);
            docs.put(d.key, d);
        }
        Map<Key, Doc> pred = new LinkedHashMap<>();
        int m = 0;
        for (ExtractionResult r : predictions) {
            m++;
            Doc d = checkPred(EventJson.result(r), "<predictions>", m);
            pred.put(d.key, d);
        }
        return score(docs, pred);
    }

    // ---------------------------------------------------------------- loading

    /** One JSON line: its doc_id key, content and where it came from. */
    record Doc(Key key, JsonNode node, String file, int line) {
    }

    /** A doc_id as a Python dict key: 1, 1.0 and True are the same key; str() of the first one is shown. */
    static final class Key {
        final String norm;
        final String display;

        Key(JsonNode id) {
            this.display = Py.str(id);
            if (Py.isNone(id)) {
                norm = "None";
            } else if (id.isTextual()) {
                norm = "s" + id.textValue();
            } else if (id.isNumber() || id.isBoolean()) {
                if (id.isFloatingPointNumber() && !Double.isFinite(id.doubleValue())) {
                    norm = "f" + id.doubleValue() + (Double.isNaN(id.doubleValue()) ? "@" + System.identityHashCode(id) : "");
                } else {
                    java.math.BigDecimal v = Py.exact(id);
                    norm = "n" + (v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString());
                }
            } else {
                throw new Py.PyError("doc_id must be a string, not " + id.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.norm.equals(norm);
        }

        @Override
        public int hashCode() {
            return norm.hashCode();
        }

        @Override
        public String toString() {
            return display;
        }
    }

    static Map<Key, Doc> load(Path path, boolean gold) throws IOException {
        String file = path.toString();
        Map<Key, Doc> docs = new LinkedHashMap<>();
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path), decoder))) {
            int n = 0;
            String line;
            while (true) {
                try {
                    line = r.readLine();
                } catch (CharacterCodingException e) {
                    throw new BadInput(file, n + 1, "not valid UTF-8");
                }
                if (line == null) {
                    break;
                }
                n++;
                if (Py.strip(line).isEmpty()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    String m = e.getMessage() == null ? e.toString() : e.getMessage();
                    int nl = m.indexOf('\n');
                    throw new BadInput(file, n, "invalid JSON: " + (nl < 0 ? m : m.substring(0, nl)));
                }
                Doc d = gold ? checkGold(node, file, n) : checkPred(node, file, n);
                docs.put(d.key, d);
            }
        }
        return docs;
    }

    private static Key docKey(JsonNode node, String file, int n) {
        if (node == null || !node.isObject()) {
            throw new BadInput(file, n, "expected a JSON object");
        }
        if (!node.has("doc_id")) {
            throw new BadInput(file, n, "missing \"doc_id\"");
        }
        try {
            return new Key(node.get("doc_id"));
        } catch (Py.PyError e) {
            throw new BadInput(file, n, e.getMessage());
        }
    }

    static Doc checkPred(JsonNode node, String file, int n) {
        Key key = docKey(node, file, n);
        JsonNode ev = node.get("events");
        if (Py.truthy(ev)) {
            if (!ev.isArray()) {
                throw new BadInput(file, n, "\"events\" must be a list");
            }
            for (int i = 0; i < ev.size(); i++) {
                if (!ev.get(i).isObject()) {
                    throw new BadInput(file, n, "event " + (i + 1) + " is not a JSON object");
                }
            }
        }
        return new Doc(key, node, file, n);
    }

    static Doc checkGold(JsonNode node, String file, int n) {
        Key key = docKey(node, file, n);
        JsonNode ev = node.get("events");
        if (ev != null && !ev.isArray()) {
            throw new BadInput(file, n, "\"events\" must be a list");
        }
        if (ev != null) {
            for (int i = 0; i < ev.size(); i++) {
                String where = "gold event " + (i + 1) + ": ";
                JsonNode g = ev.get(i);
                if (!g.isObject()) {
                    throw new BadInput(file, n, where + "not a JSON object");
                }
                for (String k : List.of("event_type", "sub_event_type", "location")) {
                    if (!g.has(k)) {
                        throw new BadInput(file, n, where + "missing \"" + k + "\"");
                    }
                }
                JsonNode loc = g.get("location");
                if (!loc.isObject()) {
                    throw new BadInput(file, n, where + "\"location\" must be an object");
                }
                checkPoint(loc, file, n, where + "location");
                if (loc.has("tolerance_km") && !isNum(loc.get("tolerance_km"))) {
                    throw new BadInput(file, n, where + "\"tolerance_km\" must be a number");
                }
                JsonNode alts = loc.get("alternatives");
                if (alts != null) {
                    if (!alts.isArray()) {
                        throw new BadInput(file, n, where + "\"alternatives\" must be a list");
                    }
                    for (int k = 0; k < alts.size(); k++) {
                        if (!alts.get(k).isObject()) {
                            throw new BadInput(file, n, where + "alternative " + (k + 1) + " is not an object");
                        }
                        checkPoint(alts.get(k), file, n, where + "alternative " + (k + 1));
                    }
                }
            }
        }
        return new Doc(key, node, file, n);
    }

    private static boolean isNum(JsonNode v) {
        return v != null && (v.isNumber() || v.isBoolean());
    }

    private static void checkPoint(JsonNode o, String file, int n, String where) {
        if (!isNum(o.get("lat")) || !isNum(o.get("lon"))) {
            throw new BadInput(file, n, where + " needs numeric \"lat\" and \"lon\"");
        }
    }

    // ---------------------------------------------------------------- matching

    static double km(double aLat, double aLon, double bLat, double bLon) {
        double dlat = Math.toRadians(bLat - aLat);
        double dlon = Math.toRadians(bLon - aLon);
        double s1 = Math.sin(dlat / 2);
        double s2 = Math.sin(dlon / 2);
        double h = s1 * s1 + Math.cos(Math.toRadians(aLat)) * Math.cos(Math.toRadians(bLat)) * s2 * s2;
        return 2 * 6371.0 * Math.asin(Math.sqrt(Math.min(1.0, h)));
    }

    /** score.py's point(e): the predicted coordinates, or null. */
    static double[] point(JsonNode e) {
        JsonNode l = Py.get(e, "location");
        if (!Py.truthy(l)) {
            l = null;
        } else if (!l.isObject()) {
            throw new Py.PyError("\"location\" must be an object");
        }
        JsonNode lat = l != null && l.has("lat") ? l.get("lat")
                : l != null && l.has("latitude") ? l.get("latitude") : Py.get(e, "latitude");
        JsonNode lon = l != null && l.has("lon") ? l.get("lon")
                : l != null && l.has("longitude") ? l.get("longitude") : Py.get(e, "longitude");
        if (Py.isNone(lat) || Py.isNone(lon)) {
            return null;
        }
        return new double[] {Py.toFloat(lat, "latitude"), Py.toFloat(lon, "longitude")};
    }

    static JsonNode inter(JsonNode a) {
        return a != null && a.isObject() ? a.get("inter") : null;
    }

    static boolean located(JsonNode p, JsonNode g) {
        double[] pt = point(p);
        if (pt == null) {
            return false;
        }
        JsonNode l = g.get("location");
        double tol = l.has("tolerance_km") ? Py.toFloat(l.get("tolerance_km"), "tolerance_km") : 25;
        double best = km(pt[0], pt[1], Py.toFloat(l.get("lat"), "lat"), Py.toFloat(l.get("lon"), "lon"));
        JsonNode alts = l.get("alternatives");
        if (alts != null) {
            for (JsonNode a : alts) {
                best = Math.min(best, km(pt[0], pt[1], Py.toFloat(a.get("lat"), "lat"), Py.toFloat(a.get("lon"), "lon")));
            }
        }
        return best <= tol;
    }

    static boolean matches(JsonNode p, JsonNode g, JsonNode published) {
        if (!Py.eq(Py.get(p, "event_type"), g.get("event_type")) || !located(p, g)) {
            return false;
        }
        LocalDate pd = Py.day(p.has("event_date") ? p.get("event_date") : p.get("date"));
        LocalDate gd = Py.day(g.get("date"));
        if (gd != null) {
            int slack = !g.has("time_precision") || Py.eqInt(g.get("time_precision"), 1) ? 1 : 7;
            return pd != null && Math.abs(ChronoUnit.DAYS.between(gd, pd)) <= slack;
        }
        LocalDate pub = Py.day(published);
        if (pd == null || pub == null) {
            return true;
        }
        long d = ChronoUnit.DAYS.between(pub, pd);
        return -8 <= d && d <= 1;
    }

    /** Whether an aligned pair counts for strict F1: same sub-event type, same actor 1 inter, the toll agrees. */
    public static boolean strictOk(JsonNode p, JsonNode g) {
        return Py.eq(p.get("sub_event_type"), g.get("sub_event_type")) && Py.eq(inter(p.get("actor1")), inter(g.get("actor1")))
                && fatalOk(p, g);
    }

    static boolean fatalOk(JsonNode p, JsonNode g) {
        JsonNode gf = g.get("fatalities");
        if (Py.isNone(gf)) {
            return true;
        }
        return Py.eq(p.get("fatalities"), gf);
    }

    /**
     * Maximum-weight assignment (Hungarian algorithm, score.py's exact loop and tie-breaking) on a
     * rows × cols matrix of non-negative weights; returns row → col for the pairs with positive weight.
     */
    public static Map<Integer, Integer> assignment(long[][] weights) {
        int nR = weights.length;
        int nC = nR > 0 ? weights[0].length : 0;
        int n = Math.max(nR, nC);
        if (n == 0) {
            return Map.of();
        }
        long big = 0;
        for (long[] row : weights) {
            for (long w : row) {
                big = Math.max(big, w);
            }
        }
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = big - (i < nR && j < nC ? weights[i][j] : 0);
            }
        }
        final double inf = Double.POSITIVE_INFINITY;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            java.util.Arrays.fill(minv, inf);
            boolean[] used = new boolean[n + 1];
            while (true) {
                used[j0] = true;
                int i0 = p[j0];
                double delta = inf;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
                if (p[j0] == 0) {
                    break;
                }
            }
            while (true) {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
                if (j0 == 0) {
                    break;
                }
            }
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (int j = 1; j <= n; j++) {
            int i = p[j] - 1;
            if (i < nR && j - 1 < nC && weights[i][j - 1] > 0) {
                out.put(i, j - 1);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- scoring

    private static long weight(JsonNode p, JsonNode g, JsonNode published) {
        if (!matches(p, g, published)) {
            return 0;
        }
        long w = Py.truthy(g.get("optional")) ? 100 : 10000;
        w += Py.eq(p.get("sub_event_type"), g.get("sub_event_type")) ? 10 : 0;
        w += Py.eq(inter(p.get("actor1")), inter(g.get("actor1"))) ? 3 : 0;
        w += fatalOk(p, g) ? 3 : 0;
        return w;
    }

    /**
     * How score.py pairs one document's predictions with its gold events: for each prediction, the index
     * of the gold event it is assigned to (same maximum-weight assignment and weights as the score), or -1
     * for a false positive. The caller tells required from optional gold by the gold's "optional" field.
     */
    public static int[] align(List<JsonNode> predicted, List<JsonNode> gold, JsonNode published) {
        long[][] w = new long[predicted.size()][gold.size()];
        for (int i = 0; i < predicted.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                w[i][j] = weight(predicted.get(i), gold.get(j), published);
            }
        }
        Map<Integer, Integer> m = assignment(w);
        int[] out = new int[predicted.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.getOrDefault(i, -1);
        }
        return out;
    }

    static Result score(Map<Key, Doc> gold, Map<Key, Doc> pred) {
        long locHit = 0, tpAll = 0, fpAll = 0, fnAll = 0, opt = 0, sub = 0, act1 = 0, act2 = 0, act2N = 0,
                fat = 0, fatN = 0, strict = 0, docs = 0, missing = 0;
        List<DocScore> perDoc = new ArrayList<>();
        for (Doc gdoc : gold.values()) {
            docs++;
            Doc pdoc = pred.get(gdoc.key);
            if (pdoc == null) {
                missing++;
            }
            List<JsonNode> P = new ArrayList<>();
            if (pdoc != null && Py.truthy(pdoc.node.get("events"))) {
                pdoc.node.get("events").forEach(P::add);
            }
            List<JsonNode> G = new ArrayList<>();
            JsonNode gev = gdoc.node.get("events");
            if (gev != null) {
                gev.forEach(G::add);
            }
            // required gold before optional ones (stable)
            List<JsonNode> sorted = new ArrayList<>();
            for (JsonNode g : G) {
                if (!Py.truthy(g.get("optional"))) {
                    sorted.add(g);
                }
            }
            int reqN = sorted.size();
            for (JsonNode g : G) {
                if (Py.truthy(g.get("optional"))) {
                    sorted.add(g);
                }
            }
            G = sorted;
            JsonNode published = gdoc.node.get("published");
            long tp = 0;
            long fp = 0;
            try {
                long[][] w = new long[P.size()][G.size()];
                for (int i = 0; i < P.size(); i++) {
                    for (int j = 0; j < G.size(); j++) {
                        w[i][j] = weight(P.get(i), G.get(j), published);
                    }
                }
                Map<Integer, Integer> m = assignment(w);
                for (int i = 0; i < P.size(); i++) {
                    Integer j = m.get(i);
                    if (j == null) {
                        fp++;
                        continue;
                    }
                    JsonNode p = P.get(i);
                    JsonNode g = G.get(j);
                    if (Py.truthy(g.get("optional"))) {
                        opt++;
                        continue;
                    }
                    tp++;
                    boolean s = Py.eq(p.get("sub_event_type"), g.get("sub_event_type"));
                    boolean a1 = Py.eq(inter(p.get("actor1")), inter(g.get("actor1")));
                    sub += s ? 1 : 0;
                    act1 += a1 ? 1 : 0;
                    if (!Py.isNone(g.get("actor2"))) {
                        act2N++;
                        act2 += Py.eq(inter(p.get("actor2")), inter(g.get("actor2"))) ? 1 : 0;
                    }
                    boolean f = fatalOk(p, g);
                    if (!Py.isNone(g.get("fatalities"))) {
                        fatN++;
                        fat += f ? 1 : 0;
                    }
                    strict += s && a1 && f ? 1 : 0;
                }
                for (JsonNode g : G.subList(0, reqN)) {
                    for (JsonNode p : P) {
                        if (Py.eq(p.get("event_type"), g.get("event_type")) && located(p, g)) {
                            locHit++;
                            break;
                        }
                    }
                }
            } catch (Py.PyError e) {
                Doc where = pdoc != null ? pdoc : gdoc;
                throw new BadInput(where.file, where.line, "doc " + gdoc.key + ": " + e.getMessage());
            }
            long fn = reqN - tp;
            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
            perDoc.add(new DocScore(gdoc.key.display, (int) tp, (int) fp, (int) fn));
        }
        double[] prf = prf(tpAll, fpAll, fnAll);
        double[] sprf = prf(strict, fpAll + tpAll - strict, fnAll + tpAll - strict);
        long tpd = Math.max(tpAll, 1);
        Map<String, Number> res = new LinkedHashMap<>();
        res.put("documents", docs);
        res.put("missing_documents", missing);
        res.put("gold_required", tpAll + fnAll);
        res.put("predicted", tpAll + fpAll + opt);
        res.put("tp", tpAll);
        res.put("fp", fpAll);
        res.put("fn", fnAll);
        res.put("matched_optional", opt);
        res.put("precision", Py.round(prf[0], 4));
        res.put("recall", Py.round(prf[1], 4));
        res.put("f1", Py.round(prf[2], 4));
        res.put("sub_event_type_acc", Py.round((double) sub / tpd, 4));
        res.put("actor1_inter_acc", Py.round((double) act1 / tpd, 4));
        res.put("actor2_inter_acc", Py.round((double) act2 / Math.max(act2N, 1), 4));
        res.put("fatalities_acc", Py.round((double) fat / Math.max(fatN, 1), 4));
        res.put("strict_f1", Py.round(sprf[2], 4));
        res.put("location_recall", Py.round((double) locHit / Math.max(tpAll + fnAll, 1), 4));
        return new Result(res, perDoc);
    }

    private static double[] prf(long tp, long fp, long fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }
}
