package org.rasd.text;

import java.util.List;

/** A sentence (original offsets) with its clauses (split at Arabic and Latin commas, semicolons and similar), in order. */
public record Sentence(int start, int end, List<Span> clauses) {
    public Sentence {
        clauses = List.copyOf(clauses);
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
