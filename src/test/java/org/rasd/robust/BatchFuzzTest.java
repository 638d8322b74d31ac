package org.rasd.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.cli.Fuzz;
import org.rasd.cli.Main;

/**
 * A few thousand generated documents ({@link Fuzz}, fixed seed) through the {@code rasd extract --in} contract:
 * exactly one output line per input line, in order, error lines only for the broken inputs, doc_id back unaltered,
 * evidence spans inside their text, and no crash. Fast enough for every build (short documents); longer runs:
 * {@code ./rasd fuzz --n 20000 --seed S}.
 */
@Tag("robustness")
class BatchFuzzTest {
    @TempDir
    Path tmp;

    @Test
    void generatedDocumentsKeepTheBatchContract() throws Exception {
        List<Fuzz.Line> lines = Fuzz.generate(20261202L, 2500);
        StringBuilder sb = new StringBuilder();
        for (Fuzz.Line l : lines) {
            sb.append(l.json()).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        // and one line of invalid UTF-8 bytes at the end
        byte[] withBad = java.util.Arrays.copyOf(bytes, bytes.length + 4);
        withBad[bytes.length] = (byte) 0xC3;
        withBad[bytes.length + 1] = (byte) 0x28;
        withBad[bytes.length + 2] = (byte) 0xFF;
        withBad[bytes.length + 3] = '\n';
        Path in = Files.write(tmp.resolve("fuzz.jsonl"), withBad);
        Path out = tmp.resolve("out.jsonl");

        int code = Main.run("extract", "--in", in.toString(), "--out", out.toString(), "--threads", "2");

        assertThat(code).isIn(0, 3);
        List<String> outLines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(outLines).hasSize(lines.size() + 1);
        assertThat(outLines.get(lines.size())).contains("\"line\":" + (lines.size() + 1)).contains("invalid JSON");
        Fuzz.Report r = Fuzz.check(lines, outLines.subList(0, lines.size()));
        System.out.println("fuzz: " + r);
        assertThat(r.problems()).isEmpty();
        assertThat(r.failures()).as("well-formed documents that failed").isZero();
        assertThat(r.brokenRejected()).isEqualTo((int) lines.stream().filter(l -> !l.wellFormed()).count());
        assertThat(r.events()).as("the documents reach the extractor").isPositive();
    }

    @Test
    void theSameSeedGivesTheSameDocuments() {
        assertThat(Fuzz.generate(7, 200)).isEqualTo(Fuzz.generate(7, 200));
        assertThat(Fuzz.generate(7, 200)).isNotEqualTo(Fuzz.generate(8, 200));
    }
}
