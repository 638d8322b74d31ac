package org.rasd.spark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.store.Dedup;
import org.rasd.store.EventRow;

/**
 * Cross-source deduplication as a Spark aggregation, with the store's own rules ({@link Dedup},
 * {@link EventRow#of}): reports are grouped by sub-event family (reports of different families are never one
 * incident), and within a family they are merged in the order an ingest of the same inputs would store them
 * (input order, then event order within an article). Each report joins the closest incident already formed that
 * {@link Dedup#sameIncident} accepts and that no other event of the same article joined; candidates are
 * visited by event date then creation, as the store's (family, event_date) index returns them. So a Spark run and
 * an ingest of the same articles into an empty store give the same incidents, with the same ids.
 */
final class Incidents {
    private Incidents() {
    }

    private static StructField f(String name, org.apache.spark.sql.types.DataType t) {
        return new StructField(name, t, true, Metadata.empty());
    }

    /** One report of an event by one article: flattened with the store's rules, keyed by family. */
    static final StructType REPORT = new StructType(new StructField[] {
            f("family", DataTypes.StringType), f("src", DataTypes.LongType), f("pos", DataTypes.LongType),
            f("doc_id", DataTypes.StringType), f("published", DataTypes.DateType), f("source", DataTypes.StringType),
            f("url", DataTypes.StringType), f("event", Schemas.EVENT)});

    static final StructType REPORT_REF = new StructType(new StructField[] {
            f("doc_id", DataTypes.StringType), f("source", DataTypes.StringType), f("ordinal", DataTypes.IntegerType),
            f("fatalities", DataTypes.IntegerType)});

    /** One incident: the store's {@code events} row, its outlets and reports, and the key its id is ranked by. */
    static final StructType INCIDENT = new StructType(new StructField[] {
            f("id", DataTypes.LongType), f("family", DataTypes.StringType), f("event_date", DataTypes.DateType),
            f("time_precision", DataTypes.IntegerType), f("disorder_type", DataTypes.StringType),
            f("event_type", DataTypes.StringType), f("sub_event_type", DataTypes.StringType),
            f("actor1", DataTypes.StringType), f("assoc_actor_1", Schemas.STRINGS), f("inter1", DataTypes.IntegerType),
            f("actor2", DataTypes.StringType), f("assoc_actor_2", Schemas.STRINGS), f("inter2", DataTypes.IntegerType),
            f("interaction", DataTypes.IntegerType), f("civilian_targeting", DataTypes.BooleanType),
            f("attempted", DataTypes.BooleanType), f("country_code", DataTypes.StringType),
            f("country_name", DataTypes.StringType), f("admin1", DataTypes.StringType),
            f("admin2", DataTypes.StringType), f("admin3", DataTypes.StringType), f("location", DataTypes.StringType),
            f("location_ar", DataTypes.StringType), f("latitude", DataTypes.DoubleType),
            f("longitude", DataTypes.DoubleType), f("geo_precision", DataTypes.IntegerType),
            f("gazetteer_id", DataTypes.StringType), f("fatalities", DataTypes.IntegerType),
            f("confidence", DataTypes.DoubleType), f("notes", DataTypes.StringType),
            f("source_count", DataTypes.IntegerType), f("sources", Schemas.STRINGS),
            f("reports", DataTypes.createArrayType(REPORT_REF, true)),
            f("first_src", DataTypes.LongType), f("first_pos", DataTypes.LongType),
            f("first_ordinal", DataTypes.IntegerType)});

    /** The family a report is grouped by (the store's {@link Dedup#family}). */
    static String family(Row event) {
        return Dedup.family(event.getAs("event_type"), event.getAs("sub_event_type"));
    }

    private static final class Incident {
        EventRow row;
        final long src;
        final long pos;
        final int ordinal;
        final List<Integer> figures = new ArrayList<>();
        final Set<String> outlets = new LinkedHashSet<>();
        final List<Row> reports = new ArrayList<>();

        Incident(EventRow row, long src, long pos, int ordinal) {
            this.row = row;
            this.src = src;
            this.pos = pos;
            this.ordinal = ordinal;
        }

        void add(String docId, String source, int ord, Integer fatalities) {
            figures.add(fatalities);
            outlets.add(source == null || source.isBlank() ? "unknown" : source);
            reports.add(RowFactory.create(docId, source, ord, fatalities));
        }
    }

    /** Merges the reports of one family into incidents (id 0: ranked globally afterwards). */
    static Iterator<Row> merge(String family, Iterator<Row> reports, Instant now) {
        List<Row> all = new ArrayList<>();
        reports.forEachRemaining(all::add);
        all.sort(Comparator.<Row>comparingLong(r -> r.getLong(1)).thenComparingLong(r -> r.getLong(2))
                .thenComparingInt(r -> r.getStruct(7).<Integer>getAs("ordinal")));
        Map<LocalDate, List<Incident>> byDate = new HashMap<>();
        List<Incident> incidents = new ArrayList<>();
        Set<Incident> touched = new HashSet<>();
        long lastSrc = -1;
        long lastPos = -1;
        for (Row r : all) {
            long src = r.getLong(1);
            long pos = r.getLong(2);
            if (src != lastSrc || pos != lastPos) {
                touched = new HashSet<>();
                lastSrc = src;
                lastPos = pos;
            }
            Row er = r.getStruct(7);
            Event e = Schemas.event(er);
            String docId = r.getString(3);
            String source = r.getString(5);
            Article a = new Article(docId, Schemas.localDate(r.get(4)), "", "", source, r.getString(6));
            EventRow row = EventRow.of(e, a, now);
            int ordinal = er.getAs("ordinal");
            Incident best = null;
            double bestRank = Double.MAX_VALUE;
            if (row.eventDate() != null) {
                for (int d = -1; d <= 1; d++) {
                    for (Incident c : byDate.getOrDefault(row.eventDate().plusDays(d), List.of())) {
                        if (touched.contains(c) || !Dedup.sameIncident(c.row, row)) {
                            continue;
                        }
                        double rank = Dedup.rank(c.row, row);
                        if (rank < bestRank) {
                            best = c;
                            bestRank = rank;
                        }
                    }
                }
            }
            if (best != null) {
                List<Integer> figures = new ArrayList<>(best.figures);
                figures.add(row.fatalities());
                best.row = Dedup.withFatalities(Dedup.merge(best.row, row, now), Dedup.credibleFatalities(figures));
            } else {
                best = new Incident(row, src, pos, ordinal);
                incidents.add(best);
                if (row.eventDate() != null) {
                    byDate.computeIfAbsent(row.eventDate(), k -> new ArrayList<>()).add(best);
                }
            }
            best.add(docId, source, ordinal, row.fatalities());
            touched.add(best);
        }
        List<Row> out = new ArrayList<>(incidents.size());
        for (Incident i : incidents) {
            out.add(row(0, i.row, new ArrayList<>(i.outlets), i.reports, i.src, i.pos, i.ordinal));
        }
        return out.iterator();
    }

    static Row row(long id, EventRow r, List<String> sources, List<Row> reports, long src, long pos, int ordinal) {
        return RowFactory.create(id, r.family(), Schemas.date(r.eventDate()), r.timePrecision(), r.disorderType(),
                r.eventType(), r.subEventType(), r.actor1(), Schemas.strings(r.assocActor1()), r.inter1(), r.actor2(),
                Schemas.strings(r.assocActor2()),
                r.inter2(), r.interaction(), r.civilianTargeting(), r.attempted(), r.countryCode(), r.country(),
                r.admin1(), r.admin2(), r.admin3(), r.location(), r.locationAr(), r.latitude(), r.longitude(),
                r.geoPrecision(), r.gazetteerId(), r.fatalities(), r.confidence(), r.notes(), r.sourceCount(),
                Schemas.strings(sources), Schemas.rows(reports), src, pos, ordinal);
    }

    /** The same row with its id. */
    static Row withId(Row r, long id) {
        Object[] v = new Object[r.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.get(i);
        }
        v[0] = id;
        return RowFactory.create(v);
    }

    /** The store's row for an incident (for the ACLED CSV and comparisons with the store). */
    static EventRow eventRow(Row r, Instant updatedAt) {
        return new EventRow(r.getLong(0), r.getString(1), Schemas.localDate(r.get(2)), r.getInt(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getList(8), r.getInt(9), r.getString(10),
                r.getList(11), r.getInt(12), r.getInt(13), r.getBoolean(14), r.getBoolean(15), r.getString(16),
                r.getString(17), r.getString(18), r.getString(19), r.getString(20), r.getString(21), r.getString(22),
                (Double) r.get(23), (Double) r.get(24), r.getInt(25), r.getString(26), (Integer) r.get(27),
                r.getDouble(28), r.getString(29), r.getInt(30), updatedAt, r.getList(31));
    }
}
