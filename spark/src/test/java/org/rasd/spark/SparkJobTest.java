package org.rasd.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.Rasd;
import org.rasd.cli.Main;
import org.rasd.ingest.IngestReport;
import org.rasd.ingest.Ingestor;
import org.rasd.io.DataPaths;
import org.rasd.io.EventJson;
import org.rasd.store.EventQuery;
import org.rasd.store.EventRow;
import org.rasd.store.Store;

/** The Spark job in local[2] against the one-machine commands: extract, ingest (store), errors. */
class SparkJobTest {
    /** The shared data directory: RASD_DATA, else ../shared beside the checkout this module sits in. */
    static final Path DATA = System.getenv("RASD_DATA") != null ? Path.of(System.getenv("RASD_DATA"))
            : Path.of("..", "..", "shared").toAbsolutePath().normalize();
    static final Path DEV = DATA.resolve("corpus/dev/articles.jsonl");

    static SparkSession spark;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("rasd-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static void needData() {
        assumeTrue(Files.isRegularFile(DEV), "skipped: " + DEV + " is absent (../shared not mounted)");
    }

    private static RasdJob.Summary run(List<String> in, Path out, String formats) {
        return RasdJob.run(spark, new RasdJob.Options(in, out.toString(), Set.of(formats.split(",")),
                DATA.toString(), 3));
    }

    /** The text output of a Spark write: its part files in name order, line by line. */
    static List<String> parts(Path dir, String suffix) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.getFileName().toString().startsWith("part-")
                    && x.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static List<String> extract(Path in, Path out) throws IOException {
        int code = Main.run("extract", "--in", in.toString(), "--out", out.toString(), "--data", DATA.toString());
        assertThat(code).isIn(0, 3);
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    @Test
    void devSetThroughSparkEqualsRasdExtractLineForLine() throws IOException {
        needData();
        List<String> expected = extract(DEV, tmp.resolve("dev.extract.jsonl"));
        RasdJob.Summary s = run(List.of(DEV.toString()), tmp.resolve("dev-out"), "jsonl");
        List<String> actual = parts(tmp.resolve("dev-out/jsonl"), ".txt");
        assertThat(expected).hasSize(24).anyMatch(l -> l.contains("\"event_type\""));
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(s.documents()).isEqualTo(24);
        assertThat(s.errors()).isZero();
    }

    @Test
    void parquetInputGivesTheSameLinesAsJsonl() throws IOException {
        needData();
        Path pq = tmp.resolve("dev-parquet");
        spark.read().json(DEV.toString()).write().parquet(pq.toString());
        List<String> expected = extract(DEV, tmp.resolve("dev.extract2.jsonl"));
        run(List.of(pq.toString()), tmp.resolve("pq-out"), "jsonl");
        assertThat(parts(tmp.resolve("pq-out/jsonl"), ".txt")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void badRowsLandInTheErrorsOutputAndTheRunGoesOn() throws IOException {
        needData();
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        String good = Files.readAllLines(DEV, StandardCharsets.UTF_8).get(0);
        Path jsonl = dir.resolve("a.jsonl");
        Files.writeString(jsonl, String.join("\n", good, "{not json", "", "{\"doc_id\": \"no-text\"}",
                "{\"doc_id\": \"bad-date\", \"published\": \"yesterday\", \"text\": \"نص\"}") + "\n");
        Files.writeString(dir.resolve("b.txt"), "  \n");
        JsonNode first = EventJson.MAPPER.readTree(good);
        Files.writeString(dir.resolve("c.txt"), first.get("text").asText());
        ObjectNode meta = EventJson.MAPPER.createObjectNode().put("published", first.get("published").asText())
                .put("source", "sabq");
        Files.writeString(dir.resolve("c.meta.json"), meta.toString());
        Path pdf = Files.writeString(tmp.resolve("d.pdf"), "%PDF");

        RasdJob.Summary s = run(List.of(dir.toString(), pdf.toString(), tmp.resolve("missing").toString()),
                tmp.resolve("mixed-out"), "jsonl,parquet,csv");

        List<JsonNode> errors = new ArrayList<>();
        for (String l : parts(tmp.resolve("mixed-out/errors"), ".json")) {
            errors.add(EventJson.MAPPER.readTree(l));
        }
        assertThat(errors).extracting(e -> e.get("path").asText().replaceAll("^file:", "") + " | "
                        + e.path("line").asLong() + " | " + e.get("error").asText())
                .containsExactlyInAnyOrder(
                        jsonl + " | 2 | invalid JSON: " + errorOf(jsonl, 2),
                        jsonl + " | 3 | empty line",
                        jsonl + " | 4 | missing \"text\" (or \"content\")",
                        jsonl + " | 5 | \"published\" is not an ISO date: yesterday",
                        dir.resolve("b.txt") + " | 0 | empty text",
                        pdf + " | 0 | unsupported file type (jsonl[.gz], txt, parquet)",
                        tmp.resolve("missing") + " | 0 | no such file or directory");
        assertThat(s.errors()).isEqualTo(7);
        assertThat(s.documents()).isEqualTo(9);
        // the JSONL output of the JSONL file is still exactly rasd extract's, error records included
        List<String> expected = extract(jsonl, tmp.resolve("mixed.extract.jsonl"));
        List<String> actual = parts(tmp.resolve("mixed-out/jsonl"), ".txt");
        assertThat(actual.subList(0, 5)).containsExactlyElementsOf(expected);
        // the .txt article (same text as the first line) gives the same events under its own doc_id
        assertThat(actual.get(6)).isEqualTo(expected.get(0).replace(first.get("doc_id").asText(), "c"));
        // the same text twice is one article for the store: each incident is reported once
        List<Row> incidents = spark.read().parquet(tmp.resolve("mixed-out/incidents").toString()).collectAsList();
        assertThat(incidents).isNotEmpty().allMatch(r -> r.<Integer>getAs("source_count") == 1);
    }

    private static String errorOf(Path jsonl, int line) throws IOException {
        List<String> l = extract(jsonl, tmp.resolve("errors-" + line + ".jsonl"));
        String msg = EventJson.MAPPER.readTree(l.get(line - 1)).get("error").asText();
        return msg.substring("invalid JSON: ".length());
    }

    @Test
    void parquetEventsAreNestedAndPartitionedAndCsvHasAcledColumns() throws IOException {
        needData();
        RasdJob.Summary s = run(List.of(DEV.toString()), tmp.resolve("all-out"), "parquet,csv");
        Dataset<Row> events = spark.read().parquet(tmp.resolve("all-out/events").toString());
        assertThat(events.count()).isEqualTo(s.events()).isPositive();
        assertThat(events.columns()).contains("country", "month", "evidence", "doc_id", "event_type");
        Row r = events.filter("country = 'SA'").first();
        assertThat(r.getList(r.fieldIndex("evidence"))).isNotEmpty();
        assertThat(r.<String>getAs("month")).matches("\\d{4}-\\d{2}");
        try (Stream<Path> dirs = Files.list(tmp.resolve("all-out/events"))) {
            assertThat(dirs.map(p -> p.getFileName().toString())).contains("country=SA");
        }
        List<String> csv = parts(tmp.resolve("all-out/csv"), ".csv");
        assertThat(csv.get(0).split(",")).hasSize(31).startsWith("event_id_cnty", "event_date");
        assertThat(csv).hasSize((int) s.incidents() + 1);
    }

    /**
     * The dev set plus, for a third of its articles, a second report by another outlet (same story, one more
     * sentence) and an exact copy: Spark's incidents equal those of an ingest into an empty store.
     */
    @Test
    void deduplicationThroughSparkEqualsTheStore() throws IOException {
        needData();
        List<String> lines = new ArrayList<>(Files.readAllLines(DEV, StandardCharsets.UTF_8));
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 3) {
            ObjectNode n = (ObjectNode) EventJson.MAPPER.readTree(lines.get(i));
            ObjectNode copy = n.deepCopy();
            copy.put("doc_id", n.get("doc_id").asText() + "-copy");
            extra.add(copy.toString());
            ObjectNode other = n.deepCopy();
            other.put("doc_id", n.get("doc_id").asText() + "-other");
            other.put("source", "other-outlet");
            other.put("url", n.path("url").asText("") + "?other");
            other.put("text", n.get("text").asText() + "\nوأكدت المصادر ذلك في وقت لاحق.");
            extra.add(other.toString());
        }
        lines.addAll(extra);
        Path in = tmp.resolve("dedup.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);

        assertSparkEqualsStore(in);
    }

    /**
     * The same on the SaudiNewsNet week (12,824 articles; minutes on a 2-core machine, so only on request:
     * {@code -Drasd.spark.week=true}).
     */
    @Test
    void deduplicationOfTheWeekThroughSparkEqualsTheStore() throws IOException {
        assumeTrue(Boolean.getBoolean("rasd.spark.week"), "skipped: run with -Drasd.spark.week=true");
        Path week = DATA.resolve("corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz");
        assumeTrue(Files.isRegularFile(week), "skipped: " + week + " is absent");
        assertSparkEqualsStore(week);
    }

    private static void assertSparkEqualsStore(Path in) {
        List<EventRow> stored;
        long failed;
        try (Store store = Store.open("jdbc:h2:mem:spark-dedup-" + in.getFileName() + ";DB_CLOSE_DELAY=-1")) {
            Rasd rasd = Rasd.open(DataPaths.resolve(DATA));
            IngestReport report = new Ingestor(store, rasd::extract, 2).log(null).ingest(List.of(in.toString()), false);
            failed = report.failed();
            assertThat(report.eventsMerged()).isPositive();
            stored = new ArrayList<>(store.events(EventQuery.all()).events());
        }
        stored.sort(Comparator.comparingLong(EventRow::id));

        Instant now = Instant.now();
        Dataset<Row> docs = RasdJob.extract(spark, new RasdJob.Options(List.of(in.toString()),
                tmp.resolve("unused").toString(), Set.of("csv"), DATA.toString(), 3)).cache();
        // the articles the store refused are the ones Spark leaves out (ingest skips empty lines silently)
        assertThat(docs.filter("(error IS NOT NULL OR store_error IS NOT NULL) AND NOT (error <=> 'empty line')")
                .count()).isEqualTo(failed);
        List<EventRow> sparked = new ArrayList<>();
        for (Row r : RasdJob.incidents(spark, docs, now).collectAsList()) {
            sparked.add(Incidents.eventRow(r, null));
        }
        sparked.sort(Comparator.comparingLong(EventRow::id));

        assertThat(stored).anyMatch(e -> e.sourceCount() > 1);
        assertThat(sparked).hasSameSizeAs(stored);
        assertThat(sparked).usingRecursiveFieldByFieldElementComparatorIgnoringFields("updatedAt")
                .containsExactlyElementsOf(stored);
    }
}
