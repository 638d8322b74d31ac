package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path tmp;

    private Path gold() throws Exception {
        return Files.writeString(tmp.resolve("gold.jsonl"), "{\"doc_id\": \"d1\", \"published\": \"2015-07-21\", \"events\": "
                + "[{\"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\", \"date\": \"2015-07-20\", "
                + "\"location\": {\"lat\": 33.0, \"lon\": 36.0}}]}\n");
    }

    @Test
    void jsonFlagPrintsOneJsonObjectWithScorePyKeys() throws Exception {
        Path g = gold();
        Cli.Run r = Cli.run("eval", g.toString(), g.toString(), "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("{\"documents\": 1, \"missing_documents\": 0, ").endsWith("\"location_recall\": 1.0}\n");
    }

    @Test
    void perDocFlagPrintsCountsBeforeTheFigures() throws Exception {
        Path g = gold();
        Cli.Run r = Cli.run("eval", g.toString(), g.toString(), "--per-doc");
        assertThat(r.out().lines().findFirst()).contains("d1\ttp=1\tfp=0\tfn=0");
        assertThat(r.out()).contains("event F1 1.000 (P 1.000 R 1.000), strict F1 1.000");
    }

    @Test
    void badPredictionLineExitsOneNamingFileAndLine() throws Exception {
        Path g = gold();
        Path p = Files.writeString(tmp.resolve("p.jsonl"), "{\"doc_id\": \"d1\"}\n[1, 2]\n");
        Cli.Run r = Cli.run("eval", g.toString(), p.toString());
        assertThat(r.code()).isEqualTo(EvalCommand.BAD_INPUT);
        assertThat(r.err()).contains(p + ":2: expected a JSON object");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertThat(Cli.run("eval", "only-one.jsonl").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void unreadableFileIsAUsageError() throws Exception {
        Path g = gold();
        assertThat(Cli.run("eval", g.toString(), tmp.resolve("absent.jsonl").toString()).code()).isEqualTo(Main.USAGE);
    }
}
