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
                .contains("cores, Java").contains("load average").contains("date ");
    }

    @Test
    void reportsStageSharesAllocationHeapAndTheLuceneRatioInTheSameRun() throws Exception {
        Cli.Run r = Cli.run("bench", "--in", corpus().toString(), "--threads", "1", "--warmup", "1");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("heap after load").contains("1 thread ").contains("alloc/article")
                .contains("stages           text ").contains(" places ").contains(" lexicon ").contains(" frames ")
                .contains(" coding ").contains(" decisions ").contains("lucene ").contains("ratio ");
        assertThat(r.out()).doesNotContain("2 threads");
    }

    @Test
    void withoutLuceneAndStagesOnlyTheThroughputIsMeasured() throws Exception {
        Cli.Run r = Cli.run("bench", "--in", corpus().toString(), "--threads", "2", "--warmup", "0", "--no-lucene",
                "--no-stages");
        assertThat(r.out()).contains("2 threads").contains("scaling").doesNotContain("ratio ").doesNotContain("stages ");
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
