package org.rasd.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * ACLED's CSV through jackson-dataformat-csv: the 31 columns of {@link AcledRow} under a header row, RFC 4180
 * (comma-separated, CRLF line ends, a field quoted only when it holds a comma, a double quote, CR or LF, its quotes
 * doubled). The one CSV writer of events: the CSV sink streams rows, the API writes a page at once.
 */
public final class AcledCsv implements AutoCloseable {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema ROW = CSV.schemaFor(AcledRow.class).withoutHeader().withLineSeparator("\r\n");

    private final SequenceWriter rows;

    /** Writes the header row at once; {@code out} is closed by {@link #close()}. */
    public AcledCsv(Writer out) throws IOException {
        out.write(header());
        this.rows = CSV.writer(ROW).writeValues(out);
    }

    /** The header row with its line end. */
    public static String header() {
        return String.join(",", AcledRow.COLUMNS) + "\r\n";
    }

    public void write(AcledRow row) throws IOException {
        rows.write(row);
    }

    public void flush() throws IOException {
        rows.flush();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** A whole CSV document: the header and one row per event. */
    public static String of(List<AcledRow> rows) {
        StringWriter out = new StringWriter();
        try (AcledCsv csv = new AcledCsv(out)) {
            for (AcledRow r : rows) {
                csv.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
