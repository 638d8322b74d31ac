package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path tmp;

    private Path corpus() throws Exception {
        return Files.writeString(tmp.resolve("c.jsonl"), """
                {"doc_id": "a", "text": "قتل 3 في درعا"}
                {"doc_id": "b", "text": "اشتباكات في حلب"}
                not json
                """, StandardCharsets.UTF_8);
    }

    @Test
    void reportsArticlesThroughputEventsErrorsMachineAndDate() throws Exception {
        Cli.Run r = Cli.run("bench", "--in", corpus().toString(), "--threads", "2", "--warmup", "0");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("rasd bench: 2 articles").contains("articles/s").contains("MB/s")
                .contains("events found").contains("errors           1 (unreadable lines 1")
                .contains("cores, Java").contains("date ");
    }

    @Test
    void limitCapsTheLinesRead() throws Exception {
        assertThat(Cli.run("bench", "--in", corpus().toString(), "--limit", "1").out()).contains("rasd bench: 1 articles");
    }

    @Test
    void missingInputIsAUsageError() {
        assertThat(Cli.run("bench", "--in", tmp.resolve("absent.jsonl").toString()).code()).isEqualTo(Main.USAGE);
    }
}
