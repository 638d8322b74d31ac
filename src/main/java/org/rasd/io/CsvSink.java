package org.rasd.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;

/**
 * ACLED's 31 columns ({@link Acled#row}, written by {@link AcledCsv}), UTF-8 without BOM. Rows are written as
 * events come; bad input lines have no row. Events are numbered per country in this export
 * ({@link Acled.Export}); source is the article's outlet; timestamp is the export time.
 */
public final class CsvSink implements EventSink {
    private final AcledCsv out;
    private final Acled.Export export;

    public CsvSink(OutputStream os) {
        this(os, Clock.systemUTC());
    }

    public CsvSink(OutputStream os, Clock clock) {
        this.export = new Acled.Export(clock);
        try {
            this.out = new AcledCsv(new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(Article article, ExtractionResult result) throws IOException {
        for (Event e : result.events()) {
            out.write(Acled.row(export.next(article, e)));
        }
    }

    /** Bad input lines have no row in ACLED's format. */
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
