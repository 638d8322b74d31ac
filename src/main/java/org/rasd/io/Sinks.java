package org.rasd.io;

import java.io.OutputStream;
import java.util.List;

/** Opens the sink for an output format name. */
public final class Sinks {
    public static final List<String> FORMATS = List.of("jsonl", "csv", "geojson");

    private Sinks() {
    }

    public static EventSink open(String format, OutputStream out) {
        return switch (format) {
            case "jsonl" -> new JsonlSink(out);
            case "csv" -> new CsvSink(out);
            case "geojson" -> new GeoJsonSink(out);
            default -> throw new IllegalArgumentException("format not implemented yet: " + format);
        };
    }
}
