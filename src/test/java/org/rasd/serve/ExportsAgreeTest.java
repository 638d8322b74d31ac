package org.rasd.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.io.Acled;
import org.rasd.io.EventJson;
import org.rasd.io.CsvSink;
import org.rasd.io.EventSink;
import org.rasd.io.GeoJsonSink;
import org.rasd.model.Actor;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.EventType;
import org.rasd.model.ExtractionResult;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;
import org.rasd.store.EventRow;

/** The CLI's sinks and the API write one ACLED projection: the same columns, the same coordinate rounding. */
class ExportsAgreeTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Article ARTICLE = new Article("d1", LocalDate.of(2018, 7, 1), "t", "نص", "elaph", null);

    private static Event event(Double lat, Double lon) {
        return new Event(EventType.BATTLES, SubEventType.ARMED_CLASH, LocalDate.of(2018, 7, 1), 1,
                new Actor("Military Forces of Syria", 1), List.of(), new Actor("Opposition Rebels (Syria)", 2), List.of(),
                new Location("Tafas", "طفس", "SY", "Daraa", "Daraa", "Tafas", lat, lon, 1, "g:1"), 2, false, false,
                List.of(), 0.8, "clash, \"heavy\"");
    }

    private static String sink(String format, Event e) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (EventSink s = format.equals("csv") ? new CsvSink(buf, clock) : new GeoJsonSink(buf, clock)) {
            s.accept(ARTICLE, new ExtractionResult("d1", List.of(e)));
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static String column(String csv, String name) throws Exception {
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(csv)) {
            List<String> header = it.next();
            return it.next().get(header.indexOf(name));
        }
    }

    @Test
    void coordinatesAreRoundedAlikeByEveryWriter() throws Exception {
        Event e = event(32.6189449999, -36.1021450001);
        EventRow stored = EventRow.of(e, ARTICLE, NOW).withId(7).withSources(List.of("elaph"));

        JsonNode sinkFeature = JSON.readTree(sink("geojson", e)).get("features").get(0);
        JsonNode apiFeature = JSON.readTree(Formats.geojson(List.of(stored))).get("features").get(0);
        assertThat(sinkFeature.get("geometry")).isEqualTo(apiFeature.get("geometry"));
        assertThat(apiFeature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-36.10215);
        assertThat(apiFeature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(32.61894);

        String sinkCsv = sink("csv", e);
        String apiCsv = Formats.csv(List.of(stored));
        for (String c : List.of("latitude", "longitude")) {
            String v = column(apiCsv, c);
            assertThat(column(sinkCsv, c)).isEqualTo(v);
            assertThat(sinkFeature.get("properties").get(c).asText()).isEqualTo(v);
            assertThat(apiFeature.get("properties").get(c).asText()).isEqualTo(v);
        }
        assertThat(column(apiCsv, "latitude")).isEqualTo("32.61894");
        assertThat(column(apiCsv, "longitude")).isEqualTo("-36.10215");

        JsonNode location = JSON.readTree(EventJson.result(new ExtractionResult("d1", List.of(e))).toString())
                .get("events").get(0).get("location");
        assertThat(location.get("lat").asDouble()).isEqualTo(32.61894);
        assertThat(location.get("lon").asDouble()).isEqualTo(-36.10215);
    }

    @Test
    void sinkAndApiWriteTheSameCsv() throws Exception {
        Event e = event(32.6, 36.1);
        EventRow stored = EventRow.of(e, ARTICLE, NOW).withId(1).withSources(List.of("elaph"));
        String sinkCsv = sink("csv", e);
        String apiCsv = Formats.csv(List.of(stored));
        assertThat(sinkCsv.substring(0, sinkCsv.indexOf("\r\n"))).isEqualTo(String.join(",", Acled.COLUMNS));
        // the sink numbers events per country and stamps the export time; the API the store id and last update
        assertThat(sinkCsv).isEqualTo(apiCsv).contains("\r\nSYR1,2018-07-01,2018,1,Political violence,Battles,")
                .contains(",\"clash, \"\"heavy\"\"\",2,,");
    }

    @Test
    void geojsonFeaturesWithoutCoordinatesHaveANullGeometryInBothWriters() throws Exception {
        Event e = event(null, null);
        EventRow stored = EventRow.of(e, ARTICLE, NOW).withId(3);
        JsonNode sinkFeature = JSON.readTree(sink("geojson", e)).get("features").get(0);
        JsonNode apiFeature = JSON.readTree(Formats.geojson(List.of(stored))).get("features").get(0);
        assertThat(sinkFeature.get("geometry").isNull()).isTrue();
        assertThat(apiFeature.get("geometry").isNull()).isTrue();
        assertThat(apiFeature.get("id").asLong()).isEqualTo(3);
        assertThat(apiFeature.get("properties").get("id").asLong()).isEqualTo(3);
        assertThat(sinkFeature.has("id")).isFalse();
    }

    @Test
    void extractedEventsWithoutActorOrPlaceFollowTheStoresConventions() throws Exception {
        Event e = new Event(null, SubEventType.ARMED_CLASH, null, 3, null, List.of(), null, List.of(), null, null,
                false, false, List.of(), 0.5, "");
        String csv = sink("csv", e);
        assertThat(column(csv, "inter1")).isEqualTo("0");
        assertThat(column(csv, "geo_precision")).isEqualTo("3");
        assertThat(column(csv, "event_date")).isEqualTo("2018-07-01");
        assertThat(column(csv, "event_id_cnty")).isEqualTo("XXX1");
        assertThat(column(csv, "interaction")).isEqualTo("0");
    }
}
