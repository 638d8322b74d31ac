package org.rasd.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rasd.model.Actor;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;
import org.rasd.model.Location;

/**
 * ACLED's 31 columns, RFC 4180 (comma-separated, CRLF, fields with a comma, quote, CR or LF quoted,
 * quotes doubled), UTF-8 without BOM. Rows are written as events come; bad input lines have no row.
 *
 * <p>Conventions: event_id_cnty is the ISO-3 code plus a running number per country in this export
 * ("SYR1", "SYR2", … ; "XXX" when the country is unknown); inter2 is 0 without a second actor;
 * interaction is the two inter codes, lower first (17), or inter1×10 for a sole actor (10);
 * civilian_targeting is "Civilian targeting" or empty; iso is ISO 3166 numeric; fatalities 0 when the
 * article gives no number (ACLED's convention); timestamp is the export time in Unix seconds.
 */
public final class CsvSink implements EventSink {
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");

    private final Writer out;
    private final long timestamp;
    private final Map<String, Integer> counters = new HashMap<>();

    public CsvSink(OutputStream os) {
        this(os, Clock.systemUTC());
    }

    public CsvSink(OutputStream os, Clock clock) {
        this.out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        this.timestamp = clock.instant().getEpochSecond();
        try {
            row(COLUMNS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void accept(Article article, ExtractionResult result) throws IOException {
        for (Event e : result.events()) {
            row(fields(article, e));
        }
    }

    /** The 31 values of one event, in {@link #COLUMNS} order. */
    List<String> fields(Article article, Event e) {
        Location l = e.location();
        String countryKey = l == null ? null : l.country();
        Optional<Countries.Country> c = Countries.find(countryKey);
        String prefix = c.map(Countries.Country::iso3).orElse("XXX");
        int n = counters.merge(prefix, 1, Integer::sum);
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(prefix + n);
        f.add(e.eventDate() == null ? "" : e.eventDate().toString());
        f.add(e.eventDate() == null ? "" : String.valueOf(e.eventDate().getYear()));
        f.add(String.valueOf(e.timePrecision()));
        f.add(Acled.disorderType(e));
        f.add(e.eventType().label());
        f.add(e.subEventType().label());
        f.add(name(e.actor1()));
        f.add(String.join("; ", e.assocActor1()));
        f.add(e.actor1() == null ? "" : String.valueOf(e.actor1().inter().code()));
        f.add(name(e.actor2()));
        f.add(String.join("; ", e.assocActor2()));
        f.add(String.valueOf(Acled.inter(e.actor2())));
        f.add(String.valueOf(Acled.interaction(e.actor1(), e.actor2())));
        f.add(e.civilianTargeting() ? "Civilian targeting" : "");
        f.add(c.map(x -> x.isoNumeric() == 0 ? "" : String.valueOf(x.isoNumeric())).orElse(""));
        f.add(c.map(Countries.Country::region).orElse(""));
        f.add(c.map(Countries.Country::name).orElse(nz(countryKey)));
        f.add(l == null ? "" : nz(l.admin1()));
        f.add(l == null ? "" : nz(l.admin2()));
        f.add(l == null ? "" : nz(l.admin3()));
        f.add(l == null ? "" : nz(l.name()));
        f.add(l == null ? "" : coord(l.lat()));
        f.add(l == null ? "" : coord(l.lon()));
        f.add(l == null ? "" : String.valueOf(l.geoPrecision()));
        f.add(nz(article == null ? null : article.source()));
        f.add("");
        f.add(nz(e.notes()));
        f.add(String.valueOf(e.fatalities() == null ? 0 : e.fatalities()));
        f.add(e.attempted() ? "attempted" : "");
        f.add(String.valueOf(timestamp));
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String name(Actor a) {
        return a == null ? "" : nz(a.name());
    }

    static String coord(Double d) {
        if (d == null) {
            return "";
        }
        return BigDecimal.valueOf(Math.round(d * 1e5) / 1e5).toPlainString();
    }

    /** Bad input lines have no row in ACLED's format. */
    @Override
    public void error(String docId, int line, String message) {
    }

    private void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180 quoting: a field with a comma, double quote, CR or LF is quoted, its quotes doubled. */
    public static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
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
