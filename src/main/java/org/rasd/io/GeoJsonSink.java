package org.rasd.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;

/**
 * A GeoJSON FeatureCollection written by {@link GeoJson}: one feature per event, its properties ACLED's 31 columns
 * (the CSV sink's row, numbered the same way) plus {@code doc_id} and {@code location_ar}. Streaming: the opening
 * is written at once, one feature a line as events come, and {@link #close()} closes the array.
 */
public final class GeoJsonSink implements EventSink {
    private final GeoJson out;
    private final Acled.Export export;

    public GeoJsonSink(OutputStream os) {
        this(os, java.time.Clock.systemUTC());
    }

    public GeoJsonSink(OutputStream os, java.time.Clock clock) {
        this.export = new Acled.Export(clock);
        try {
            this.out = new GeoJson(new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(Article article, ExtractionResult result) throws IOException {
        for (Event e : result.events()) {
            out.write(GeoJson.feature(export.next(article, e), null, result.docId()));
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
        out.close();
    }
}
