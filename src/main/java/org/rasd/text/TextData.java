package org.rasd.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the versioned TSV tables under {@code src/main/resources/org/rasd/text} through {@link TsvTable}:
 * lines starting with {@code #} are comments, the first other line is the header, cells are tab-separated
 * and stripped.
 */
final class TextData {
    private TextData() {
    }

    /** A data row with its table and 1-based line number, for error messages; cells are stripped. */
    record Row(String table, int line, String[] cells) {
        /** Cell {@code i}, stripped, or "" when the row is shorter. */
        String cell(int i) {
            return i < cells.length ? cells[i] : "";
        }

        String where() {
            return "org/rasd/text/" + table + ":" + line;
        }
    }

    /** Data rows (header skipped) of a table in this package's resources, with their line numbers. */
    static List<Row> table(String name) {
        List<Row> out = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.resource(TextData.class, name, true, 0)) {
            String[] cells = r.cells().clone();
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            out.add(new Row(name, r.line(), cells));
        }
        return out;
    }

    /** Data rows (header skipped) of a table in this package's resources. */
    static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        for (Row row : table(name)) {
            out.add(row.cells());
        }
        return out;
    }

    /** A {@code form class gloss} table (see {@link WordClasses}). */
    static WordClasses classes(String name) {
        return WordClasses.load(name);
    }

    /** Normalized first column of a table. */
    static Set<String> wordSet(String name) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(name)) {
            out.add(ArabicNormalizer.normalize(row[0]));
        }
        return out;
    }

    /** Normalized words of a phrase, split at spaces. */
    static String[] words(String phrase) {
        return ArabicNormalizer.normalize(phrase).strip().split("\\s+");
    }
}
