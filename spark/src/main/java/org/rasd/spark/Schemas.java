package org.rasd.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.rasd.model.Actor;
import org.rasd.model.Event;
import org.rasd.model.EventType;
import org.rasd.model.Evidence;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

/**
 * The job's row layouts and the conversions between Rasd's model records and Spark rows. Column names follow
 * the extract JSON contract (snake_case, ACLED's names where ACLED has one).
 */
final class Schemas {
    private Schemas() {
    }

    private static StructField f(String name, DataType t) {
        return new StructField(name, t, true, Metadata.empty());
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, true);

    /**
     * One document read from the inputs, before extraction: {@code src} (the input file's index in the listing) and
     * {@code pos} (line number in a JSONL file, row number in a Parquet input, 0 for a .txt file) order documents
     * as an ingest of the same inputs would. Either {@code json} (a JSONL line, parsed on the executor exactly as
     * {@code rasd extract} parses it), the article fields, or {@code error} is set.
     */
    static final StructType RAW = struct(
            f("src", DataTypes.LongType), f("pos", DataTypes.LongType), f("path", DataTypes.StringType),
            f("json", DataTypes.StringType), f("doc_id", DataTypes.StringType), f("published", DataTypes.StringType),
            f("title", DataTypes.StringType), f("text", DataTypes.StringType), f("source", DataTypes.StringType),
            f("url", DataTypes.StringType), f("error", DataTypes.StringType));

    static final StructType EVIDENCE = struct(f("start", DataTypes.IntegerType), f("end", DataTypes.IntegerType),
            f("text", DataTypes.StringType), f("role", DataTypes.StringType));

    /** One event as extracted, with its evidence spans nested (the JSON contract's fields, flattened one level). */
    static final StructType EVENT = struct(
            f("ordinal", DataTypes.IntegerType),
            f("event_type", DataTypes.StringType), f("sub_event_type", DataTypes.StringType),
            f("event_date", DataTypes.DateType), f("time_precision", DataTypes.IntegerType),
            f("actor1", DataTypes.StringType), f("inter1", DataTypes.IntegerType), f("assoc_actor_1", STRINGS),
            f("actor2", DataTypes.StringType), f("inter2", DataTypes.IntegerType), f("assoc_actor_2", STRINGS),
            f("location", DataTypes.StringType), f("location_ar", DataTypes.StringType),
            f("country_code", DataTypes.StringType), f("admin1", DataTypes.StringType),
            f("admin2", DataTypes.StringType), f("admin3", DataTypes.StringType),
            f("latitude", DataTypes.DoubleType), f("longitude", DataTypes.DoubleType),
            f("geo_precision", DataTypes.IntegerType), f("gazetteer_id", DataTypes.StringType),
            f("fatalities", DataTypes.IntegerType), f("attempted", DataTypes.BooleanType),
            f("civilian_targeting", DataTypes.BooleanType),
            f("evidence", DataTypes.createArrayType(EVIDENCE, true)),
            f("confidence", DataTypes.DoubleType), f("notes", DataTypes.StringType));

    /**
     * One document after extraction: its order key, origin, the line {@code rasd extract} would print for it
     * ({@code json}), an error (bad input or failed extraction) and, for good documents, the article metadata the
     * store keeps and the events. {@code store_error} marks an article the store would refuse.
     */
    static final StructType DOC = struct(
            f("src", DataTypes.LongType), f("pos", DataTypes.LongType), f("path", DataTypes.StringType),
            f("doc_id", DataTypes.StringType), f("published", DataTypes.DateType), f("source", DataTypes.StringType),
            f("url", DataTypes.StringType), f("content_hash", DataTypes.StringType), f("json", DataTypes.StringType),
            f("error", DataTypes.StringType), f("store_error", DataTypes.StringType),
            f("events", DataTypes.createArrayType(EVENT, true)));

    static Row raw(long src, long pos, String path, String json, String docId, String published, String title,
                   String text, String source, String url, String error) {
        return RowFactory.create(src, pos, path, json, docId, published, title, text, source, url, error);
    }

    static Row eventRow(int ordinal, Event e) {
        Actor a1 = e.actor1();
        Actor a2 = e.actor2();
        Location l = e.location();
        List<Row> ev = new ArrayList<>(e.evidence().size());
        for (Evidence x : e.evidence()) {
            ev.add(RowFactory.create(x.start(), x.end(), x.text(), x.role()));
        }
        return RowFactory.create(ordinal, e.eventType() == null ? null : e.eventType().label(),
                e.subEventType() == null ? null : e.subEventType().label(), date(e.eventDate()), e.timePrecision(),
                a1 == null ? null : a1.name(), a1 == null ? null : a1.inter().code(), strings(e.assocActor1()),
                a2 == null ? null : a2.name(), a2 == null ? null : a2.inter().code(), strings(e.assocActor2()),
                l == null ? null : l.name(), l == null ? null : l.nameAr(), l == null ? null : l.country(),
                l == null ? null : l.admin1(), l == null ? null : l.admin2(), l == null ? null : l.admin3(),
                l == null ? null : l.lat(), l == null ? null : l.lon(), l == null ? null : l.geoPrecision(),
                l == null ? null : l.gazetteerId(), e.fatalities(), e.attempted(), e.civilianTargeting(), rows(ev),
                e.confidence(), e.notes());
    }

    /** The model event back from its row (the inverse of {@link #eventRow}). */
    static Event event(Row r) {
        String a1 = r.getAs("actor1");
        String a2 = r.getAs("actor2");
        Integer i1 = r.getAs("inter1");
        Integer i2 = r.getAs("inter2");
        Integer gp = r.getAs("geo_precision");
        Location loc = gp == null ? null : new Location(r.getAs("location"), r.getAs("location_ar"),
                r.getAs("country_code"), r.getAs("admin1"), r.getAs("admin2"), r.getAs("admin3"), r.getAs("latitude"),
                r.getAs("longitude"), gp, r.getAs("gazetteer_id"));
        List<Evidence> ev = new ArrayList<>();
        List<Row> spans = r.getList(r.fieldIndex("evidence"));
        for (Row s : spans) {
            ev.add(new Evidence(s.getInt(0), s.getInt(1), s.getString(2), s.getString(3)));
        }
        String type = r.getAs("event_type");
        String subType = r.getAs("sub_event_type");
        return new Event(type == null ? null : EventType.of(type), SubEventType.of(subType),
                localDate(r.getAs("event_date")),
                r.<Integer>getAs("time_precision"), a1 == null && i1 == null ? null : new Actor(a1, i1.intValue()),
                r.getList(r.fieldIndex("assoc_actor_1")), a2 == null && i2 == null ? null : new Actor(a2, i2.intValue()),
                r.getList(r.fieldIndex("assoc_actor_2")), loc, r.getAs("fatalities"), r.<Boolean>getAs("attempted"),
                r.<Boolean>getAs("civilian_targeting"), ev, r.<Double>getAs("confidence"), r.getAs("notes"));
    }

    /** Array values for rows the job builds (Spark's row encoder takes arrays or Scala sequences, not lists). */
    static String[] strings(List<String> l) {
        return l == null ? null : l.toArray(new String[0]);
    }

    static Row[] rows(List<Row> l) {
        return l == null ? null : l.toArray(new Row[0]);
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static LocalDate localDate(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((Date) o).toLocalDate();
    }
}
