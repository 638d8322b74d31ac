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
 * Geocoder recall on gold events (the seed + dev gold, or any gold/articles pair such as the corpus train
 * split): for each required gold event, is there a non-dateline place mention in its article whose point lies
 * within the gold tolerance_km of the gold location or an alternative? Precision is measured twice: against
 * the events (in articles with a gold event, the share of mentions within tolerance of one of its gold
 * locations, and within 150 km), and against NewsFANE's named entities (a mention is right when it overlaps a
 * place entity: GPE, LOC or FAC; wrong on a person, an organisation, a team or an ordinary word).
 */
public final class GeocoderEval {
    /** Outcome: required events, hits, mentions, spurious mentions, and the miss lines. */
    public record Result(int required, int hit, int mentions, int spurious, List<String> misses, List<String> spuriousLines,
                         int named, int namedOk, List<String> namedWrong, int eventMentions, int eventNear,
                         int eventExact) {
        public double recall() {
            return required == 0 ? 0 : (double) hit / required;
        }

        /** Share of mentions (in articles with a gold event) within tolerance of one of the article's gold places. */
        public double precision() {
            return eventMentions == 0 ? 0 : (double) eventExact / eventMentions;
        }

        /** Share of mentions (in articles with a gold event) within 150 km of one of the article's gold places. */
        public double precision150() {
            return eventMentions == 0 ? 0 : (double) eventNear / eventMentions;
        }
    }

    /** Place mentions against NewsFANE's entities: mentions, those on a place entity, place entities, those found. */
    public record NerResult(int mentions, int onPlace, int places, int found, List<String> wrong) {
        public double precision() {
            return mentions == 0 ? 0 : (double) onPlace / mentions;
        }

        public double recall() {
            return places == 0 ? 0 : (double) found / places;
        }
    }

    private GeocoderEval() {
    }

    /** Recall and precision on the seed and dev gold. */
    public static Result run(DataPaths paths) throws IOException {
        return run(paths, g -> PlaceJudge.NONE);
    }

    /** Recall and precision on the seed and dev gold, the geocoder asking {@code judge} (see {@link PlaceJudge}). */
    public static Result run(DataPaths paths, java.util.function.Function<Gazetteer, PlaceJudge> judge) throws IOException {
        Path corpus = paths.data().resolve("corpus");
        return run(paths, judge, List.of(corpus.resolve("seed/gold.jsonl"), corpus.resolve("dev/gold.jsonl")),
                List.of(corpus.resolve("dev/articles.jsonl")), corpus.resolve("seed"));
    }

    /** Recall and precision on a gold file and its articles (JSONL: doc_id, published, title, text). */
    public static Result run(DataPaths paths, Path gold, Path articles) throws IOException {
        return run(paths, g -> PlaceJudge.NONE, gold, articles);
    }

    /** Recall and precision on a gold file and its articles, the geocoder asking {@code judge}. */
    public static Result run(DataPaths paths, java.util.function.Function<Gazetteer, PlaceJudge> judge, Path gold,
                             Path articles) throws IOException {
        return run(paths, judge, List.of(gold), List.of(articles), null);
    }

    private static Result run(DataPaths paths, java.util.function.Function<Gazetteer, PlaceJudge> judge, List<Path> golds,
                              List<Path> articleFiles, Path seed) throws IOException {
        Gazetteer gazetteer = Gazetteer.load(paths);
        Geocoder geo = new Geocoder(gazetteer, judge.apply(gazetteer));
        Map<String, String[]> articles = new HashMap<>(); // id -> title, text, published
        ObjectMapper om = new ObjectMapper();
        if (seed != null && Files.isDirectory(seed)) {
            try (var s = Files.list(seed)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".txt")).toList()) {
                    String id = p.getFileName().toString().replace(".txt", "");
                    Path meta = seed.resolve(id + ".meta.json");
                    String pub = Files.exists(meta) ? om.readTree(meta.toFile()).path("published").asText(null) : null;
                    articles.put(id, new String[] {"", Files.readString(p, StandardCharsets.UTF_8), pub});
                }
            }
        }
        for (Path devArticles : articleFiles) {
            if (!Files.exists(devArticles)) {
                continue;
            }
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
        int eventMentions = 0;
        int eventNear = 0;
        int eventExact = 0;
        for (Path gold : golds) {
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
                        boolean exact = false;
                        for (double[] pt : allGold) {
                            double d = Place.distanceKm(m.place().lat(), m.place().lon(), pt[0], pt[1]);
                            if (d <= Math.max(pt[2], 150)) {
                                near = true;
                            }
                            if (d <= pt[2]) {
                                exact = true;
                            }
                        }
                        if (!allGold.isEmpty()) {
                            eventMentions++;
                            eventNear += near ? 1 : 0;
                            eventExact += exact ? 1 : 0;
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
        return new Result(req, hit, mentions, spurious, misses, spur, named, namedOk, namedWrong, eventMentions,
                eventNear, eventExact);
    }

    /** The NewsFANE classes that are places (GPE, LOC, FAC in coarse-classes.tsv). */
    private static java.util.Set<String> placeClasses(Path dir) throws IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("coarse-classes.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length >= 2 && java.util.Set.of("GPE", "LOC", "FAC").contains(c[1].trim())) {
                out.add(c[0].trim());
            }
        }
        return out;
    }

    /**
     * Place mentions on a NewsFANE split ({@code ner/newsfane/SPLIT.conll}, never the test split while tuning):
     * each sentence is rebuilt as text (one-letter proclitics the corpus splits off are glued back to their word)
     * and geocoded; a mention is right when it overlaps a GPE, LOC or FAC entity. Returns null without the data.
     */
    public static NerResult newsfane(DataPaths paths, String split) throws IOException {
        return newsfane(paths, g -> PlaceJudge.NONE, split);
    }

    /** {@link #newsfane(DataPaths, String)} with the geocoder asking {@code judge}. */
    public static NerResult newsfane(DataPaths paths, java.util.function.Function<Gazetteer, PlaceJudge> judge, String split)
            throws IOException {
        Path dir = paths.data().resolve("ner/newsfane");
        Path conll = dir.resolve(split + ".conll");
        if (!Files.exists(conll)) {
            return null;
        }
        java.util.Set<String> placeCls = placeClasses(dir);
        Gazetteer gazetteer = Gazetteer.load(paths);
        Geocoder geo = new Geocoder(gazetteer, judge.apply(gazetteer));
        int mentions = 0;
        int onPlace = 0;
        int places = 0;
        int found = 0;
        List<String> wrong = new ArrayList<>();
        List<String[]> sent = new ArrayList<>();
        List<String> lines = new ArrayList<>(Files.readAllLines(conll, StandardCharsets.UTF_8));
        lines.add("");
        int n = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                String[] c = line.split("\t");
                sent.add(new String[] {c[0], c.length > 1 ? c[1] : "O"});
                continue;
            }
            if (sent.isEmpty()) {
                continue;
            }
            // rebuild the text; span[k] = {start, end, entity id, is place}
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            int entity = -1;
            List<Boolean> entityIsPlace = new ArrayList<>();
            for (int k = 0; k < sent.size(); k++) {
                String tok = sent.get(k)[0];
                String tag = sent.get(k)[1];
                boolean glue = k > 0 && sent.get(k - 1)[0].length() == 1
                        && Character.isLetter(sent.get(k - 1)[0].charAt(0)) && sent.get(k - 1)[1].equals("O");
                if (text.length() > 0 && !glue) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(tok);
                if (tag.startsWith("B-") || tag.startsWith("I-") && entity < 0) {
                    entity = entityIsPlace.size();
                    entityIsPlace.add(placeCls.contains(tag.substring(2)));
                } else if (!tag.startsWith("I-")) {
                    entity = -1;
                }
                spans.add(new int[] {start, text.length(), entity});
            }
            Document doc = TextPipeline.analyze("nf" + n++, text.toString(), null);
            boolean[] entityFound = new boolean[entityIsPlace.size()];
            for (PlaceMention m : geo.find(doc)) {
                if (m.dateline()) {
                    continue;
                }
                mentions++;
                boolean ok = false;
                for (int[] sp : spans) {
                    if (sp[2] >= 0 && sp[0] < m.end() && m.start() < sp[1] && entityIsPlace.get(sp[2])) {
                        ok = true;
                        entityFound[sp[2]] = true;
                    }
                }
                if (ok) {
                    onPlace++;
                } else {
                    wrong.add(m.nameAr() + "\t" + m.place().name() + "\t" + m.place().country() + "\t"
                            + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40))
                                    .replace('\n', ' '));
                }
            }
            for (int e = 0; e < entityIsPlace.size(); e++) {
                if (entityIsPlace.get(e)) {
                    places++;
                    found += entityFound[e] ? 1 : 0;
                }
            }
            sent.clear();
        }
        return new NerResult(mentions, onPlace, places, found, wrong);
    }

    public static void print(NerResult r, String split, PrintStream out, boolean details) {
        out.printf("NewsFANE %s: place-mention precision %d/%d = %.1f%% (mentions on a GPE, LOC or FAC entity), "
                + "recall %d/%d = %.1f%% of those entities%n", split, r.onPlace(), r.mentions(), 100 * r.precision(),
                r.found(), r.places(), 100 * r.recall());
        if (details) {
            for (String w : r.wrong()) {
                out.println("NOTPLACE\t" + w);
            }
        }
    }

    public static void print(Result r, PrintStream out) {
        print(r, out, true);
    }

    public static void print(Result r, PrintStream out, boolean details) {
        out.printf("geocoder recall: %d/%d required gold events = %.1f%% (place mention within tolerance_km)%n",
                r.hit(), r.required(), 100 * r.recall());
        out.printf("mentions: %d non-dateline, %d far (>150 km) from every gold location of their article%n",
                r.mentions(), r.spurious());
        out.printf("mention precision (articles with a gold event): %d/%d = %.1f%% within tolerance_km of a gold "
                + "location, %d/%d = %.1f%% within 150 km%n", r.eventExact(), r.eventMentions(), 100 * r.precision(),
                r.eventNear(), r.eventMentions(), 100 * r.precision150());
        out.printf("name-level: %d/%d required events whose gold Arabic name is found as a mention resolve within tolerance%n",
                r.namedOk(), r.named());
        if (!details) {
            return;
        }
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
