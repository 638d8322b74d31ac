package org.rasd.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.upper;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.rasd.io.Acled;

/**
 * The Spark pipeline: list the inputs, read them on the executors, extract each partition with the executor's
 * {@code Rasd}, then write what was asked for under {@code out}:
 * <ul>
 *   <li>{@code jsonl/} — one line per input document in input order, byte for byte what {@code rasd extract}
 *       writes (part files in name order);</li>
 *   <li>{@code events/} — Parquet, one row per extracted event with its evidence spans nested, partitioned by
 *       {@code country} (ISO code, {@code unknown}) and {@code month} (event date, else publication date);</li>
 *   <li>{@code incidents/} — Parquet, the events deduplicated across sources with the store's rules, partitioned
 *       the same way; {@code csv/} — the same incidents as ACLED's 31 columns;</li>
 *   <li>{@code errors/} — always: one JSON line per document that could not be read or extracted
 *       ({@code path}, {@code line}, {@code doc_id}, {@code error}).</li>
 * </ul>
 */
public final class RasdJob implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final List<String> FORMATS = List.of("jsonl", "parquet", "csv");

    /** What to run: inputs, output directory, formats, the data directory for executors, partitions (0 = auto). */
    public record Options(List<String> inputs, String out, Set<String> formats, String data, int partitions)
            implements Serializable {
        public Options {
            inputs = List.copyOf(inputs);
            formats = new LinkedHashSet<>(formats);
            for (String f : formats) {
                if (!FORMATS.contains(f)) {
                    throw new IllegalArgumentException("unknown format " + f + " (jsonl, parquet, csv)");
                }
            }
        }
    }

    /** Counts of one run. */
    public record Summary(long documents, long errors, long events, long incidents, double seconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d documents (%d errors), %d events, %d incidents, %.1f s, %.1f documents/s",
                    documents, errors, events, incidents, seconds, seconds > 0 ? documents / seconds : 0);
        }
    }

    private RasdJob() {
    }

    public static Summary run(SparkSession spark, Options o) {
        long t0 = System.nanoTime();
        Instant now = Instant.now();
        Dataset<Row> docs = extract(spark, o).persist(StorageLevel.MEMORY_AND_DISK());
        String out = o.out().replaceAll("/+$", "");
        docs.filter(col("error").isNotNull())
                .select(col("path"), col("pos").as("line"), col("doc_id"), col("error"))
                .orderBy("path", "line").coalesce(1).write().mode(SaveMode.Overwrite).json(out + "/errors");
        if (o.formats().contains("jsonl")) {
            docs.orderBy("src", "pos").select("json").write().mode(SaveMode.Overwrite).text(out + "/jsonl");
        }
        long incidents = 0;
        if (o.formats().contains("parquet")) {
            Dataset<Row> events = docs.filter(col("error").isNull())
                    .select(col("doc_id"), col("source"), col("url"), col("published"), col("path").as("input_path"),
                            col("pos").as("input_line"), explode(col("events")).as("e"))
                    .select(col("doc_id"), col("source"), col("url"), col("published"), col("input_path"),
                            col("input_line"), col("e.*"));
            partitioned(events, col("country_code"), coalesce(col("event_date"), col("published")))
                    .write().mode(SaveMode.Overwrite).partitionBy("country", "month").parquet(out + "/events");
        }
        if (o.formats().contains("parquet") || o.formats().contains("csv")) {
            Dataset<Row> inc = incidents(spark, docs, now).persist(StorageLevel.MEMORY_AND_DISK());
            incidents = inc.count();
            if (o.formats().contains("parquet")) {
                partitioned(inc, col("country_code"), col("event_date"))
                        .write().mode(SaveMode.Overwrite).partitionBy("country", "month").parquet(out + "/incidents");
            }
            if (o.formats().contains("csv")) {
                acledCsv(spark, inc, now).coalesce(1).write().mode(SaveMode.Overwrite).option("header", true)
                        .option("escape", "\"").option("lineSep", "\r\n").option("emptyValue", "")
                        .csv(out + "/csv");
            }
            inc.unpersist();
        }
        Row counts = docs.agg(functions.count(lit(1)), functions.count(col("error")),
                functions.sum(functions.size(col("events")))).first();
        docs.unpersist();
        long events = counts.isNullAt(2) ? 0 : counts.getLong(2);
        return new Summary(counts.getLong(0), counts.getLong(1), events, incidents, (System.nanoTime() - t0) / 1e9);
    }

    /** With the partition columns, and each (country, month) gathered in one task: one file per directory. */
    private static Dataset<Row> partitioned(Dataset<Row> d, Column countryCode, Column date) {
        return d.withColumn("country", coalesce(upper(countryCode), lit("unknown")))
                .withColumn("month", coalesce(date_format(date, "yyyy-MM"), lit("unknown")))
                .repartition(col("country"), col("month"));
    }

    /** Documents after extraction ({@link Schemas#DOC}), not yet computed. */
    public static Dataset<Row> extract(SparkSession spark, Options o) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<SourceFiles.Input> listing = SourceFiles.list(o.inputs(), conf);
        List<SourceFiles.Input> files = new ArrayList<>();
        List<SourceFiles.Input> parquet = new ArrayList<>();
        for (SourceFiles.Input in : listing) {
            (in.kind() == SourceFiles.Kind.PARQUET && in.error() == null ? parquet : files).add(in);
        }
        int parallelism = o.partitions() > 0 ? o.partitions() : Math.max(1, jsc.defaultParallelism() * 4);
        HashMap<String, String> confEntries = SourceFiles.entries(conf);
        JavaRDD<Row> raw = jsc.parallelize(files, Math.max(1, Math.min(files.size(), parallelism)))
                .mapPartitions(it -> SourceFiles.read(it, confEntries));
        for (SourceFiles.Input p : parquet) {
            raw = raw.union(parquetRows(spark, p).javaRDD());
        }
        if (raw.getNumPartitions() < parallelism) {
            raw = raw.repartition(parallelism);
        }
        String data = o.data();
        JavaRDD<Row> docs = raw.mapPartitions(it -> Extraction.partition(it, data));
        return spark.createDataFrame(docs, Schemas.DOC);
    }

    /** A Parquet input as raw rows: the extract contract's columns, in file order. */
    static Dataset<Row> parquetRows(SparkSession spark, SourceFiles.Input in) {
        Dataset<Row> d = spark.read().parquet(in.path());
        Set<String> cols = new LinkedHashSet<>();
        for (String c : d.columns()) {
            cols.add(c.toLowerCase(Locale.ROOT));
        }
        Column textCol = cols.contains("text") ? (cols.contains("content")
                ? coalesce(col("text"), col("content")) : col("text"))
                : cols.contains("content") ? col("content") : lit(null);
        Column error = cols.contains("doc_id") && (cols.contains("text") || cols.contains("content")) ? lit(null)
                : lit("missing column \"doc_id\" or \"text\" in the Parquet input");
        return d.select(lit(in.index()).as("src"), functions.monotonically_increasing_id().plus(1).as("pos"),
                functions.input_file_name().as("path"), lit(null).cast("string").as("json"),
                opt(cols, "doc_id"), opt(cols, "published"), opt(cols, "title"), textCol.cast("string").as("text"),
                opt(cols, "source"), opt(cols, "url"), error.cast("string").as("error"));
    }

    private static Column opt(Set<String> cols, String name) {
        return (cols.contains(name) ? col(name) : lit(null)).cast("string").as(name);
    }

    /**
     * The incidents ({@link Incidents#INCIDENT}) of the good documents: articles the store would skip as already
     * stored (same content hash or URL as an earlier one) are dropped, reports are grouped by family and merged,
     * and incidents get ids in the order the store would create them.
     */
    public static Dataset<Row> incidents(SparkSession spark, Dataset<Row> docs, Instant now) {
        Dataset<Row> stored = docs.filter(col("error").isNull().and(col("store_error").isNull()));
        // which articles an ingest stores: the first of each content hash, then the first of each URL (small
        // aggregations over the keys only; the events never take part in this shuffle)
        Dataset<Row> byHash = stored.select(col("content_hash"), struct(col("src"), col("pos"), col("url")).as("k"))
                .groupBy("content_hash").agg(min(col("k")).as("k"))
                .select(col("k.src").as("src"), col("k.pos").as("pos"), col("k.url").as("url"));
        Dataset<Row> kept = byHash.filter(col("url").isNull()).select("src", "pos")
                .union(byHash.filter(col("url").isNotNull()).select(col("url"), struct(col("src"), col("pos")).as("k"))
                        .groupBy("url").agg(min(col("k")).as("k")).select(col("k.src").as("src"), col("k.pos").as("pos")))
                .withColumnRenamed("src", "kept_src").withColumnRenamed("pos", "kept_pos");
        Dataset<Row> reports = stored.select(col("src"), col("pos"), col("doc_id"), col("published"), col("source"),
                        col("url"), explode(col("events")).as("event"));
        reports = reports.join(kept, reports.col("src").equalTo(kept.col("kept_src"))
                        .and(reports.col("pos").equalTo(kept.col("kept_pos"))), "left_semi")
                .select(lit("").as("family"), col("src"), col("pos"), col("doc_id"), col("published"), col("source"),
                        col("url"), col("event"));
        Dataset<Row> keyed = spark.createDataFrame(reports.javaRDD().map(r -> RowFactory.create(
                Incidents.family(r.getStruct(7)), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6),
                r.get(7))), Incidents.REPORT);
        Dataset<Row> merged = keyed.groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>)
                        r -> r.getString(0), Encoders.STRING())
                .flatMapGroups((org.apache.spark.api.java.function.FlatMapGroupsFunction<String, Row, Row>)
                        (family, it) -> Incidents.merge(family, it, now), Encoders.row(Incidents.INCIDENT));
        JavaRDD<Row> ranked = merged.javaRDD()
                .sortBy(r -> new Key(r.getLong(33), r.getLong(34), r.getInt(35)), true, merged.javaRDD().getNumPartitions())
                .zipWithIndex().map(t -> Incidents.withId(t._1(), t._2() + 1));
        return spark.createDataFrame(ranked, Incidents.INCIDENT);
    }

    /** Sort key of an incident: where its first report stands in the input. */
    record Key(long src, long pos, int ordinal) implements Comparable<Key>, Serializable {
        @Override
        public int compareTo(Key k) {
            int c = Long.compare(src, k.src);
            if (c == 0) {
                c = Long.compare(pos, k.pos);
            }
            return c != 0 ? c : Integer.compare(ordinal, k.ordinal);
        }
    }

    /** ACLED's 31 columns of the incidents, as the store exports them ({@link Acled#row}), by id. */
    static Dataset<Row> acledCsv(SparkSession spark, Dataset<Row> incidents, Instant now) {
        List<StructField> fields = new ArrayList<>();
        for (String c : Acled.COLUMNS) {
            fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
        }
        StructType schema = DataTypes.createStructType(fields);
        JavaRDD<Row> rows = incidents.orderBy("id").javaRDD()
                .map(r -> RowFactory.create(Acled.row(Incidents.eventRow(r, now)).values().toArray()));
        return spark.createDataFrame(rows, schema);
    }
}
