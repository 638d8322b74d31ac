package org.rasd.spark;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rasd spark --in PATH… --out DIR [--master local[*]] [--format jsonl,parquet,csv] [--data DIR]}: the
 * extraction pipeline as a Spark job. On a cluster: {@code spark-submit --class org.rasd.spark.SparkMain
 * rasd-spark.jar --in s3a://bucket/archive/ --out s3a://bucket/rasd/ --data rasd-data}.
 */
@Command(name = "rasd spark", mixinStandardHelpOptions = true, version = "rasd-spark 0.1.0",
        description = {"Extract events from many articles on Apache Spark (4.2, Java 17).",
                "Outputs under --out: jsonl/ (as rasd extract), events/ and incidents/ (Parquet, by country and",
                "month), csv/ (ACLED's 31 columns, deduplicated incidents), errors/ (documents that failed)."})
public final class SparkMain implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, split = ",", arity = "1..*", paramLabel = "PATH",
            description = "Inputs: JSONL(.gz) files, folders of .txt articles, Parquet files or folders; any Hadoop "
                    + "file system path (hdfs://, s3a://, file:).")
    List<String> in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (replaced).")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "jsonl,parquet,csv",
            description = "Outputs to write: jsonl, parquet, csv (default: all).")
    List<String> format;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (gazetteers) on every executor, or the name of an archive shipped with "
                    + "--archives (default: $RASD_DATA, ../shared, ~/.rasd on each executor).")
    String data;

    @Option(names = "--partitions", paramLabel = "N", description = "Extraction tasks (default: 4 × cores).")
    int partitions;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Set<String> formats = new LinkedHashSet<>(format);
        for (String f : formats) {
            if (!RasdJob.FORMATS.contains(f)) {
                throw new ParameterException(spec.commandLine(), "unknown --format " + f + " (jsonl, parquet, csv)");
            }
        }
        SparkSession.Builder b = SparkSession.builder().appName("rasd " + String.join(" ", in));
        if (master != null) {
            b.master(master);
        } else if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        String dataDir = data;
        if (dataDir == null && (master == null || master.startsWith("local"))) {
            // one machine: resolve as the other commands do, here, and hand the absolute path on
            dataDir = org.rasd.io.DataPaths.resolve(null).data().toString();
        }
        try (SparkSession spark = b.getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            RasdJob.Summary s = RasdJob.run(spark, new RasdJob.Options(in, out, formats, dataDir, partitions));
            System.err.println("rasd spark: " + s + " → " + out);
            return s.errors() > 0 ? 3 : 0;
        }
    }
}
