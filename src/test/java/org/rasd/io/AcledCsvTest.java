package org.rasd.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcledCsvTest {
    /** ACLED's public export columns, as ACLED's codebook lists them. */
    private static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    private static AcledRow row(String text) {
        List<String> v = new ArrayList<>(Collections.nCopies(31, "x"));
        v.set(ACLED.indexOf("notes"), text);
        v.set(ACLED.indexOf("actor1"), text);
        return new AcledRow(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16), v.get(17),
                v.get(18), v.get(19), v.get(20), v.get(21), v.get(22), v.get(23), v.get(24), v.get(25), v.get(26),
                v.get(27), v.get(28), v.get(29), v.get(30));
    }

    private static List<List<String>> read(String csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void headerIsAcledsThirtyOneColumnsInOrder() {
        assertThat(AcledRow.COLUMNS).containsExactlyElementsOf(ACLED);
        assertThat(Acled.COLUMNS).containsExactlyElementsOf(ACLED);
        assertThat(AcledCsv.of(List.of())).isEqualTo(String.join(",", ACLED) + "\r\n");
    }

    @Test
    void valuesFollowTheColumns() {
        AcledRow r = row("n");
        assertThat(r.values()).hasSize(31);
        assertThat(r.values().get(ACLED.indexOf("notes"))).isEqualTo("n");
        assertThat(r.values().get(ACLED.indexOf("actor2"))).isEqualTo("x");
    }

    @Test
    void quotingRoundTripsCommasQuotesNewlinesAndArabic() throws Exception {
        List<String> texts = List.of("plain", "a, b", "قال \"المرصد\"، إن 5 قتلوا, منهم\nطفلان", "cr\r\nlf",
                "\"\"", " lead and trail ", "", "درعا");
        List<AcledRow> rows = texts.stream().map(AcledCsvTest::row).toList();
        String csv = AcledCsv.of(rows);
        List<List<String>> back = read(csv);
        assertThat(back).hasSize(texts.size() + 1);
        assertThat(back.get(0)).containsExactlyElementsOf(ACLED);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(back.get(i + 1)).as(texts.get(i)).containsExactlyElementsOf(rows.get(i).values());
        }
        assertThat(CsvSinkTest.parse(csv).subList(1, texts.size() + 1))
                .extracting(r -> r.get(ACLED.indexOf("notes"))).containsExactlyElementsOf(texts);
    }

    @Test
    void quotesOnlyWhatRfc4180Needs() {
        String csv = AcledCsv.of(List.of(row("Armed clash"), row("a,b"), row("say \"no\""), row("x\r")));
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[1]).contains(",Armed clash,").doesNotContain("\"");
        assertThat(lines[2]).contains(",\"a,b\",");
        assertThat(lines[3]).contains(",\"say \"\"no\"\"\",");
        assertThat(csv).contains(",\"x\r\",");
        assertThat(csv).endsWith("\r\n");
    }
}
