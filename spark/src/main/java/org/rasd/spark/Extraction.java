package org.rasd.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.rasd.Rasd;
import org.rasd.io.ArticleReader;
import org.rasd.io.DataPaths;
import org.rasd.io.EventJson;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Evidence;
import org.rasd.model.ExtractionResult;
import org.rasd.store.Store;

/**
 * The executor side: one {@link Rasd} per JVM, opened on first use (the gazetteer index is loaded from the
 * executor's cache, or built once from the data directory), then every document of a partition through it.
 */
final class Extraction {
    /** Longest text the store accepts (Store.MAX_TEXT). */
    static final int STORE_MAX_TEXT = 1_000_000;

    private static final Map<String, Rasd> OPEN = new ConcurrentHashMap<>();

    private Extraction() {
    }

    /**
     * The Rasd of this JVM for a data directory: {@code data} as a local path when it exists there, else the name
     * of a file or archive shipped with the job ({@code --files}/{@code --archives}, found through
     * {@link SparkFiles}); null means the usual resolution (RASD_DATA, ../shared, ~/.rasd).
     */
    static Rasd rasd(String data) {
        return OPEN.computeIfAbsent(data == null ? "" : data, k -> Rasd.open(DataPaths.resolve(dataDir(data))));
    }

    static Path dataDir(String data) {
        if (data == null || data.isBlank()) {
            return null;
        }
        Path p = Path.of(data);
        if (Files.isDirectory(p)) {
            return p.toAbsolutePath();
        }
        try {
            File shipped = new File(SparkFiles.get(data));
            if (shipped.isDirectory()) {
                return shipped.toPath();
            }
        } catch (RuntimeException e) {
            // no SparkContext here (not on an executor): the path as given
        }
        return p.toAbsolutePath();
    }

    /** Extracts a partition of raw rows ({@link Schemas#RAW}) into document rows ({@link Schemas#DOC}), lazily. */
    static Iterator<Row> partition(Iterator<Row> raw, String data) {
        Rasd rasd = rasd(data);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return raw.hasNext();
            }

            @Override
            public Row next() {
                return document(rasd, raw.next());
            }
        };
    }

    private record Parsed(Article article, String docId, String error) {
    }

    static Row document(Rasd rasd, Row r) {
        long src = r.getLong(0);
        long pos = r.getLong(1);
        String path = r.getString(2);
        Parsed p = parse(r);
        if (p.error() != null) {
            return failed(src, pos, path, p.docId(), p.error());
        }
        Article a = p.article();
        ExtractionResult result;
        try {
            result = rasd.extract(a);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(src, pos, path, a.docId(), "extraction failed: " + e);
        }
        List<Row> events = new ArrayList<>(result.events().size());
        for (int i = 0; i < result.events().size(); i++) {
            events.add(Schemas.eventRow(i, result.events().get(i)));
        }
        return RowFactory.create(src, pos, path, a.docId(), Schemas.date(a.published()), a.source(), a.url(),
                Store.contentHash(a.text()), json(EventJson.result(result)), null, storeError(a, result), Schemas.rows(events));
    }

    private static Row failed(long src, long pos, String path, String docId, String error) {
        return RowFactory.create(src, pos, path, docId, null, null, null, null,
                json(EventJson.error(docId, (int) pos, error)), error, error, new Row[0]);
    }

    /** The document as {@code rasd extract} (JSONL) or {@code rasd ingest} (.txt, Parquet rows) reads it. */
    private static Parsed parse(Row r) {
        String error = r.getString(10);
        String docId = r.getString(4);
        if (error != null) {
            return new Parsed(null, docId, error);
        }
        String line = r.getString(3);
        if (line != null) {
            if (line.isBlank()) {
                return new Parsed(null, null, "empty line");
            }
            try {
                Article a = ArticleReader.parse(line);
                return new Parsed(a, a.docId(), null);
            } catch (ArticleReader.BadLine e) {
                return new Parsed(null, e.docId(), e.getMessage());
            }
        }
        String text = r.getString(7);
        if (docId == null) {
            return new Parsed(null, null, "missing \"doc_id\"");
        }
        if (text == null) {
            return new Parsed(null, docId, "missing \"text\" (or \"content\")");
        }
        LocalDate published = null;
        String pub = r.getString(5);
        if (pub != null) {
            try {
                published = ArticleReader.parseDate(docId, pub);
            } catch (ArticleReader.BadLine e) {
                return new Parsed(null, docId, e.getMessage());
            }
        }
        return new Parsed(new Article(docId, published, r.getString(6), text, r.getString(8), r.getString(9)),
                docId, null);
    }

    /** Why the store would refuse this article (as {@code rasd ingest} reports it), or null. */
    static String storeError(Article a, ExtractionResult r) {
        if (a.text().isBlank()) {
            return "empty text";
        }
        if (a.text().length() > STORE_MAX_TEXT) {
            return "article text longer than " + STORE_MAX_TEXT + " characters";
        }
        for (Event e : r.events()) {
            for (Evidence ev : e.evidence()) {
                if (ev.start() < 0 || ev.end() < ev.start() || ev.end() > a.text().length()) {
                    return "evidence span [" + ev.start() + "," + ev.end() + ") outside the article text";
                }
            }
        }
        return null;
    }

    private static String json(Object node) {
        try {
            return EventJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
