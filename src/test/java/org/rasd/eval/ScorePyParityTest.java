package org.rasd.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasd.cli.Main;

/**
 * The Java port against {@code python3 ../shared/eval/score.py} on the dev gold and synthetic predictions
 * (gold perturbed in coordinates, dates, types, actors, fatalities; dropped, duplicated and random events):
 * same bytes out, and the same value for every key of --json.
 */
class ScorePyParityTest {
    static final ObjectMapper M = new ObjectMapper();
    static final Path SHARED = Path.of("").toAbsolutePath().resolve("../shared").normalize();
    static final Path GOLD = SHARED.resolve("corpus/dev/gold.jsonl");
    static final Path SCORE_PY = SHARED.resolve("eval/score.py");
    static final String[] TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians",
            "Protests", "Riots", "Strategic developments"};
    static final String[] SUBS = {"Armed clash", "Shelling/artillery/missile attack", "Air/drone strike",
            "Suicide bomb", "Remote explosive/landmine/IED", "Attack", "Peaceful protest", "Looting/property destruction"};

    @TempDir
    static Path tmp;

    @BeforeAll
    static void needPythonAndShared() {
        assumeTrue(Files.isReadable(GOLD) && Files.isReadable(SCORE_PY),
                "skipped: ../shared (dev gold and eval/score.py) not found at " + SHARED);
        boolean py;
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            py = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            py = false;
        }
        assumeTrue(py, "skipped: python3 not available to run score.py");
    }

    /** score.py's output for every case and flag set, from one python3 process (the machine is shared). */
    static java.util.Map<String, String> pyOut;

    static synchronized String python(Path pred, String... flags) throws Exception {
        if (pyOut == null) {
            StringBuilder names = new StringBuilder();
            for (String c : cases()) {
                Files.writeString(tmp.resolve(c + ".jsonl"), predictions(c), StandardCharsets.UTF_8);
                names.append(names.length() == 0 ? "" : ",").append('"').append(tmp.resolve(c + ".jsonl")).append('"');
            }
            // runs score.py's own main() per file and flag set, capturing what it prints
            String driver = String.join("\n",
                    "import sys, io, json, contextlib",
                    "sys.path.insert(0, " + M.writeValueAsString(SCORE_PY.getParent().toString()) + ")",
                    "import score",
                    "out = {}",
                    "for pred in [" + names + "]:",
                    "    for flags in (['--json', '--per-doc'], []):",
                    "        sys.argv = ['score.py', " + M.writeValueAsString(GOLD.toString()) + ", pred] + flags",
                    "        buf = io.StringIO()",
                    "        with contextlib.redirect_stdout(buf):",
                    "            score.main()",
                    "        out[pred + ' ' + ' '.join(flags)] = buf.getvalue()",
                    "sys.stdout.write(json.dumps(out))");
            Process p = new ProcessBuilder("python3", "-c", driver).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("score.py exit").isZero();
            pyOut = M.readValue(out, new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, String>>() { });
        }
        return pyOut.get(pred + " " + String.join(" ", flags));
    }

    static List<String> cases() {
        return List.of("identity", "coords", "alt-keys", "dates", "types", "actors", "fatalities", "date-edges", "odd-values", "drop-dup",
                "random-events", "missing-docs", "mixed-1", "mixed-2", "mixed-3", "mixed-4", "mixed-5", "empty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void javaPortPrintsWhatScorePyPrints(String name) throws Exception {
        Path pred = tmp.resolve(name + ".jsonl");
        String pyJson = python(pred, "--json", "--per-doc");
        assertThat(pyJson).as("score.py output").isNotNull();
        String javaJson = java(pred, "--json", "--per-doc");
        assertThat(javaJson).isEqualTo(pyJson);

        JsonNode pj = M.readTree(last(pyJson));
        JsonNode jj = M.readTree(last(javaJson));
        List<String> keys = new ArrayList<>();
        pj.fieldNames().forEachRemaining(keys::add);
        List<String> jkeys = new ArrayList<>();
        jj.fieldNames().forEachRemaining(jkeys::add);
        assertThat(jkeys).containsExactlyElementsOf(keys).containsExactlyElementsOf(Scorer.KEYS);
        for (String k : keys) {
            assertThat(jj.get(k).asText()).as(k).isEqualTo(pj.get(k).asText());
        }
        assertThat(java(pred)).isEqualTo(python(pred));
        if (!name.equals("identity") && !name.equals("empty")) {
            boolean someRatioBelowOne = false;
            for (String k : keys) {
                someRatioBelowOne |= pj.get(k).isDouble() && pj.get(k).asDouble() > 0 && pj.get(k).asDouble() < 1;
            }
            assertThat(someRatioBelowOne).as("synthetic predictions should give non-trivial figures: " + pj).isTrue();
        }
    }

    private static String last(String out) {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static synchronized String java(Path pred, String... flags) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("eval", GOLD.toString(), pred.toString()));
        args.addAll(List.of(flags));
        int rc;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            rc = Main.run(args.toArray(String[]::new));
        } finally {
            System.setOut(old);
        }
        assertThat(rc).isZero();
        return buf.toString(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------ synthetic predictions

    static String predictions(String name) throws IOException {
        Random rnd = new Random(name.hashCode());
        StringBuilder sb = new StringBuilder();
        List<String> lines = Files.readAllLines(GOLD, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode doc = (ObjectNode) M.readTree(line);
            published = java.time.LocalDate.parse(doc.get("published").asText().substring(0, 10));
            List<ObjectNode> gold = new ArrayList<>();
            doc.withArray("events").forEach(e -> gold.add(asPrediction((ObjectNode) e.deepCopy())));
            List<ObjectNode> out = switch (name) {
                case "identity" -> gold;
                case "empty" -> List.of();
                case "coords" -> each(gold, rnd, ScorePyParityTest::moveCoords);
                case "alt-keys" -> each(gold, rnd, ScorePyParityTest::altKeys);
                case "dates" -> each(gold, rnd, ScorePyParityTest::shiftDate);
                case "date-edges" -> each(gold, rnd, ScorePyParityTest::edgeDate);
                case "odd-values" -> each(gold, rnd, ScorePyParityTest::oddValues);
                case "types" -> each(gold, rnd, ScorePyParityTest::changeType);
                case "actors" -> each(gold, rnd, ScorePyParityTest::changeActors);
                case "fatalities" -> each(gold, rnd, ScorePyParityTest::changeFatalities);
                case "drop-dup" -> dropDup(gold, rnd);
                case "random-events" -> addRandom(gold, rnd, 1 + rnd.nextInt(3));
                case "missing-docs" -> rnd.nextInt(3) == 0 ? null : gold;
                default -> mixed(gold, rnd);
            };
            if (out == null) {
                continue;
            }
            ObjectNode p = M.createObjectNode();
            p.put("doc_id", doc.get("doc_id").asText());
            ArrayNode arr = p.putArray("events");
            out.forEach(arr::add);
            sb.append(M.writeValueAsString(p)).append('\n');
        }
        if (name.equals("missing-docs")) {
            sb.append("{\"doc_id\": \"not-in-gold\", \"events\": [{\"event_type\": \"Battles\"}]}\n");
        }
        return sb.toString();
    }

    /** Publication date of the document being perturbed. */
    static java.time.LocalDate published;

    static ObjectNode asPrediction(ObjectNode g) {
        JsonNode d = g.remove("date");
        g.set("event_date", d);
        g.remove("optional");
        ObjectNode loc = (ObjectNode) g.get("location");
        loc.remove("alternatives");
        loc.remove("tolerance_km");
        return g;
    }

    static List<ObjectNode> each(List<ObjectNode> in, Random rnd, BiFunction<ObjectNode, Random, ObjectNode> f) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode e : in) {
            out.add(rnd.nextInt(4) == 0 ? e : f.apply(e, rnd));
        }
        return out;
    }

    static ObjectNode moveCoords(ObjectNode e, Random rnd) {
        ObjectNode loc = (ObjectNode) e.get("location");
        double[] dist = {0, 5, 14.9, 15.1, 24.9, 25.1, 29.9, 30.1, 60, 300};
        double d = dist[rnd.nextInt(dist.length)];
        double bearing = rnd.nextDouble() * 2 * Math.PI;
        double lat = loc.get("lat").asDouble() + d / 111.2 * Math.cos(bearing);
        double lon = loc.get("lon").asDouble() + d / (111.2 * Math.cos(Math.toRadians(lat))) * Math.sin(bearing);
        loc.put("lat", Math.round(lat * 1e5) / 1e5);
        loc.put("lon", Math.round(lon * 1e5) / 1e5);
        if (rnd.nextInt(8) == 0) {
            loc.putNull("lat");
        }
        return e;
    }

    static ObjectNode altKeys(ObjectNode e, Random rnd) {
        ObjectNode loc = (ObjectNode) e.get("location");
        JsonNode lat = loc.remove("lat");
        JsonNode lon = loc.remove("lon");
        switch (rnd.nextInt(4)) {
            case 0 -> {
                loc.set("latitude", lat);
                loc.set("longitude", lon);
            }
            case 1 -> {
                e.remove("location");
                e.set("latitude", lat);
                e.set("longitude", lon);
            }
            case 2 -> {
                loc.put("lat", lat.asText());
                loc.put("lon", lon.asText());
            }
            default -> e.putNull("location");
        }
        return e;
    }

    static ObjectNode shiftDate(ObjectNode e, Random rnd) {
        JsonNode d = e.get("event_date");
        java.time.LocalDate base = d == null || d.isNull() ? published : java.time.LocalDate.parse(d.asText());
        // offsets around every boundary: ±1 and ±7 slack, 8 days before / 1 day after publication
        int[] offsets = {-10, -9, -8, -7, -6, -2, -1, 0, 1, 2, 6, 7, 8};
        java.time.LocalDate s = base.plusDays(offsets[rnd.nextInt(offsets.length)]);
        switch (rnd.nextInt(6)) {
            case 0 -> e.putNull("event_date");
            case 1 -> {
                e.remove("event_date");
                e.put("date", s.toString());
            }
            case 2 -> e.put("event_date", s.toString().replace("-", ""));
            case 3 -> e.put("event_date", s + "T08:30:00");
            case 4 -> e.put("event_date", "2015-13-0" + (1 + rnd.nextInt(9)));
            default -> e.put("event_date", s.toString());
        }
        return e;
    }

    /** A date just inside or just outside the slack: ±1/±2 days, ±7/±8, or 9/8 days before and 1/2 after publication. */
    static ObjectNode edgeDate(ObjectNode e, Random rnd) {
        JsonNode d = e.get("event_date");
        int[] offsets;
        java.time.LocalDate base;
        if (d == null || d.isNull()) {
            base = published;
            offsets = new int[] {-9, -8, 1, 2};
        } else {
            base = java.time.LocalDate.parse(d.asText());
            offsets = e.path("time_precision").asInt(1) == 1 ? new int[] {-2, -1, 1, 2} : new int[] {-8, -7, 7, 8};
        }
        e.put("event_date", base.plusDays(offsets[rnd.nextInt(offsets.length)]).toString());
        return e;
    }

    /** Values equal or unequal only under Python's rules: 1 == 1.0 == True, "1" != 1, padded strings. */
    static ObjectNode oddValues(ObjectNode e, Random rnd) {
        switch (rnd.nextInt(7)) {
            case 0 -> {
                JsonNode f = e.get("fatalities");
                if (f != null && f.isInt() && f.asInt() == 1) {
                    e.put("fatalities", true);
                } else if (f != null && f.isInt()) {
                    e.put("fatalities", f.asDouble());
                } else {
                    e.put("fatalities", false);
                }
            }
            case 1 -> ((ObjectNode) e.with("actor1")).put("inter", e.path("actor1").path("inter").asDouble());
            case 2 -> ((ObjectNode) e.with("actor1")).put("inter", e.path("actor1").path("inter").asInt() == 1);
            case 3 -> e.put("event_type", e.path("event_type").asText() + " ");
            case 4 -> {
                ObjectNode loc = (ObjectNode) e.get("location");
                loc.put("lat", " " + loc.path("lat").asText() + "\n");
                loc.put("lon", loc.path("lon").asText().replaceFirst("^(\\d)(\\d)", "$1_$2"));
            }
            case 5 -> e.put("event_date", e.path("event_date").isNull() ? 0 : Integer.parseInt(e.get("event_date").asText().replace("-", "")));
            default -> e.put("sub_event_type", e.path("sub_event_type").asText().toLowerCase(java.util.Locale.ROOT));
        }
        return e;
    }

    static ObjectNode changeType(ObjectNode e, Random rnd) {
        if (rnd.nextBoolean()) {
            e.put("event_type", TYPES[rnd.nextInt(TYPES.length)]);
        }
        if (rnd.nextBoolean()) {
            e.put("sub_event_type", SUBS[rnd.nextInt(SUBS.length)]);
        }
        return e;
    }

    static ObjectNode changeActors(ObjectNode e, Random rnd) {
        switch (rnd.nextInt(5)) {
            case 0 -> e.putNull("actor1");
            case 1 -> ((ObjectNode) e.with("actor1")).put("inter", 1 + rnd.nextInt(8));
            case 2 -> e.putNull("actor2");
            case 3 -> {
                ObjectNode a2 = e.putObject("actor2");
                a2.put("name", "Civilians");
                a2.put("inter", rnd.nextBoolean() ? 7 : 7.0);
            }
            default -> ((ObjectNode) e.with("actor1")).put("inter", String.valueOf(e.path("actor1").path("inter").asInt()));
        }
        return e;
    }

    static ObjectNode changeFatalities(ObjectNode e, Random rnd) {
        JsonNode f = e.get("fatalities");
        int v = f == null || f.isNull() ? rnd.nextInt(5) : f.asInt();
        switch (rnd.nextInt(5)) {
            case 0 -> e.putNull("fatalities");
            case 1 -> e.put("fatalities", v + 1);
            case 2 -> e.put("fatalities", (double) v);
            case 3 -> e.put("fatalities", String.valueOf(v));
            default -> e.put("fatalities", Math.max(0, v - 1));
        }
        return e;
    }

    static List<ObjectNode> dropDup(List<ObjectNode> in, Random rnd) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode e : in) {
            int r = rnd.nextInt(4);
            if (r == 0) {
                continue;
            }
            out.add(e);
            if (r == 1) {
                ObjectNode copy = e.deepCopy();
                if (rnd.nextBoolean()) {
                    copy.put("sub_event_type", SUBS[rnd.nextInt(SUBS.length)]);
                }
                out.add(rnd.nextInt(out.size() + 1), copy);
            }
        }
        return out;
    }

    static List<ObjectNode> addRandom(List<ObjectNode> in, Random rnd, int k) {
        List<ObjectNode> out = new ArrayList<>(in);
        for (int i = 0; i < k; i++) {
            ObjectNode e = in.isEmpty() ? M.createObjectNode() : in.get(rnd.nextInt(in.size())).deepCopy();
            e.put("event_type", TYPES[rnd.nextInt(3)]);
            e.put("sub_event_type", SUBS[rnd.nextInt(SUBS.length)]);
            ObjectNode loc = e.has("location") && e.get("location").isObject() ? (ObjectNode) e.get("location") : e.putObject("location");
            double lat = loc.path("lat").asDouble(33.5) + (rnd.nextDouble() - 0.5) * (rnd.nextBoolean() ? 0.3 : 4);
            double lon = loc.path("lon").asDouble(36.3) + (rnd.nextDouble() - 0.5) * (rnd.nextBoolean() ? 0.3 : 4);
            loc.put("lat", Math.round(lat * 1e5) / 1e5);
            loc.put("lon", Math.round(lon * 1e5) / 1e5);
            e.put("event_date", java.time.LocalDate.of(2015, 7, 14 + rnd.nextInt(14)).toString());
            e.put("fatalities", rnd.nextInt(6));
            ObjectNode a1 = e.putObject("actor1");
            a1.put("name", "X");
            a1.put("inter", 1 + rnd.nextInt(8));
            out.add(rnd.nextInt(out.size() + 1), e);
        }
        return out;
    }

    static List<ObjectNode> mixed(List<ObjectNode> in, Random rnd) {
        List<BiFunction<ObjectNode, Random, ObjectNode>> fs = List.of(ScorePyParityTest::moveCoords,
                ScorePyParityTest::altKeys, ScorePyParityTest::shiftDate, ScorePyParityTest::changeType,
                ScorePyParityTest::changeActors, ScorePyParityTest::changeFatalities);
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode e : in) {
            for (Iterator<BiFunction<ObjectNode, Random, ObjectNode>> it = fs.iterator(); it.hasNext(); ) {
                BiFunction<ObjectNode, Random, ObjectNode> f = it.next();
                if (rnd.nextInt(3) == 0) {
                    e = f.apply(e, rnd);
                }
            }
            out.add(e);
        }
        out = dropDup(out, rnd);
        return rnd.nextBoolean() ? addRandom(out, rnd, rnd.nextInt(3)) : out;
    }
}
