package org.rasd.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as given to Rasd. {@code text} is the body that evidence offsets index into;
 * the title is kept for context only.
 */
public record Article(String docId, LocalDate published, String title, String text, String source, String url) {
    public Article {
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
    }

    public static Article of(String docId, LocalDate published, String text) {
        return new Article(docId, published, "", text, null, null);
    }
}
