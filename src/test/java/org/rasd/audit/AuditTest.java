package org.rasd.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.cli.Main;

class AuditTest {
    static final ObjectMapper M = new ObjectMapper();
    static final String TEXT = "مقدمة طويلة عن الأوضاع.\nقتل 5 أشخاص أمس في قصف على مدينة حلب.\nوقال مسؤول إن الوضع هادئ.";

    static JsonNode events(String subType, String place) throws Exception {
        int s = TEXT.indexOf("قتل");
        int e = TEXT.indexOf("حلب.") + 4;
        return M.readTree("[{\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":\"" + subType + "\","
                + "\"event_date\":\"2015-07-20\",\"actor1\":{\"name\":\"Military Forces of Syria\",\"inter\":1},"
                + "\"actor2\":null,\"location\":{\"name\":\"Aleppo\",\"name_ar\":\"" + place + "\",\"country\":\"SY\","
                + "\"admin1\":\"Aleppo\",\"lat\":36.2,\"lon\":37.15,\"geo_precision\":1},\"fatalities\":5,\"confidence\":0.8,"
                + "\"evidence\":[{\"start\":" + s + ",\"end\":" + e + ",\"text\":\"" + TEXT.substring(s, e)
                + "\",\"role\":\"sentence\"}]}]");
    }

    @Test
    void rowsCarryTheCodingTheSentenceAndItsContext() throws Exception {
        List<Worksheet> rows = Audit.rows("d1", "2015-07-21", "aawsat", "عنوان\nالخبر", TEXT,
                events("Shelling/artillery/missile attack", "حلب"));
        assertThat(rows).hasSize(1);
        Worksheet w = rows.get(0);
        assertThat(w.place()).isEqualTo("حلب / Aleppo (Aleppo)");
        assertThat(w.actor1()).isEqualTo("Military Forces of Syria [1]");
        assertThat(w.actor2()).isEmpty();
        assertThat(w.title()).isEqualTo("عنوان الخبر");
        assertThat(w.evidence()).isEqualTo("قتل 5 أشخاص أمس في قصف على مدينة حلب.");
        assertThat(w.context()).contains("[[قتل 5 أشخاص أمس في قصف على مدينة حلب.]]").contains("مقدمة").contains("هادئ")
                .doesNotContain("\n");
        assertThat(w.verdict()).isEmpty();
    }

    @Test
    void sampleIsSeededWithoutReplacementAndGroupedByArticle() {
        List<Worksheet> all = new ArrayList<>();
        for (int d = 0; d < 50; d++) {
            for (int i = 0; i < 3; i++) {
                all.add(new Worksheet(0, String.format("doc-%02d", d), i, "", "", "", "Battles", "Armed clash", "", "", "",
                        "", "", "", "", "", "", "", "", "", "", ""));
            }
        }
        List<Worksheet> a = Audit.sample(all, 20, 7);
        assertThat(a).hasSize(20);
        assertThat(a).extracting(Worksheet::n).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(a).extracting(w -> w.docId() + "#" + w.eventIndex()).doesNotHaveDuplicates().isSorted();
        assertThat(Audit.sample(all, 20, 7)).isEqualTo(a);
        assertThat(Audit.sample(all, 20, 8)).isNotEqualTo(a);
        assertThat(Audit.sample(all, 1000, 7)).hasSize(150);
    }

    @Test
    void worksheetRoundTripsAndScores() throws Exception {
        List<Worksheet> rows = new ArrayList<>();
        String[] verdicts = {"ok", "OK", "not-event", "wrong_place", "", "maybe", "ok"};
        for (int i = 0; i < verdicts.length; i++) {
            rows.add(new Worksheet(i + 1, "d" + i, 0, "2015-07-21", "src", "t, \"quoted\"", i < 4 ? "Battles" : "Protests",
                    "x", "", "p", "SY", "1", "2", "1", "a", "", "0", "0.5", "e,\"v\"", "c", verdicts[i], ""));
        }
        StringWriter w = new StringWriter();
        Audit.write(rows, w);
        List<String> problems = new ArrayList<>();
        List<Audit.Judged> judged = Audit.read(new StringReader(w.toString()), "sheet.csv", problems::add);
        assertThat(judged).hasSize(7);
        Audit.Score s = Audit.score(judged, "sheet.csv", problems::add);
        assertThat(problems).singleElement().asString().startsWith("sheet.csv:7: unknown verdict \"maybe\"");
        assertThat(s.judged()).isEqualTo(5);
        assertThat(s.unjudged()).isEqualTo(1);
        assertThat(s.invalid()).isEqualTo(1);
        assertThat(s.byVerdict().get(Verdict.OK)).isEqualTo(3);
        assertThat(s.byVerdict().get(Verdict.WRONG_PLACE)).isEqualTo(1);
        assertThat(s.precision()).isCloseTo(0.6, within(1e-9));
        assertThat(s.byEventType().get("Battles")).containsExactly(2, 4);
        assertThat(Audit.report(s)).contains("precision 0.600");
    }

    @Test
    void wilsonIntervalMatchesTheTextbook() {
        double[] ci = Audit.wilson(0, 10);
        assertThat(ci[0]).isEqualTo(0.0);
        assertThat(ci[1]).isCloseTo(0.2775, within(1e-4));
        ci = Audit.wilson(65, 150); // p = 0.433
        assertThat(ci[0]).isCloseTo(0.3560, within(1e-3));
        assertThat(ci[1]).isCloseTo(0.5140, within(1e-3));
    }

    @Test
    void commandLineSamplesFromPredictionsAndScoresTheSheet(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Path pred = dir.resolve("p.jsonl");
        StringBuilder c = new StringBuilder();
        StringBuilder p = new StringBuilder();
        for (int d = 0; d < 4; d++) {
            c.append(M.writeValueAsString(M.createObjectNode().put("doc_id", "d" + d).put("published", "2015-07-21")
                    .put("text", TEXT))).append('\n');
            p.append("{\"doc_id\":\"d").append(d).append("\",\"events\":")
                    .append(events("Shelling/artillery/missile attack", "حلب")).append("}\n");
        }
        c.append("{broken\n");
        Files.writeString(corpus, c.toString(), StandardCharsets.UTF_8);
        Files.writeString(pred, p.toString(), StandardCharsets.UTF_8);
        Path sheet = dir.resolve("out/sheet.csv");
        assertThat(Main.run("audit", "sample", "--in", corpus.toString(), "--pred", pred.toString(), "--n", "3", "--seed",
                "5", "--out", sheet.toString())).isZero();
        List<String> lines = Files.readAllLines(sheet, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("n,doc_id,event_index,").endsWith(",verdict,comment");
        // the judge fills the verdicts
        List<String> judged = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            judged.add(lines.get(i).replaceFirst(",,$", i == 1 ? ",not-event," : ",ok,"));
        }
        Files.write(sheet, judged, StandardCharsets.UTF_8);
        assertThat(Main.run("audit", "score", sheet.toString())).isZero();
        List<String> problems = new ArrayList<>();
        Audit.Score s = Audit.score(Audit.read(Files.newBufferedReader(sheet), "s", problems::add), "s", problems::add);
        assertThat(s.judged()).isEqualTo(3);
        assertThat(s.precision()).isCloseTo(2 / 3.0, within(1e-9));
    }
}
