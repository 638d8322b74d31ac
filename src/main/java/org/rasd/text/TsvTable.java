package org.rasd.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of Rasd's versioned TSV tables: UTF-8, tab-separated cells, blank lines and lines
 * starting with {@code #} skipped, optionally a header line (the first other line) skipped. Every row
 * keeps its source and 1-based line number, so a bad row is reported as {@code file:line: message}.
 */
public final class TsvTable {
    private TsvTable() {
    }

    /** A data row: its cells as written (not trimmed), its source name and line number. */
    public record Row(String source, int line, String[] cells) {
        /** Cell {@code i} trimmed, or "" when the row is shorter. */
        public String col(int i) {
            return i < cells.length ? cells[i].trim() : "";
        }

        /** "source:line", for error messages. */
        public String where() {
            return source + ":" + line;
        }

        /** An exception for this row: "source:line: message". */
        public IllegalStateException error(String message, Throwable cause) {
            return new IllegalStateException(where() + ": " + message, cause);
        }
    }

    /**
     * Rows of the resource {@code name} next to {@code owner} on the class path.
     *
     * @param header  true when the first non-comment line is a header to skip
     * @param minCols rows with fewer cells fail, naming the file and line (0: no check)
     */
    public static List<Row> resource(Class<?> owner, String name, boolean header, int minCols) {
        String source = resourcePath(owner, name);
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + source);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), source, header, minCols);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    /** Rows from a reader (not closed); {@code source} names it in errors. */
    public static List<Row> read(BufferedReader r, String source, boolean header, int minCols) throws IOException {
        List<Row> out = new ArrayList<>();
        boolean skipHeader = header;
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (skipHeader) {
                skipHeader = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < minCols) {
                throw new IllegalStateException(source + ":" + n + ": expected at least " + minCols
                        + " tab-separated columns, found " + cells.length);
            }
            out.add(new Row(source, n, cells));
        }
        return out;
    }

    private static String resourcePath(Class<?> owner, String name) {
        if (name.startsWith("/")) {
            return name.substring(1);
        }
        return owner.getPackageName().replace('.', '/') + "/" + name;
    }
}
