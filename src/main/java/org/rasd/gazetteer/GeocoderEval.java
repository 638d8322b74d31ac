package org.rasd.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.io.DataPaths;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;

/**
 * Geocoder recall on the seed + dev gold: for each required gold event, is there a non-dateline place mention
 * in its article whose point lies within the gold tolerance_km of the gold location or an alternative?
 * Also counts "spurious" mentions: ones far from every gold location of their article.
 */
public final class GeocoderEval {
    /** Outcome: required events, hits, mentions, spurious mentions, and the miss lines. */
    public record Result(int required, int hit, int mentions, int spurious, List<String> misses, List<String> spuriousLines,
                         int named, int namedOk, List<String> namedWrong) {
        public double recall() {
            return required == 0 ? 0 : (double) hit / required;
        }
    }

    private GeocoderEval() {
    }

    public static Result run(DataPaths paths) throws IOException {
        Geocoder geo = new Geocoder(Gazetteer.load(paths));
        Path corpus = paths.data().resolve("corpus");
        Map<String, String[]> articles = new HashMap<>(); // id -> title, text, published
        Path seed = corpus.resolve("seed");
        ObjectMapper om = new ObjectMapper();
        if (Files.isDirectory(seed)) {
            try (var s = Files.list(seed)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".txt")).toList()) {
                    String id = p.getFileName().toString().replace(".txt", "");
                    Path meta = seed.resolve(id + ".meta.json");
                    String pub = Files.exists(meta) ? om.readTree(meta.toFile()).path("published").asText(null) : null;
                    articles.put(id, new String[] {"", Files.readString(p, StandardCharsets.UTF_8), pub});
                }
            }
        }
        Path devArticles = corpus.resolve("dev/articles.jsonl");
        if (Files.exists(devArticles)) {
            for (String line : Files.readAllLines(devArticles, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode a = om.readTree(line);
                articles.put(a.path("doc_id").asText(), new String[] {a.path("title").asText(""), a.path("text").asText(),
                        a.path("published").asText(null)});
            }
        }
        int req = 0;
        int hit = 0;
        int mentions = 0;
        int spurious = 0;
        List<String> misses = new ArrayList<>();
        List<String> spur = new ArrayList<>();
        int named = 0;
        int namedOk = 0;
        List<String> namedWrong = new ArrayList<>();
        for (Path gold : new Path[] {seed.resolve("gold.jsonl"), corpus.resolve("dev/gold.jsonl")}) {
            if (!Files.exists(gold)) {
                continue;
            }
            try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode g = om.readTree(line);
                    String id = g.path("doc_id").asText();
                    String[] art = articles.get(id);
                    if (art == null) {
                        continue;
                    }
                    LocalDate pub = null;
                    try {
                        pub = art[2] == null ? null : LocalDate.parse(art[2].substring(0, 10));
                    } catch (RuntimeException e) {
                        pub = null;
                    }
                    Document doc = TextPipeline.analyze(id, art[1], pub);
                    List<PlaceMention> ms = geo.find(doc, art[0]);
                    List<double[]> allGold = new ArrayList<>();
                    for (JsonNode e : g.path("events")) {
                        JsonNode loc = e.path("location");
                        double tol = loc.path("tolerance_km").asDouble(15);
                        List<double[]> pts = new ArrayList<>();
                        pts.add(new double[] {loc.path("lat").asDouble(), loc.path("lon").asDouble(), tol});
                        for (JsonNode alt : loc.path("alternatives")) {
                            pts.add(new double[] {alt.path("lat").asDouble(), alt.path("lon").asDouble(), tol});
                        }
                        allGold.addAll(pts);
                        if (e.path("optional").asBoolean(false)) {
                            continue;
                        }
                        req++;
                        boolean ok = false;
                        for (PlaceMention m : ms) {
                            if (m.dateline()) {
                                continue;
                            }
                            for (double[] pt : pts) {
                                if (Place.distanceKm(m.place().lat(), m.place().lon(), pt[0], pt[1]) <= pt[2]) {
                                    ok = true;
                                }
                            }
                        }
                        // stricter: the mentions written like the gold name_ar must themselves resolve within tolerance
                        String goldKey = NameKeys.key(loc.path("name_ar").asText(""));
                        List<PlaceMention> same = ms.stream().filter(m -> !m.dateline() && !goldKey.isEmpty()
                                && NameKeys.key(m.nameAr()).equals(goldKey)).toList();
                        if (!same.isEmpty()) {
                            named++;
                            boolean allNear = same.stream().allMatch(m -> pts.stream().anyMatch(pt ->
                                    Place.distanceKm(m.place().lat(), m.place().lon(), pt[0], pt[1]) <= pt[2]));
                            if (allNear) {
                                namedOk++;
                            } else {
                                namedWrong.add(id + "\t" + loc.path("name_ar").asText() + " -> " + same.get(0).place().name()
                                        + " " + same.get(0).place().country() + " " + same.get(0).place().id());
                            }
                        }
                        if (ok) {
                            hit++;
                        } else {
                            misses.add(id + "\t" + loc.path("name").asText() + "\t" + loc.path("name_ar").asText()
                                    + "\t" + loc.path("country").asText());
                        }
                    }
                    for (PlaceMention m : ms) {
                        if (m.dateline()) {
                            continue;
                        }
                        mentions++;
                        boolean near = false;
                        for (double[] pt : allGold) {
                            if (Place.distanceKm(m.place().lat(), m.place().lon(), pt[0], pt[1]) <= Math.max(pt[2], 150)) {
                                near = true;
                            }
                        }
                        if (!near) {
                            spurious++;
                            spur.add(id + "\t" + m.nameAr() + "\t" + m.place().name() + "\t" + m.place().country()
                                    + "\t" + m.place().id());
                        }
                    }
                }
            }
        }
        return new Result(req, hit, mentions, spurious, misses, spur, named, namedOk, namedWrong);
    }

    public static void print(Result r, PrintStream out) {
        out.printf("geocoder recall: %d/%d required gold events = %.1f%% (place mention within tolerance_km)%n",
                r.hit(), r.required(), 100 * r.recall());
        out.printf("mentions: %d non-dateline, %d far (>150 km) from every gold location of their article%n",
                r.mentions(), r.spurious());
        out.printf("name-level: %d/%d required events whose gold Arabic name is found as a mention resolve within tolerance%n",
                r.namedOk(), r.named());
        for (String m : r.namedWrong()) {
            out.println("WRONG\t" + m);
        }
        for (String m : r.misses()) {
            out.println("MISS\t" + m);
        }
        for (String s : r.spuriousLines()) {
            out.println("FAR\t" + s);
        }
    }

    public static void main(String[] args) throws IOException {
        DataPaths paths = DataPaths.resolve(args.length > 0 ? Path.of(args[0]) : null);
        print(run(paths), System.out);
    }
}
