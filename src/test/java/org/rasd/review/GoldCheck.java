package org.rasd.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.io.DataPaths;
import org.rasd.model.SubEventType;

/**
 * Checks a gold file: with {@code ../shared/eval/validate.py} through python3 when both are present, and always with
 * a Java check of the same rules (types, date, precisions, location keys and ranges, actors' inter codes, integer
 * fatalities, booleans, evidence an exact substring of the article).
 */
final class GoldCheck {
    private GoldCheck() {
    }

    static void assertValid(Path gold, Path texts) throws Exception {
        Path validate = DataPaths.resolve(null).data().resolve("eval/validate.py");
        if (Files.isRegularFile(validate) && python()) {
            Process p = new ProcessBuilder("python3", validate.toString(), gold.toString(), texts.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("validate.py: " + out).isZero();
            assertThat(out).contains(", 0 errors");
        }
        javaCheck(gold, texts);
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static void javaCheck(Path gold, Path texts) throws Exception {
        ObjectMapper m = new ObjectMapper();
        Map<String, String> text = new HashMap<>();
        for (JsonNode t : m.readTree(texts.toFile())) {
            text.put(t.get("doc_id").asText(), t.get("content").asText());
        }
        for (String line : Files.readAllLines(gold)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode d = m.readTree(line);
            for (String k : List.of("doc_id", "published", "title", "source", "events")) {
                assertThat(d.has(k)).as(k).isTrue();
            }
            for (JsonNode e : d.get("events")) {
                SubEventType s = SubEventType.find(e.path("sub_event_type").asText());
                assertThat(s).as("sub_event_type").isNotNull();
                assertThat(s.eventType().label()).isEqualTo(e.path("event_type").asText());
                if (!e.get("date").isNull()) {
                    java.time.LocalDate.parse(e.get("date").asText());
                }
                assertThat(e.get("time_precision").asInt()).isBetween(1, 3);
                JsonNode l = e.get("location");
                for (String k : List.of("name", "name_ar", "country", "lat", "lon", "geo_precision", "tolerance_km")) {
                    assertThat(l.has(k)).as("location." + k).isTrue();
                }
                assertThat(l.get("lat").isNumber() && Math.abs(l.get("lat").asDouble()) <= 90).isTrue();
                assertThat(l.get("lon").isNumber() && Math.abs(l.get("lon").asDouble()) <= 180).isTrue();
                for (String a : List.of("actor1", "actor2")) {
                    JsonNode A = e.get(a);
                    if (A.isNull() && a.equals("actor2")) {
                        continue;
                    }
                    assertThat(A.get("inter").asInt()).as(a).isBetween(1, 8);
                }
                JsonNode f = e.get("fatalities");
                assertThat(f.isNull() || f.isInt() && f.asInt() >= 0).as("fatalities").isTrue();
                for (String k : Set.of("attempted", "optional")) {
                    assertThat(e.get(k).isBoolean()).as(k).isTrue();
                }
                String ev = e.path("evidence").asText("");
                assertThat(ev.isEmpty() || text.get(d.get("doc_id").asText()).contains(ev)).as("evidence").isTrue();
            }
        }
    }
}
