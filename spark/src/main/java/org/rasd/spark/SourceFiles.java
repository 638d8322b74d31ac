package org.rasd.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.rasd.io.EventJson;
import org.rasd.io.LineSource;

/**
 * The job's inputs, through Hadoop's file systems (local paths, HDFS, S3 through s3a, whatever the cluster has):
 * JSONL(.gz) files in the extract contract, folders of .txt articles (with optional {@code NAME.meta.json}) and
 * Parquet files or folders with the contract's columns. Files are listed on the driver, in argument order and
 * name order within a folder (as {@code rasd ingest} reads them), and read on the executors.
 */
final class SourceFiles {
    private SourceFiles() {
    }

    enum Kind { JSONL, TXT, PARQUET, META, OTHER }

    static Kind kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".meta.json")) {
            return Kind.META;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson") || n.endsWith(".ndjson.gz")) {
            return Kind.JSONL;
        }
        if (n.endsWith(".txt")) {
            return Kind.TXT;
        }
        if (n.endsWith(".parquet")) {
            return Kind.PARQUET;
        }
        return Kind.OTHER;
    }

    /** One input file with its place in the listing, or an input that cannot be read ({@code error}). */
    record Input(long index, String path, Kind kind, String error) implements Serializable {
    }

    /** The listing: every file the arguments stand for, in order. Parquet folders stay one input. */
    static List<Input> list(List<String> args, Configuration conf) {
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            Path p = new Path(a);
            try {
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    out.add(new Input(out.size(), a, Kind.OTHER, "no such file or directory"));
                    continue;
                }
                java.util.Arrays.sort(matches, (x, y) -> x.getPath().toString().compareTo(y.getPath().toString()));
                for (FileStatus st : matches) {
                    if (st.isDirectory()) {
                        List<String> files = new ArrayList<>();
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                        while (it.hasNext()) {
                            LocatedFileStatus f = it.next();
                            String name = f.getPath().getName();
                            if (f.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
                                files.add(f.getPath().toString());
                            }
                        }
                        files.sort(null);
                        boolean parquet = !files.isEmpty() && files.stream().allMatch(x -> kind(x) == Kind.PARQUET);
                        if (parquet) {
                            out.add(new Input(out.size(), st.getPath().toString(), Kind.PARQUET, null));
                            continue;
                        }
                        for (String f : files) {
                            Kind k = kind(f);
                            if (k == Kind.JSONL || k == Kind.TXT) {
                                out.add(new Input(out.size(), f, k, null));
                            }
                        }
                    } else {
                        String f = st.getPath().toString();
                        Kind k = kind(f);
                        out.add(new Input(out.size(), f, k, k == Kind.OTHER || k == Kind.META
                                ? "unsupported file type (jsonl[.gz], txt, parquet)" : null));
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                out.add(new Input(out.size(), a, Kind.OTHER, "cannot list: " + e.getMessage()));
            }
        }
        return out;
    }

    /** A Hadoop configuration as plain entries, to rebuild it on the executors (spark.hadoop.* settings included). */
    static HashMap<String, String> entries(Configuration conf) {
        HashMap<String, String> m = new HashMap<>();
        for (Map.Entry<String, String> e : conf) {
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }

    static Configuration configuration(Map<String, String> entries) {
        Configuration c = new Configuration(false);
        entries.forEach(c::set);
        return c;
    }

    /**
     * Reads text and JSONL inputs into raw rows ({@link Schemas#RAW}), lazily (a JSONL file is streamed line by
     * line, never held whole); a file that cannot be read becomes one error row, never an exception.
     */
    static Iterator<Row> read(Iterator<Input> inputs, Map<String, String> conf) {
        Configuration c = configuration(conf);
        return new Iterator<>() {
            private Input current;
            private BufferedReader lines;
            private long lineNo;
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (lines != null) {
                        try {
                            String line = lines.readLine();
                            if (line != null) {
                                lineNo++;
                                next = Schemas.raw(current.index(), lineNo, current.path(), line, null, null, null,
                                        null, null, null, null);
                                break;
                            }
                            closeLines();
                        } catch (IOException | RuntimeException e) {
                            closeLines();
                            next = failure(current, lineNo + 1, e);
                            break;
                        }
                    }
                    if (!inputs.hasNext()) {
                        return false;
                    }
                    current = inputs.next();
                    lineNo = 0;
                    if (current.error() != null) {
                        next = Schemas.raw(current.index(), 0, current.path(), null, null, null, null, null, null, null,
                                current.error());
                        continue;
                    }
                    try {
                        switch (current.kind()) {
                            case JSONL -> lines = open(current.path(), c);
                            case TXT -> next = txt(current, c);
                            default -> next = Schemas.raw(current.index(), 0, current.path(), null, null, null, null,
                                    null, null, null, "unsupported file type");
                        }
                    } catch (IOException | RuntimeException e) {
                        next = failure(current, 0, e);
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }

            private void closeLines() {
                try {
                    lines.close();
                } catch (IOException ignored) {
                    // read to the end or failed: nothing more to get from it
                }
                lines = null;
            }
        };
    }

    private static Row failure(Input in, long pos, Exception e) {
        return Schemas.raw(in.index(), pos, in.path(), null, null, null, null, null, null, null,
                "cannot read: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    private static BufferedReader open(String path, Configuration c) throws IOException {
        Path p = new Path(path);
        return LineSource.open(p.getFileSystem(c).open(p));
    }

    /** A .txt article: doc_id is the name up to its first dot; metadata from a sibling NAME.meta.json. */
    private static Row txt(Input in, Configuration c) throws IOException {
        Path p = new Path(in.path());
        String name = p.getName();
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        StringBuilder sb = new StringBuilder();
        try (BufferedReader r = open(in.path(), c)) {
            char[] buf = new char[8192];
            int k;
            while ((k = r.read(buf)) > 0) {
                sb.append(buf, 0, k);
            }
        }
        String text = sb.toString();
        if (text.isBlank()) {
            return Schemas.raw(in.index(), 0, in.path(), null, stem, null, null, null, null, null, "empty text");
        }
        String published = null;
        String source = null;
        String url = null;
        String title = "";
        Path meta = new Path(p.getParent(), stem + ".meta.json");
        FileSystem fs = meta.getFileSystem(c);
        if (fs.exists(meta)) {
            JsonNode n;
            try (BufferedReader r = LineSource.open(fs.open(meta))) {
                n = EventJson.MAPPER.readTree(r);
            }
            published = n.path("published").asText(null);
            source = n.hasNonNull("outlet") ? n.get("outlet").asText() : n.path("source").asText(null);
            url = n.path("url").asText(null);
            title = n.path("title").asText("");
        }
        return Schemas.raw(in.index(), 0, in.path(), null, stem, published, title, text, source, url, null);
    }
}
