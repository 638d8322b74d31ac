package org.rasd.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.Actor;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;

class CsvSinkTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

    private static String csv(Event... events) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (CsvSink s = new CsvSink(buf, CLOCK)) {
            s.accept(SinkFixtures.article(), new ExtractionResult("d1", List.of(events)));
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** A minimal RFC 4180 reader for the tests. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                f.append(c);
            }
        }
        return rows;
    }

    @Test
    void headerIsAcledsThirtyOneColumns() throws Exception {
        String first = csv().split("\r\n")[0];
        assertThat(first).isEqualTo("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
                + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                + "notes,fatalities,tags,timestamp");
        assertThat(first.split(",")).hasSize(31);
    }

    @Test
    void rowCarriesAcledConventions() throws Exception {
        List<List<String>> rows = parse(csv(SinkFixtures.event("SY", 32.6189, 36.1021, "n", new Actor("Civilians (Syria)", 7)),
                SinkFixtures.event("SY", 32.6, 36.1, "n", null)));
        assertThat(rows).hasSize(3);
        List<String> r = rows.get(1);
        assertThat(r).hasSize(31);
        java.util.function.Function<String, String> col = k -> r.get(Acled.COLUMNS.indexOf(k));
        assertThat(col.apply("event_id_cnty")).isEqualTo("SYR1");
        assertThat(rows.get(2).get(0)).isEqualTo("SYR2");
        assertThat(col.apply("disorder_type")).isEqualTo("Political violence");
        assertThat(col.apply("interaction")).isEqualTo("17");
        assertThat(rows.get(2).get(Acled.COLUMNS.indexOf("interaction"))).isEqualTo("10");
        assertThat(rows.get(2).get(Acled.COLUMNS.indexOf("inter2"))).isEqualTo("0");
        assertThat(col.apply("civilian_targeting")).isEqualTo("Civilian targeting");
        assertThat(col.apply("iso")).isEqualTo("760");
        assertThat(col.apply("region")).isEqualTo("Middle East");
        assertThat(col.apply("country")).isEqualTo("Syria");
        assertThat(col.apply("latitude")).isEqualTo("32.6189");
        assertThat(col.apply("year")).isEqualTo("2018");
        assertThat(col.apply("source")).isEqualTo("elaph");
        assertThat(col.apply("timestamp")).isEqualTo("1700000000");
    }

    @Test
    void quotesCommasQuotesAndNewlinesAndKeepsArabic() throws Exception {
        String notes = "قال \"المرصد\"، إن 5 قتلوا, منهم\nطفلان";
        String text = csv(SinkFixtures.event("SY", 32.6, 36.1, notes, null));
        assertThat(text).contains("\"قال \"\"المرصد\"\"، إن 5 قتلوا, منهم\nطفلان\"");
        assertThat(parse(text).get(1).get(Acled.COLUMNS.indexOf("notes"))).isEqualTo(notes);
    }


    @Test
    void protestsWithExcessiveForceAreBothDisorderTypes() {
        assertThat(Acled.disorderType("Protests", "Excessive force against protesters"))
                .isEqualTo("Political violence; Demonstrations");
        assertThat(Acled.disorderType("Protests", "Peaceful protest")).isEqualTo("Demonstrations");
        assertThat(Acled.disorderType("Strategic developments", "Arrests")).isEqualTo("Strategic developments");
    }

    @Test
    void interactionPutsTheLowerCodeFirst() {
        assertThat(Acled.interaction(new Actor("a", 3), new Actor("b", 1))).isEqualTo(13);
        assertThat(Acled.interaction(new Actor("a", 2), null)).isEqualTo(20);
    }

    @Test
    void countriesAreFoundByIso2Iso3OrName() {
        assertThat(Countries.find("ye").map(Countries.Country::iso3)).contains("YEM");
        assertThat(Countries.find("IRQ").map(Countries.Country::isoNumeric)).contains(368);
        assertThat(Countries.find("Libya").map(Countries.Country::region)).contains("Northern Africa");
        assertThat(Countries.all()).hasSizeGreaterThan(240);
    }

    @Test
    void unknownCountryGetsXxxPrefix() throws Exception {
        assertThat(parse(csv(SinkFixtures.event(null, 1.0, 2.0, "", null))).get(1).get(0)).isEqualTo("XXX1");
    }
}
