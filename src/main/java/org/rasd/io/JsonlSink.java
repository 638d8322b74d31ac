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
        out.write(escapeLoneSurrogates(EventJson.write(EventJson.ResultRecord.of(result))));
        out.write('\n');
    }

    @Override
    public void error(String docId, int line, String message) throws IOException {
        out.write(escapeLoneSurrogates(EventJson.write(new EventJson.ErrorRecord(docId, line, message))));
        out.write('\n');
    }

    /**
     * Writes each unpaired surrogate of serialized JSON as a {@code \\uXXXX} escape. Jackson leaves them as raw chars,
     * which no UTF-8 encoder can write (they became "?"); the escape gives the reader back the very same string.
     * A lone surrogate can only occur inside a JSON string, where the escape is valid. Pairs are left alone.
     */
    public static String escapeLoneSurrogates(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= json.length() || !Character.isLowSurrogate(json.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1)));
            if (Character.isHighSurrogate(c) && !lone) {
                if (sb != null) {
                    sb.append(c).append(json.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (lone && sb == null) {
                sb = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (sb != null) {
                if (lone) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? json : sb.toString();
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
