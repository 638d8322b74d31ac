package org.rasd.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.ingest.HtmlText;
import org.rasd.io.ArticleReader;
import org.rasd.io.JsonlSink;
import org.rasd.io.LineSource;
import org.rasd.model.ExtractionResult;

/**
 * The stages before and after extraction that this layer owns (reading lines, parsing the JSON article, HTML to text,
 * writing JSONL) are linear in the input: 8 times the input may cost at most 24 times the time (quadratic would be
 * 64). A ratio within one run, best of several repetitions, never an absolute time.
 */
@Tag("robustness")
class LinearTimeTest {
    @TempDir
    Path tmp;

    static final String SENTENCE = "قصف الطيران الحربي بلدة طفس في ريف درعا أمس، وقتل 3 مدنيين \\ud800 ";

    long once(int copies) throws Exception {
        String text = SENTENCE.repeat(copies);
        String json = "{\"doc_id\":\"d\\ud800\",\"published\":\"2018-07-03\",\"text\":\"" + text + "\"}";
        Path f = tmp.resolve("in-" + copies + ".jsonl");
        Files.writeString(f, (json + "\r\n").repeat(3), StandardCharsets.UTF_8);
        String html = "<html><body><article><p>" + text.replace("\\ud800", "").replace(". ", "</p><p>")
                + "</p></article></body></html>";
        long t0 = System.nanoTime();
        try (LineSource.LfReader r = LineSource.open(f)) {
            for (LineSource.Line l; (l = r.readLine(Long.MAX_VALUE)) != null; ) {
                var a = ArticleReader.parse(l.text());
                assertThat(a.text()).hasSizeGreaterThan(copies);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (JsonlSink sink = new JsonlSink(out)) {
                    sink.accept(a, new ExtractionResult(a.docId() + a.text().substring(0, 5), List.of()));
                    sink.error(a.docId(), 1, a.text());
                }
            }
        }
        assertThat(HtmlText.article(html, "h", null).text()).contains("طفس");
        assertThat(JsonlSink.escapeLoneSurrogates(json)).startsWith("{");
        return System.nanoTime() - t0;
    }

    long best(int copies) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            best = Math.min(best, once(copies));
        }
        return best;
    }

    @Test
    void eightTimesTheInputCostsAtMostTwentyFourTimesTheTime() throws Exception {
        best(500); // warm-up
        long small = best(2_000);
        long large = best(16_000);
        double ratio = (double) large / small;
        System.out.printf("linear-time: 8x input -> %.1fx time%n", ratio);
        assertThat(ratio).isLessThan(24.0);
    }
}
