package org.rasd.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.List;

/**
 * One event as ACLED's 31 public CSV columns, in order, each as the text written (see {@link Acled#row} for the
 * conventions). Jackson writes it as a CSV row ({@link AcledCsv}) and as GeoJSON properties ({@link GeoJson}).
 */
@JsonPropertyOrder({
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
        "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
        "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
        "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
        "fatalities", "tags", "timestamp"})
public record AcledRow(
        @JsonProperty("event_id_cnty") String eventIdCnty,
        @JsonProperty("event_date") String eventDate,
        @JsonProperty("year") String year,
        @JsonProperty("time_precision") String timePrecision,
        @JsonProperty("disorder_type") String disorderType,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("sub_event_type") String subEventType,
        @JsonProperty("actor1") String actor1,
        @JsonProperty("assoc_actor_1") String assocActor1,
        @JsonProperty("inter1") String inter1,
        @JsonProperty("actor2") String actor2,
        @JsonProperty("assoc_actor_2") String assocActor2,
        @JsonProperty("inter2") String inter2,
        @JsonProperty("interaction") String interaction,
        @JsonProperty("civilian_targeting") String civilianTargeting,
        @JsonProperty("iso") String iso,
        @JsonProperty("region") String region,
        @JsonProperty("country") String country,
        @JsonProperty("admin1") String admin1,
        @JsonProperty("admin2") String admin2,
        @JsonProperty("admin3") String admin3,
        @JsonProperty("location") String location,
        @JsonProperty("latitude") String latitude,
        @JsonProperty("longitude") String longitude,
        @JsonProperty("geo_precision") String geoPrecision,
        @JsonProperty("source") String source,
        @JsonProperty("source_scale") String sourceScale,
        @JsonProperty("notes") String notes,
        @JsonProperty("fatalities") String fatalities,
        @JsonProperty("tags") String tags,
        @JsonProperty("timestamp") String timestamp) {
    /** ACLED's public CSV columns, in order. */
    public static final List<String> COLUMNS = List.of(AcledRow.class.getAnnotation(JsonPropertyOrder.class).value());

    /** The values in {@link #COLUMNS} order. */
    public List<String> values() {
        return Arrays.asList(eventIdCnty, eventDate, year, timePrecision, disorderType, eventType, subEventType, actor1,
                assocActor1, inter1, actor2, assocActor2, inter2, interaction, civilianTargeting,
                iso, region, country, admin1, admin2, admin3, location, latitude, longitude,
                geoPrecision, source, sourceScale, notes, fatalities, tags, timestamp);
    }
}
