package org.rasd.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Readers of the large gazetteer dumps (GeoNames, Who's On First, Open-Syria: plain, gzipped or zipped) line by
 * line, and a test for Arabic script in their name columns. The bundled TSV tables are read by
 * {@link org.rasd.text.TsvTable} (see {@link PlaceLexicon#rows}).
 */
final class DumpFiles {
    private DumpFiles() {
    }

    /** A reader over a plain, .gz or .zip (first .txt/.tsv entry) file. */
    static BufferedReader open(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        String n = p.getFileName().toString();
        if (n.endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        } else if (n.endsWith(".zip")) {
            ZipInputStream z = new ZipInputStream(in);
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (!e.isDirectory() && (e.getName().endsWith(".txt") || e.getName().endsWith(".tsv"))
                        && !e.getName().contains("readme")) {
                    break;
                }
            }
            if (e == null) {
                z.close();
                throw new IOException("no .txt entry in " + p);
            }
            in = z;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    static String col(String[] r, int i) {
        return i < r.length ? r[i].trim() : "";
    }

    static boolean hasArabic(String s) {
        return hasArabic(s, 0, s.length());
    }

    /** Whether s[from, to) has an Arabic letter. */
    static boolean hasArabic(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') {
                return true;
            }
        }
        return false;
    }
}
