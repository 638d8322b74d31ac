package org.rasd.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The stream audit: what share of the events Rasd puts on the map are right, judged one by one on a
 * random sample of a whole stream of articles (not on articles chosen because they report conflict).
 * {@link #rows} turns predictions into worksheet rows, {@link #sample} draws the sample, {@link #write}
 * and {@link #read} are the worksheet's CSV, {@link #score} the figures.
 */
public final class Audit {
    /** Characters of article text shown on each side of the event's sentence. */
    static final int CONTEXT = 300;
    private static final CsvMapper CSV = new CsvMapper();

    private Audit() {
    }

    /** The worksheet rows (numbered 0) of one article's predicted events, given as {@code rasd extract} JSON. */
    public static List<Worksheet> rows(String docId, String published, String source, String title, String text,
            JsonNode events) {
        List<Worksheet> out = new ArrayList<>();
        if (events == null || !events.isArray()) {
            return out;
        }
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            JsonNode loc = e.path("location");
            JsonNode sentence = null;
            for (JsonNode ev : e.path("evidence")) {
                if ("sentence".equals(ev.path("role").asText())) {
                    sentence = ev;
                    break;
                }
            }
            String evidence = sentence == null ? "" : flat(sentence.path("text").asText());
            String context = "";
            if (sentence != null && text != null && sentence.has("start") && sentence.has("end")) {
                int s = Math.max(0, Math.min(text.length(), sentence.path("start").asInt()));
                int en = Math.max(s, Math.min(text.length(), sentence.path("end").asInt()));
                int a = Math.max(0, s - CONTEXT);
                int b = Math.min(text.length(), en + CONTEXT);
                context = flat((a > 0 ? "… " : "") + text.substring(a, s) + " [[" + text.substring(s, en) + "]] "
                        + text.substring(en, b) + (b < text.length() ? " …" : ""));
            }
            String place = loc.path("name_ar").asText("") + " / " + loc.path("name").asText("")
                    + (loc.hasNonNull("admin1") ? " (" + loc.path("admin1").asText() + ")" : "");
            out.add(new Worksheet(0, docId, i, nz(published), nz(source), flat(nz(title)),
                    e.path("event_type").asText(""), e.path("sub_event_type").asText(""), text(e.path("event_date")),
                    flat(place), text(loc.path("country")), text(loc.path("lat")), text(loc.path("lon")),
                    text(loc.path("geo_precision")), actor(e.path("actor1")), actor(e.path("actor2")),
                    text(e.path("fatalities")), text(e.path("confidence")), evidence, context, "", ""));
        }
        return out;
    }

    /**
     * {@code n} rows drawn uniformly without replacement with a seeded generator (all rows when there are
     * fewer), ordered by article and event so that a judge sees an article's events together, numbered from 1.
     * The same rows in the same order and the same seed give the same sample.
     */
    public static List<Worksheet> sample(List<Worksheet> all, int n, long seed) {
        List<Worksheet> pool = new ArrayList<>(all);
        Collections.shuffle(pool, new Random(seed));
        List<Worksheet> picked = new ArrayList<>(pool.subList(0, Math.min(n, pool.size())));
        picked.sort(Comparator.comparing(Worksheet::docId).thenComparingInt(Worksheet::eventIndex));
        List<Worksheet> out = new ArrayList<>(picked.size());
        for (int i = 0; i < picked.size(); i++) {
            Worksheet w = picked.get(i);
            out.add(new Worksheet(i + 1, w.docId(), w.eventIndex(), w.published(), w.source(), w.title(), w.eventType(),
                    w.subEventType(), w.eventDate(), w.place(), w.country(), w.lat(), w.lon(), w.geoPrecision(),
                    w.actor1(), w.actor2(), w.fatalities(), w.confidence(), w.evidence(), w.context(), w.verdict(),
                    w.comment()));
        }
        return out;
    }

    /** Writes the worksheet as CSV (RFC 4180 quoting, UTF-8 is the caller's writer), header first. */
    public static void write(List<Worksheet> rows, Writer w) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        Worksheet.COLUMNS.forEach(b::addColumn);
        try (var seq = CSV.writer(b.build()).writeValues(w)) {
            for (Worksheet r : rows) {
                seq.write(new Object[] {r.n(), r.docId(), r.eventIndex(), r.published(), r.source(), r.title(),
                        r.eventType(), r.subEventType(), r.eventDate(), r.place(), r.country(), r.lat(), r.lon(),
                        r.geoPrecision(), r.actor1(), r.actor2(), r.fatalities(), r.confidence(), r.evidence(),
                        r.context(), r.verdict(), r.comment()});
            }
        }
    }

    /** A judged row: its worksheet line, event type and verdict text as the judge wrote it. */
    public record Judged(long line, String n, String eventType, String verdict) {
    }

    /**
     * Reads a judged worksheet (any column order; {@code verdict} required, {@code event_type} optional).
     * A row the CSV parser cannot read is reported to {@code problems} with its line, and reading goes on.
     */
    public static List<Judged> read(Reader r, String file, Consumer<String> problems) throws IOException {
        List<Judged> out = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class).with(schema).readValues(r)) {
            boolean first = true;
            while (true) {
                long line = it.getParser().currentLocation().getLineNr();
                Map<String, String> row;
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    row = it.nextValue();
                    line = it.getParser().currentTokenLocation().getLineNr(); // the row's last field

                } catch (RuntimeException | IOException e) {
                    problems.accept(file + ":" + line + ": unreadable row: " + firstLine(e.getMessage()));
                    if (first) {
                        break; // a broken header: nothing after it can be read
                    }
                    continue;
                }
                if (first && !row.containsKey("verdict")) {
                    throw new IOException(file + ":1: no \"verdict\" column (a worksheet from rasd audit sample has one)");
                }
                first = false;
                out.add(new Judged(line, nz(row.get("n")), nz(row.get("event_type")), nz(row.get("verdict"))));
            }
        }
        return out;
    }

    /** The figures of a judged sample. */
    public record Score(int rows, int judged, int unjudged, int invalid, Map<Verdict, Integer> byVerdict,
            Map<String, int[]> byEventType, double precision, double low, double high) {
    }

    /**
     * Precision = ok / judged with its 95% Wilson interval, counts per verdict, and per event type
     * {ok, judged}. Rows without a verdict are unjudged; an unknown verdict is reported to {@code problems}
     * with its line and left out.
     */
    public static Score score(List<Judged> rows, String file, Consumer<String> problems) {
        Map<Verdict, Integer> by = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            by.put(v, 0);
        }
        Map<String, int[]> byType = new TreeMap<>();
        int judged = 0;
        int unjudged = 0;
        int invalid = 0;
        for (Judged j : rows) {
            if (j.verdict().isBlank()) {
                unjudged++;
                continue;
            }
            Verdict v = Verdict.of(j.verdict());
            if (v == null) {
                invalid++;
                problems.accept(file + ":" + j.line() + ": unknown verdict \"" + j.verdict().strip() + "\" (one of "
                        + String.join(", ", java.util.Arrays.stream(Verdict.values()).map(Verdict::label).toList()) + ")");
                continue;
            }
            judged++;
            by.merge(v, 1, Integer::sum);
            int[] t = byType.computeIfAbsent(j.eventType().isBlank() ? "?" : j.eventType(), k -> new int[2]);
            t[1]++;
            if (v == Verdict.OK) {
                t[0]++;
            }
        }
        int ok = by.get(Verdict.OK);
        double p = judged == 0 ? Double.NaN : (double) ok / judged;
        double[] ci = wilson(ok, judged);
        return new Score(rows.size(), judged, unjudged, invalid, by, byType, p, ci[0], ci[1]);
    }

    /** The 95% Wilson score interval of k successes in n trials ({NaN, NaN} when n is 0). */
    static double[] wilson(int k, int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z = 1.959963984540054;
        double p = (double) k / n;
        double d = 1 + z * z / n;
        double c = (p + z * z / (2.0 * n)) / d;
        double h = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / d;
        return new double[] {Math.max(0, c - h), Math.min(1, c + h)};
    }

    /** A plain-text report of a score. */
    public static String report(Score s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "judged %d of %d rows (%d unjudged, %d with an unknown verdict)%n",
                s.judged(), s.rows(), s.unjudged(), s.invalid()));
        b.append(String.format(Locale.ROOT, "precision %.3f  (95%% Wilson interval %.3f–%.3f)%n", s.precision(), s.low(),
                s.high()));
        b.append(String.format(Locale.ROOT, "%-12s %5s %7s%n", "verdict", "n", "share"));
        for (var e : s.byVerdict().entrySet()) {
            b.append(String.format(Locale.ROOT, "%-12s %5d %7.3f%n", e.getKey().label(), e.getValue(),
                    s.judged() == 0 ? 0.0 : (double) e.getValue() / s.judged()));
        }
        b.append(String.format(Locale.ROOT, "%-28s %5s %6s %9s%n", "event_type", "ok", "judged", "precision"));
        for (var e : s.byEventType().entrySet()) {
            int[] t = e.getValue();
            b.append(String.format(Locale.ROOT, "%-28s %5d %6d %9.3f%n", e.getKey(), t[0], t[1], (double) t[0] / t[1]));
        }
        return b.toString();
    }

    private static String actor(JsonNode a) {
        if (a == null || a.isNull() || a.isMissingNode()) {
            return "";
        }
        return a.path("name").asText("") + (a.has("inter") ? " [" + a.path("inter").asText() + "]" : "");
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? "" : n.asText();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Line breaks and tabs to spaces, so that each row reads on one line in a spreadsheet. */
    static String flat(String s) {
        return s.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").strip();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
