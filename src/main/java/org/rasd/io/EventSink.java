package org.rasd.io;

import java.io.IOException;
import org.rasd.model.Article;
import org.rasd.model.ExtractionResult;

/** Where extracted events go, one article at a time, in input order. */
public interface EventSink extends AutoCloseable {
    /** The events of one article (the article is given for sinks that need its metadata). */
    void accept(Article article, ExtractionResult result) throws IOException;

    /** A bad input line: sinks that keep one record per input line write an error record. */
    void error(String docId, int line, String message) throws IOException;

    /** Push buffered output through, so nothing already extracted is lost on a crash. */
    default void flush() throws IOException {
    }

    @Override
    void close() throws IOException;
}
