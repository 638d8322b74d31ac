package org.rasd.text;

/** A half-open character range {@code [start, end)} of the original text. */
public record Span(int start, int end) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
