package org.rasd.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.cli.Main;
import org.rasd.io.ArticleReader;

/**
 * A few thousand generated documents through the {@code rasd extract --in} contract: exactly one output line per input
 * line, in order, error lines only for the broken inputs, evidence spans inside their text, and no crash. Fast enough
 * for every build (documents are short); longer runs: {@code -Drasd.fuzz.n=20000}.
 */
@Tag("robustness")
class BatchFuzzTest {
    static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void generatedDocumentsKeepTheBatchContract() throws Exception {
        int n = Integer.getInteger("rasd.fuzz.n", 2500);
        long seed = Long.getLong("rasd.fuzz.seed", 20261202L);
        List<FuzzDocuments.Line> lines = FuzzDocuments.generate(seed, n);
        Path in = tmp.resolve("fuzz.jsonl");
        StringBuilder sb = new StringBuilder();
        for (FuzzDocuments.Line l : lines) {
            sb.append(l.json()).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        // one line of invalid UTF-8 bytes at the end
        byte[] withBad = java.util.Arrays.copyOf(bytes, bytes.length + 4);
        withBad[bytes.length] = (byte) 0xC3;
        withBad[bytes.length + 1] = (byte) 0x28;
        withBad[bytes.length + 2] = (byte) 0xFF;
        withBad[bytes.length + 3] = '\n';
        Files.write(in, withBad);
        Path out = tmp.resolve("out.jsonl");

        int code = Main.run("extract", "--in", in.toString(), "--out", out.toString(), "--threads", "2");

        assertThat(code).isIn(0, 3);
        List<String> outLines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(outLines).hasSize(n + 1);
        List<String> failures = new ArrayList<>();
        int events = 0;
        for (int i = 0; i < n; i++) {
            FuzzDocuments.Line l = lines.get(i);
            JsonNode o = M.readTree(outLines.get(i));
            if (l.wellFormed()) {
                if (o.has("error")) {
                    failures.add("line " + (i + 1) + ": " + o.get("error").asText());
                    continue;
                }
                String text = ArticleReader.parse(l.json()).text();
                assertThat(o.get("doc_id").asText()).isEqualTo(M.readTree(l.json()).get("doc_id").asText());
                for (JsonNode e : o.get("events")) {
                    events++;
                    for (JsonNode ev : e.get("evidence")) {
                        int s = ev.get("start").asInt();
                        int end = ev.get("end").asInt();
                        assertThat(s).isBetween(0, end);
                        assertThat(end).isLessThanOrEqualTo(text.length());
                        assertThat(text.substring(s, end)).isEqualTo(ev.get("text").asText());
                    }
                }
            } else {
                assertThat(o.get("line").asInt()).as(l.json()).isEqualTo(i + 1);
                assertThat(o.get("error").asText()).isNotBlank();
            }
        }
        assertThat(failures).as("well-formed documents that failed").isEmpty();
        System.out.printf("fuzz: %d lines, %d events, exit %d%n", n + 1, events, code);
        assertThat(events).as("the documents reach the extractor").isPositive();
        assertThat(M.readTree(outLines.get(n)).get("line").asInt()).isEqualTo(n + 1);
    }
}
