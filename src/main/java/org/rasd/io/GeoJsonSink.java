package org.rasd.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;

/**
 * A GeoJSON FeatureCollection of Point features ({@code [lon, lat]}, RFC 7946 order) whose properties are
 * {@code doc_id} plus the event as {@code rasd extract} writes it. Streaming: the header is written at
 * once, one feature a line as events come, and {@link #close()} closes the array. Events without
 * coordinates are skipped.
 */
public final class GeoJsonSink implements EventSink {
    private final Writer out;
    private boolean first = true;

    public GeoJsonSink(OutputStream os) {
        this.out = new BufferedWriter(new OutputStreamWriter(os, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        try {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(Article article, ExtractionResult result) throws IOException {
        for (Event e : result.events()) {
            if (e.location() == null || e.location().lat() == null || e.location().lon() == null) {
                continue;
            }
            ObjectNode f = EventJson.MAPPER.createObjectNode();
            f.put("type", "Feature");
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            ArrayNode xy = g.putArray("coordinates");
            xy.add(Math.round(e.location().lon() * 1e5) / 1e5);
            xy.add(Math.round(e.location().lat() * 1e5) / 1e5);
            ObjectNode p = f.putObject("properties");
            p.put("doc_id", result.docId());
            p.setAll(EventJson.event(e));
            if (!first) {
                out.write(",\n");
            }
            first = false;
            out.write(EventJson.MAPPER.writeValueAsString(f));
        }
    }

    /** Bad input lines have no feature. */
    @Override
    public void error(String docId, int line, String message) {
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            out.write("\n]}\n");
        } finally {
            out.close();
        }
    }
}
