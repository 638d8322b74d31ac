package org.rasd.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the lexicon TSV files: '#' comments, tab-separated columns; a bad row names its file and line. */
final class Tsv {
    record Row(String file, int line, String[] cols) {
        String col(int i) {
            return i < cols.length ? cols[i].trim() : "";
        }
    }

    private Tsv() {
    }

    static List<Row> read(String resource, int minCols) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < minCols) {
                    throw new IllegalStateException(resource + ":" + n + ": expected at least " + minCols
                            + " tab-separated columns, found " + cols.length);
                }
                rows.add(new Row(resource, n, cols));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
