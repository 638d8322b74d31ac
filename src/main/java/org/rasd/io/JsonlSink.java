package org.rasd.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rasd.model.Article;
import org.rasd.model.ExtractionResult;

/** JSON lines: exactly one line per input line, {@code {"doc_id", "events"}} or an error record. */
public final class JsonlSink implements EventSink {
    private final Writer out;

    public JsonlSink(OutputStream os) {
        this.out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void accept(Article article, ExtractionResult result) throws IOException {
        out.write(EventJson.MAPPER.writeValueAsString(EventJson.result(result)));
        out.write('\n');
    }

    @Override
    public void error(String docId, int line, String message) throws IOException {
        out.write(EventJson.MAPPER.writeValueAsString(EventJson.error(docId, line, message)));
        out.write('\n');
    }

    /** Push what is buffered to the file, so nothing already extracted is lost on a crash. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
