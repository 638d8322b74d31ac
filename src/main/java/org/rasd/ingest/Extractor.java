package org.rasd.ingest;

import org.rasd.model.Article;
import org.rasd.model.ExtractionResult;

/** What ingestion needs from the pipeline; {@code Rasd.open(paths)::extract} is one. Must be thread-safe. */
@FunctionalInterface
public interface Extractor {
    ExtractionResult extract(Article article);
}
