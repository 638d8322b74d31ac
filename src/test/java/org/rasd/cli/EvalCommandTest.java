package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream o = System.out;
        PrintStream e = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    private Path gold() throws Exception {
        return Files.writeString(tmp.resolve("gold.jsonl"), "{\"doc_id\": \"d1\", \"published\": \"2015-07-21\", \"events\": "
                + "[{\"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\", \"date\": \"2015-07-20\", "
                + "\"location\": {\"lat\": 33.0, \"lon\": 36.0}}]}\n");
    }

    @Test
    void jsonFlagPrintsOneJsonObjectWithScorePyKeys() throws Exception {
        Path g = gold();
        Run r = run("eval", g.toString(), g.toString(), "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("{\"documents\": 1, \"missing_documents\": 0, ").endsWith("\"location_recall\": 1.0}\n");
    }

    @Test
    void perDocFlagPrintsCountsBeforeTheFigures() throws Exception {
        Path g = gold();
        Run r = run("eval", g.toString(), g.toString(), "--per-doc");
        assertThat(r.out().lines().findFirst()).contains("d1\ttp=1\tfp=0\tfn=0");
        assertThat(r.out()).contains("event F1 1.000 (P 1.000 R 1.000), strict F1 1.000");
    }

    @Test
    void badPredictionLineExitsOneNamingFileAndLine() throws Exception {
        Path g = gold();
        Path p = Files.writeString(tmp.resolve("p.jsonl"), "{\"doc_id\": \"d1\"}\n[1, 2]\n");
        Run r = run("eval", g.toString(), p.toString());
        assertThat(r.code()).isEqualTo(EvalCommand.BAD_INPUT);
        assertThat(r.err()).contains(p + ":2: expected a JSON object");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertThat(run("eval", "only-one.jsonl").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void unreadableFileIsAUsageError() throws Exception {
        Path g = gold();
        assertThat(run("eval", g.toString(), tmp.resolve("absent.jsonl").toString()).code()).isEqualTo(Main.USAGE);
    }
}
