package org.rasd.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The one GeoJSON writer of events (RFC 7946), used by the GeoJSON sink and the API: a FeatureCollection with one
 * feature a line. A feature's geometry is a Point at {@code [lon, lat]} rounded like every output
 * ({@link Acled#coordinate}), or null when the event has no coordinates; its properties are ACLED's 31 columns
 * ({@link Acled#row}, the CSV row), then {@code id} (the store's) or {@code doc_id} (the batch's), then
 * {@code location_ar}.
 */
public final class GeoJson implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A GeoJSON Point. */
    @JsonPropertyOrder({"type", "coordinates"})
    public record Point(String type, List<Double> coordinates) {
    }

    /** A feature's properties: the ACLED row, then the writer's own fields (null ones left out). */
    public record Properties(@JsonUnwrapped AcledRow acled,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Long id,
                             @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("doc_id") String docId,
                             @JsonProperty("location_ar") String locationAr) {
    }

    /** A GeoJSON Feature; {@code id} is left out when null, {@code geometry} is written even when null. */
    @JsonPropertyOrder({"type", "id", "geometry", "properties"})
    public record Feature(String type,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Long id,
                          Point geometry,
                          Properties properties) {
    }

    private final Writer out;
    private boolean first = true;

    /** Writes the collection's opening at once; {@code out} is closed by {@link #close()}. */
    public GeoJson(Writer out) throws IOException {
        this.out = out;
        out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    }

    /**
     * The feature of one event.
     *
     * @param id    the store's id, or null
     * @param docId the batch document's id, or null
     */
    public static Feature feature(Acled.Fields f, Long id, String docId) {
        Point p = f.latitude() == null || f.longitude() == null ? null
                : new Point("Point", List.of(Acled.coordinate(f.longitude()), Acled.coordinate(f.latitude())));
        return new Feature("Feature", id, p, new Properties(Acled.row(f), id, docId, f.locationAr()));
    }

    public void write(Feature f) throws IOException {
        if (!first) {
            out.write(",\n");
        }
        first = false;
        out.write(JSON.writeValueAsString(f));
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** Closes the collection and the writer. */
    @Override
    public void close() throws IOException {
        try {
            out.write("\n]}\n");
        } finally {
            out.close();
        }
    }

    /** A whole FeatureCollection. */
    public static String of(List<Feature> features) {
        StringWriter out = new StringWriter();
        try (GeoJson g = new GeoJson(out)) {
            for (Feature f : features) {
                g.write(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
