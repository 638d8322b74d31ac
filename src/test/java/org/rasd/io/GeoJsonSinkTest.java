package org.rasd.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.ExtractionResult;

class GeoJsonSinkTest {
    private static JsonNode geojson(ExtractionResult... results) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (EventSink s = Sinks.open("geojson", buf)) {
            for (ExtractionResult r : results) {
                s.accept(SinkFixtures.article(), r);
            }
            s.error("bad", 3, "invalid JSON");
        }
        return new ObjectMapper().readTree(buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void emptyCollectionIsValidGeoJson() throws Exception {
        JsonNode n = geojson();
        assertThat(n.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(n.get("features")).isEmpty();
    }

    @Test
    void pointsAreLonLatWithAcledColumnsAsProperties() throws Exception {
        JsonNode n = geojson(new ExtractionResult("d1", List.of(SinkFixtures.event("SY", 32.6189, 36.1021, "n", null))),
                new ExtractionResult("d2", List.of(SinkFixtures.event("SY", 33.5, 36.3, "n", null))));
        assertThat(n.get("features")).hasSize(2);
        JsonNode f = n.get("features").get(0);
        assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(36.1021);
        assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(32.6189);
        JsonNode p = f.get("properties");
        List<String> names = new java.util.ArrayList<>();
        p.fieldNames().forEachRemaining(names::add);
        assertThat(names.subList(0, 31)).containsExactlyElementsOf(Acled.COLUMNS);
        assertThat(names.subList(31, names.size())).containsExactly("doc_id", "location_ar");
        assertThat(p.get("doc_id").asText()).isEqualTo("d1");
        assertThat(p.get("event_id_cnty").asText()).isEqualTo("SYR1");
        assertThat(p.get("event_type").asText()).isEqualTo("Explosions/Remote violence");
        assertThat(p.get("latitude").asText()).isEqualTo("32.6189");
        assertThat(p.get("location_ar").asText()).isEqualTo("درعا");
        assertThat(n.get("features").get(1).get("properties").get("doc_id").asText()).isEqualTo("d2");
        assertThat(n.get("features").get(1).get("properties").get("event_id_cnty").asText()).isEqualTo("SYR2");
    }

    /** Changed with the one ACLED projection: like the API's GeoJSON and the CSV, every event has a feature. */
    @Test
    void eventsWithoutCoordinatesHaveANullGeometry() throws Exception {
        JsonNode n = geojson(new ExtractionResult("d1", List.of(SinkFixtures.event("SY", null, null, "n", null),
                SinkFixtures.event("SY", 1.0, 2.0, "n", null))));
        assertThat(n.get("features")).hasSize(2);
        assertThat(n.get("features").get(0).has("geometry")).isTrue();
        assertThat(n.get("features").get(0).get("geometry").isNull()).isTrue();
        assertThat(n.get("features").get(0).get("properties").get("latitude").asText()).isEmpty();
        assertThat(n.get("features").get(1).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(2.0);
    }

    @Test
    void csvFormatIsRegistered() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (EventSink s = Sinks.open("csv", buf)) {
            s.flush();
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).startsWith("event_id_cnty,");
    }
}
