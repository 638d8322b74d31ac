package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@code rasd extract}, through {@link Main#run}. */
class ExtractCommandContractTest {
    static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    static final String GOOD1 = "{\"doc_id\": \"a\", \"published\": \"2015-07-21\", \"text\": \"قتل 3 في درعا\"}";
    static final String GOOD2 = "{\"doc_id\": \"b\", \"content\": \"اشتباكات في حلب\"}";
    static final String BAD_JSON = "{\"doc_id\": \"c\", \"text\": ";
    static final String NO_TEXT = "{\"doc_id\": \"d\", \"title\": \"x\"}";
    static final String BAD_DATE = "{\"doc_id\": \"e\", \"published\": \"yesterday\", \"text\": \"x\"}";

    private Path input(String... lines) throws Exception {
        return Files.writeString(tmp.resolve("in.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static List<JsonNode> jsonLines(String out) throws Exception {
        List<JsonNode> l = new java.util.ArrayList<>();
        for (String s : out.split("\n")) {
            if (!s.isEmpty()) {
                l.add(M.readTree(s));
            }
        }
        return l;
    }

    @Test
    void batchWritesOneLinePerInputLineInInputOrder() throws Exception {
        Cli.Run r = Cli.run("extract", "--in", input(GOOD1, BAD_JSON, GOOD2, "", NO_TEXT).toString(),
                "--threads", "3");
        List<JsonNode> out = jsonLines(r.out());
        assertThat(out).hasSize(5);
        assertThat(out.get(0).get("doc_id").asText()).isEqualTo("a");
        assertThat(out.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(out.get(2).get("doc_id").asText()).isEqualTo("b");
        assertThat(out.get(3).get("line").asInt()).isEqualTo(4);
        assertThat(out.get(4).get("doc_id").asText()).isEqualTo("d");
    }

    @Test
    void goodLinesGiveDocIdAndEvents() throws Exception {
        JsonNode n = jsonLines(Cli.run("extract", "--in", input(GOOD1).toString()).out()).get(0);
        assertThat(n.has("doc_id")).isTrue();
        assertThat(n.get("events").isArray()).isTrue();
    }

    @Test
    void unparsableLineGetsNullDocIdLineAndError() throws Exception {
        JsonNode n = jsonLines(Cli.run("extract", "--in", input(GOOD1, BAD_JSON).toString()).out()).get(1);
        assertThat(n.get("doc_id").isNull()).isTrue();
        assertThat(n.get("line").asInt()).isEqualTo(2);
        assertThat(n.get("error").asText()).startsWith("invalid JSON");
    }

    @Test
    void lineWithoutTextGetsItsDocIdInTheErrorRecord() throws Exception {
        JsonNode n = jsonLines(Cli.run("extract", "--in", input(NO_TEXT).toString()).out()).get(0);
        assertThat(n.get("doc_id").asText()).isEqualTo("d");
        assertThat(n.get("line").asInt()).isEqualTo(1);
        assertThat(n.get("error").asText()).contains("text");
    }

    @Test
    void badPublishedDateIsAnErrorRecord() throws Exception {
        JsonNode n = jsonLines(Cli.run("extract", "--in", input(BAD_DATE).toString()).out()).get(0);
        assertThat(n.get("error").asText()).contains("published");
    }

    @Test
    void trailingGarbageAfterTheObjectIsAnError() throws Exception {
        JsonNode n = jsonLines(Cli.run("extract", "--in", input(GOOD1 + " x").toString()).out()).get(0);
        assertThat(n.get("error").asText()).startsWith("invalid JSON");
    }

    @Test
    void exitsZeroWhenEveryLineSucceeded() throws Exception {
        assertThat(Cli.run("extract", "--in", input(GOOD1, GOOD2).toString()).code()).isZero();
    }

    @Test
    void exitsThreeWhenSomeLinesFailed() throws Exception {
        assertThat(Cli.run("extract", "--in", input(GOOD1, BAD_JSON).toString()).code())
                .isEqualTo(ExtractCommand.SOME_FAILED);
    }

    @Test
    void contentIsAcceptedForText() throws Exception {
        Cli.Run r = Cli.run("extract", "--in", input(GOOD2).toString());
        assertThat(r.code()).isZero();
        assertThat(jsonLines(r.out()).get(0).get("doc_id").asText()).isEqualTo("b");
    }

    @Test
    void gzipInputIsRead() throws Exception {
        Path gz = tmp.resolve("in.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write((GOOD1 + "\n" + GOOD2 + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Cli.Run r = Cli.run("extract", "--in", gz.toString());
        assertThat(r.code()).isZero();
        assertThat(jsonLines(r.out())).hasSize(2);
    }

    @Test
    void outOptionWritesTheFile() throws Exception {
        Path out = tmp.resolve("sub/out.jsonl");
        Cli.Run r = Cli.run("extract", "--in", input(GOOD1, GOOD2).toString(), "--out", out.toString());
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(2);
    }

    @Test
    void csvFormatWritesAcledHeader() throws Exception {
        Cli.Run r = Cli.run("extract", "--in", input(GOOD1).toString(), "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("event_id_cnty,event_date,");
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertThat(Cli.run("extract").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void fileAndInTogetherIsAUsageError() throws Exception {
        Path in = input(GOOD1);
        assertThat(Cli.run("extract", in.toString(), "--in", in.toString()).code()).isEqualTo(Main.USAGE);
    }

    @Test
    void unknownFormatIsAUsageError() throws Exception {
        assertThat(Cli.run("extract", "--in", input(GOOD1).toString(), "--format", "xml").code())
                .isEqualTo(Main.USAGE);
    }

    @Test
    void unreadableFileIsAUsageError() {
        assertThat(Cli.run("extract", "--in", tmp.resolve("absent.jsonl").toString()).code())
                .isEqualTo(Main.USAGE);
        assertThat(Cli.run("extract", tmp.toString()).code()).isEqualTo(Main.USAGE);
    }

    @Test
    void singleFilePrintsDocIdAndEvents() throws Exception {
        Path f = Files.writeString(tmp.resolve("art_1.txt"), "قتل 3 في درعا", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("extract", f.toString());
        assertThat(r.code()).isZero();
        JsonNode n = M.readTree(r.out());
        assertThat(n.get("doc_id").asText()).isEqualTo("art_1");
        assertThat(n.get("events").isArray()).isTrue();
    }

    @Test
    void singleFileReadsPublishedFromSiblingMetaJson() throws Exception {
        Path f = Files.writeString(tmp.resolve("art_2.txt"), "x", StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("art_2.meta.json"), "{\"published\": \"2018-07-03\", \"outlet\": \"Elaph\"}");
        assertThat(ExtractCommand.metaPublished(f, "art_2")).isEqualTo(LocalDate.of(2018, 7, 3));
        assertThat(ExtractCommand.metaSource(f, "art_2")).isEqualTo("Elaph");
    }

    @Test
    void singleFileWithoutMetaHasNoPublishedDate() throws Exception {
        Path f = Files.writeString(tmp.resolve("art_3.txt"), "x", StandardCharsets.UTF_8);
        assertThat(ExtractCommand.metaPublished(f, "art_3")).isNull();
    }

    @Test
    void badPublishedOptionIsAUsageError() throws Exception {
        Path f = Files.writeString(tmp.resolve("art_4.txt"), "x", StandardCharsets.UTF_8);
        assertThat(Cli.run("extract", f.toString(), "--published", "July").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void aBareCrDoesNotSplitALine() throws Exception {
        Path in = Files.writeString(tmp.resolve("cr.jsonl"), GOOD1 + "\n{\"doc_id\": \"cr\",\r \"text\": \"x\"}\n"
                + "{\"doc_id\": \"cr2\", \"text\": \"a\rb\"}\n" + GOOD2 + "\r\n", StandardCharsets.UTF_8);
        List<JsonNode> out = jsonLines(Cli.run("extract", "--in", in.toString()).out());
        assertThat(out).hasSize(4);
        assertThat(out.get(1).get("doc_id").asText()).isEqualTo("cr");
        assertThat(out.get(1).has("events")).isTrue();
        assertThat(out.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(out.get(3).get("doc_id").asText()).isEqualTo("b");
    }

    @Test
    void aTextOverMaxCharsGetsAnErrorLineAndTheRestGoesOn() throws Exception {
        String big = "{\"doc_id\": \"big\", \"text\": \"" + "ق".repeat(5_000) + "\"}";
        Cli.Run r = Cli.run("extract", "--in", input(GOOD1, big, GOOD2).toString(), "--max-chars", "1000");
        List<JsonNode> out = jsonLines(r.out());
        assertThat(out).hasSize(3);
        assertThat(out.get(1).get("doc_id").asText()).isEqualTo("big");
        assertThat(out.get(1).get("error").asText()).isEqualTo("text of 5,000 characters is longer than --max-chars 1,000");
        assertThat(out.get(2).get("doc_id").asText()).isEqualTo("b");
        assertThat(r.code()).isEqualTo(ExtractCommand.SOME_FAILED);
    }

    @Test
    void aLineFarOverMaxCharsIsSkippedUnreadWithItsLength() throws Exception {
        String huge = "{\"doc_id\": \"huge\", \"text\": \"" + "x".repeat(200_000) + "\"}";
        List<JsonNode> out = jsonLines(Cli.run("extract", "--in", input(huge, GOOD2).toString(), "--max-chars", "10")
                .out());
        assertThat(out).hasSize(2);
        assertThat(out.get(0).get("error").asText()).startsWith("line of 200,0").contains("--max-chars 10");
        assertThat(out.get(1).get("doc_id").asText()).isEqualTo("b");
    }

    @Test
    void overNestingAndOverLengthAreNotCalledInvalidJson() throws Exception {
        String deep = "{\"doc_id\": \"deep\", \"text\": \"x\", \"meta\": " + "[".repeat(40) + "]".repeat(40) + "}";
        JsonNode n = jsonLines(Cli.run("extract", "--in", input(deep).toString()).out()).get(0);
        assertThat(n.get("error").asText()).isEqualTo("JSON nested deeper than 16 levels");
    }

    @Test
    void aLoneSurrogateInDocIdComesBackUnaltered() throws Exception {
        Path in = Files.writeString(tmp.resolve("s.jsonl"), "{\"doc_id\": \"a\\ud800b\", \"text\": \"x\"}\n"
                + "{\"doc_id\": \"e\\udc00\", \"text\": 5}\n{\"doc_id\": \"ok\\ud83d\\ude00\", \"text\": \"x\"}\n");
        Cli.Run r = Cli.run("extract", "--in", in.toString());
        List<JsonNode> out = jsonLines(r.out());
        assertThat(out.get(0).get("doc_id").asText()).isEqualTo("a\ud800b");
        assertThat(out.get(1).get("doc_id").asText()).isEqualTo("e\udc00");
        assertThat(out.get(2).get("doc_id").asText()).isEqualTo("ok\ud83d\ude00");
        assertThat(r.out()).contains("\ud83d\ude00"); // the pair stays a literal emoji
    }

    @Test
    void aBadOutPathIsAOneLineUsageError() throws Exception {
        Path blocker = Files.writeString(tmp.resolve("file"), "x");
        Cli.Run r = Cli.run("extract", "--in", input(GOOD1).toString(), "--out", blocker.resolve("sub/out.jsonl").toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("cannot write --out").doesNotContain("\tat ");
        assertThat(r.err().lines().filter(l -> l.contains("--out " + blocker))).hasSize(1);
        Cli.Run dir = Cli.run("extract", "--in", input(GOOD1).toString(), "--out", tmp.toString());
        assertThat(dir.code()).isEqualTo(Main.USAGE);
        assertThat(dir.err()).contains("is a directory");
    }

    @Test
    void aRuntimeFailureExitsOneWithOneLineAndNoStackTrace() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full");
        Cli.Run r = Cli.run("extract", "--in", input(GOOD1, GOOD2).toString(), "--out", "/dev/full");
        assertThat(r.code()).isEqualTo(Main.FAILED);
        assertThat(r.err()).startsWith("rasd extract: ").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void formatNamesTheValidValues() throws Exception {
        Cli.Run r = Cli.run("extract", "--in", input(GOOD1).toString(), "--format", "xml");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("jsonl, csv, geojson");
    }

    @Test
    void aSingleFileOverMaxCharsIsRefusedWithAClearMessage() throws Exception {
        Path f = Files.writeString(tmp.resolve("big.txt"), "قصف ".repeat(3_000), StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("extract", f.toString(), "--max-chars", "1000");
        assertThat(r.code()).isEqualTo(ExtractCommand.SOME_FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("12,000 characters is longer than --max-chars 1,000");
    }
}
