package org.rasd.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.rasd.model.Article;

/**
 * Parses one line of the batch input contract: {@code {"doc_id", "published", "title"?, "text"}}
 * ({@code content} is accepted for {@code text}).
 */
public final class ArticleReader {
    /** Deepest JSON nesting accepted: an article is a flat object; deeper input is refused before it is built. */
    public static final int MAX_DEPTH = 16;
    /** Longest JSON string value read (characters); longer documents are refused with this wording. */
    public static final int MAX_STRING = 64_000_000;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING).build())
            .build())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ArticleReader() {
    }

    /** Thrown for a line that is not a usable article; carries the doc_id when it could be read. */
    public static final class BadLine extends Exception {
        private final String docId;

        public BadLine(String docId, String message) {
            super(message);
            this.docId = docId;
        }

        public String docId() {
            return docId;
        }
    }

    public static Article parse(String line) throws BadLine {
        return fromTree(readTree(line));
    }

    /**
     * Reads one JSON value with the limits above. Over-deep nesting and over-long strings are named as such, not
     * as "invalid JSON" (the input may be well-formed).
     */
    public static JsonNode readTree(String json) throws BadLine {
        try {
            return MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (m.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
                throw new BadLine(null, "JSON nested deeper than " + MAX_DEPTH + " levels");
            }
            if (m.toLowerCase(java.util.Locale.ROOT).contains("string value length")) {
                throw new BadLine(null, "a JSON string is longer than " + String.format("%,d", MAX_STRING)
                        + " characters");
            }
            throw new BadLine(null, "JSON beyond the reader's limits: " + firstLine(m));
        } catch (Exception e) {
            throw new BadLine(null, "invalid JSON: " + firstLine(e.getMessage()));
        }
    }

    /** The article a parsed JSON value stands for. */
    public static Article fromTree(JsonNode n) throws BadLine {
        if (n == null || !n.isObject()) {
            throw new BadLine(null, "expected a JSON object");
        }
        JsonNode id = n.get("doc_id");
        if (id != null && !id.isNull() && !id.isValueNode()) {
            throw new BadLine(null, "\"doc_id\" must be a string");
        }
        String docId = id != null && !id.isNull() ? id.asText() : null;
        JsonNode text = n.hasNonNull("text") ? n.get("text") : n.get("content");
        if (text == null || text.isNull()) {
            throw new BadLine(docId, "missing \"text\" (or \"content\")");
        }
        if (!text.isTextual()) {
            throw new BadLine(docId, "\"text\" must be a string");
        }
        if (docId == null) {
            throw new BadLine(null, "missing \"doc_id\"");
        }
        LocalDate published = null;
        if (n.hasNonNull("published")) {
            published = parseDate(docId, n.get("published").asText());
        }
        String title = n.hasNonNull("title") ? n.get("title").asText() : "";
        String source = n.hasNonNull("source") ? n.get("source").asText() : null;
        String url = n.hasNonNull("url") ? n.get("url").asText() : null;
        return new Article(docId, published, title, text.asText(), source, url);
    }

    public static LocalDate parseDate(String docId, String s) throws BadLine {
        String v = s.trim();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new BadLine(docId, "\"published\" is not an ISO date: " + s);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
