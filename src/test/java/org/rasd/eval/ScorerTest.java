package org.rasd.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.model.Actor;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;
import org.rasd.model.Location;

class ScorerTest {
    @TempDir
    Path tmp;

    static final String GOLD = """
            {"doc_id": "d1", "published": "2015-07-21", "events": [
              {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2015-07-20", "time_precision": 1,
               "location": {"lat": 33.0, "lon": 36.0, "tolerance_km": 15, "alternatives": [{"lat": 34.0, "lon": 37.0}]},
               "actor1": {"inter": 1}, "actor2": {"inter": 2}, "fatalities": 3, "optional": false},
              {"event_type": "Battles", "sub_event_type": "Armed clash", "date": null,
               "location": {"lat": 35.0, "lon": 38.0}, "actor1": {"inter": 2}, "actor2": null,
               "fatalities": null, "optional": true}]}
            """.replace("\n  ", " ").replace("\n   ", " ");

    private Path write(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Path gold() throws Exception {
        return write("gold.jsonl", String.join(" ", GOLD.strip().split("\n")) + "\n");
    }

    private static String ev(String type, double lat, double lon, String date) {
        return "{\"event_type\": \"" + type + "\", \"sub_event_type\": \"Armed clash\", \"event_date\": "
                + (date == null ? "null" : "\"" + date + "\"") + ", \"location\": {\"lat\": " + lat + ", \"lon\": " + lon
                + "}, \"actor1\": {\"inter\": 1}, \"actor2\": {\"inter\": 2}, \"fatalities\": 3}";
    }

    private Scorer.Result score(String... events) throws Exception {
        Path pred = write("pred.jsonl", "{\"doc_id\": \"d1\", \"events\": [" + String.join(", ", events) + "]}\n");
        return Scorer.score(gold(), pred);
    }

    @Test
    void exactPredictionIsATruePositive() throws Exception {
        Scorer.Result r = score(ev("Battles", 33.0, 36.0, "2015-07-20"));
        assertThat(r.metrics()).containsEntry("tp", 1L).containsEntry("fp", 0L).containsEntry("fn", 0L);
        assertThat(r.strictF1()).isEqualTo(1.0);
    }

    @Test
    void predictionMatchingAnOptionalEventIsNeitherTrueNorFalsePositive() throws Exception {
        Scorer.Result r = score(ev("Battles", 33.0, 36.0, "2015-07-20"), ev("Battles", 35.0, 38.0, null));
        assertThat(r.metrics()).containsEntry("tp", 1L).containsEntry("fp", 0L).containsEntry("matched_optional", 1L)
                .containsEntry("predicted", 2L);
    }

    @Test
    void alternativePlaceMatches() throws Exception {
        assertThat(score(ev("Battles", 34.0, 37.0, "2015-07-20")).metrics()).containsEntry("tp", 1L);
    }

    @Test
    void dateTwoDaysOffMissesAPrecisionOneEvent() throws Exception {
        Scorer.Result r = score(ev("Battles", 33.0, 36.0, "2015-07-22"));
        assertThat(r.metrics()).containsEntry("tp", 0L).containsEntry("fp", 1L).containsEntry("fn", 1L);
        assertThat(r.metrics()).containsEntry("location_recall", 1.0);
    }

    @Test
    void missingPredictionDocumentCountsAllGoldAsMissed() throws Exception {
        Path pred = write("pred.jsonl", "{\"doc_id\": \"other\", \"events\": []}\n");
        Scorer.Result r = Scorer.score(gold(), pred);
        assertThat(r.metrics()).containsEntry("missing_documents", 1L).containsEntry("fn", 1L);
        assertThat(r.summary()).isEqualTo("event F1 0.000 (P 0.000 R 0.000), strict F1 0.000");
    }

    @Test
    void formatPadsKeysToTwentyTwoColumnsInScorePyOrder() throws Exception {
        String text = score(ev("Battles", 33.0, 36.0, "2015-07-20")).format();
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(Scorer.KEYS.size() + 1);
        assertThat(lines.get(0)).isEqualTo("documents              1");
        assertThat(lines.get(8)).isEqualTo("precision              1.0");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("event F1 1.000 (P 1.000 R 1.000), strict F1 1.000");
    }

    @Test
    void scoresInMemoryExtractionResults() throws Exception {
        Event e = new Event(org.rasd.model.EventType.BATTLES, org.rasd.model.SubEventType.ARMED_CLASH, java.time.LocalDate.of(2015, 7, 20), 1, new Actor("A", 1), null,
                new Actor("B", 2), null, new Location("X", "س", "SY", null, null, null, 33.01, 36.01, 1, null), 3,
                false, false, null, 0.9, "");
        Scorer.Result r = Scorer.score(gold(), List.of(new ExtractionResult("d1", List.of(e))));
        assertThat(r.f1()).isEqualTo(1.0);
    }

    @Test
    void extractErrorRecordsScoreAsDocumentsWithoutEvents() throws Exception {
        Path pred = write("pred.jsonl", "{\"doc_id\": \"d1\", \"line\": 1, \"error\": \"invalid\"}\n"
                + "{\"doc_id\": null, \"line\": 2, \"error\": \"invalid JSON\"}\n");
        Scorer.Result r = Scorer.score(gold(), pred);
        assertThat(r.metrics()).containsEntry("missing_documents", 0L).containsEntry("fn", 1L).containsEntry("fp", 0L);
    }

    @Test
    void badJsonLineIsReportedWithFileAndLine() throws Exception {
        Path pred = write("pred.jsonl", "{\"doc_id\": \"d1\", \"events\": []}\n\n{oops\n");
        assertThatThrownBy(() -> Scorer.score(gold(), pred))
                .isInstanceOf(Scorer.BadInput.class)
                .hasMessageStartingWith(pred + ":3: invalid JSON");
    }

    @Test
    void unparsableLatitudeIsReportedWithFileAndLine() throws Exception {
        Path pred = write("pred.jsonl",
                "{\"doc_id\": \"d1\", \"events\": [{\"event_type\": \"Battles\", \"location\": {\"lat\": \"north\", \"lon\": 1}}]}\n");
        assertThatThrownBy(() -> Scorer.score(gold(), pred))
                .isInstanceOf(Scorer.BadInput.class)
                .hasMessageContaining(pred + ":1: doc d1: latitude");
    }

    @Test
    void goldEventWithoutLocationIsRejected() throws Exception {
        Path g = write("g.jsonl", "{\"doc_id\": \"d1\", \"events\": [{\"event_type\": \"Battles\", \"sub_event_type\": \"x\"}]}\n");
        assertThatThrownBy(() -> Scorer.score(g, g))
                .isInstanceOf(Scorer.BadInput.class)
                .hasMessage(g + ":1: gold event 1: missing \"location\"");
    }
}
