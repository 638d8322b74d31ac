package org.rasd.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.Actor;
import org.rasd.model.Event;
import org.rasd.model.Evidence;
import org.rasd.model.ExtractionResult;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

class EventJsonTest {
    @Test
    void recordsWriteTheExtractContractFieldByField() {
        Event e = new Event(null, SubEventType.ARMED_CLASH, LocalDate.of(2018, 7, 2), 1,
                new Actor("Military Forces of Syria", 1), List.of("Air Force"), null, List.of(),
                new Location("Tafas", "طفس", "SY", "Daraa", null, "Tafas", 32.7358249, 35.9907751, 1, "g:1"), null,
                true, false, List.of(new Evidence(0, 3, "قتل", "trigger"), new Evidence(5, 9, "طفس", null)),
                0.87654, "n \"q\"");
        assertThat(EventJson.write(EventJson.ResultRecord.of(new ExtractionResult("d1", List.of(e))))).isEqualTo(
                "{\"doc_id\":\"d1\",\"events\":[{\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\","
                        + "\"event_date\":\"2018-07-02\",\"time_precision\":1,"
                        + "\"actor1\":{\"name\":\"Military Forces of Syria\",\"inter\":1},\"assoc_actor_1\":[\"Air Force\"],"
                        + "\"actor2\":null,\"assoc_actor_2\":[],\"location\":{\"name\":\"Tafas\",\"name_ar\":\"طفس\","
                        + "\"country\":\"SY\",\"admin1\":\"Daraa\",\"admin2\":null,\"admin3\":\"Tafas\",\"lat\":32.73582,"
                        + "\"lon\":35.99078,\"geo_precision\":1,\"gazetteer_id\":\"g:1\"},\"fatalities\":null,"
                        + "\"attempted\":true,\"civilian_targeting\":false,\"evidence\":[{\"start\":0,\"end\":3,"
                        + "\"text\":\"قتل\",\"role\":\"trigger\"},{\"start\":5,\"end\":9,\"text\":\"طفس\"}],"
                        + "\"confidence\":0.877,\"notes\":\"n \\\"q\\\"\"}]}");
    }

    @Test
    void missingPlaceDateAndCoordinatesAreNull() throws Exception {
        Event noPlace = new Event(null, SubEventType.ARMED_CLASH, null, 3, null, List.of(), null, List.of(), null, 2,
                false, false, List.of(), 0.5, null);
        Event noCoordinates = new Event(null, SubEventType.ARMED_CLASH, null, 3, null, List.of(), null, List.of(),
                new Location("X", null, null, null, null, null, null, null, 3, null), 2, false, false, List.of(), 0.5,
                "");
        String json = EventJson.write(noPlace);
        assertThat(json).contains("\"event_date\":null").contains("\"actor1\":null").contains("\"location\":null")
                .contains("\"fatalities\":2").endsWith("\"confidence\":0.5,\"notes\":null}");
        assertThat(EventJson.write(noCoordinates)).contains("\"lat\":null,\"lon\":null");
        for (Event e : List.of(noPlace, noCoordinates)) {
            assertThat(EventJson.MAPPER.writeValueAsString(EventJson.event(e))).isEqualTo(EventJson.write(e));
        }
    }

    @Test
    void errorLinesKeepANullDocId() {
        assertThat(EventJson.write(new EventJson.ErrorRecord(null, 3, "invalid JSON: x")))
                .isEqualTo("{\"doc_id\":null,\"line\":3,\"error\":\"invalid JSON: x\"}");
        assertThat(EventJson.error("d", 4, "e").toString()).isEqualTo("{\"doc_id\":\"d\",\"line\":4,\"error\":\"e\"}");
    }

    @Test
    void theStartUpWarmUpWritesEveryRecordAndChangesNoOutput() {
        Event e = new Event(null, SubEventType.ARMED_CLASH, LocalDate.of(2018, 7, 2), 1,
                new Actor("Military Forces of Syria", 1), List.of(), null, List.of(), null, 2,
                false, false, List.of(), 0.5, null);
        String before = EventJson.write(e);
        org.assertj.core.api.Assertions.assertThatCode(EventJson::warmUp).doesNotThrowAnyException();
        assertThat(EventJson.write(e)).isEqualTo(before);
    }
}
