package org.rasd.model;

/** A character span of the input text; {@code text.substring(start, end)} equals {@link #text()}. */
public record Evidence(int start, int end, String text, String role) {
    public static Evidence of(String doc, int start, int end, String role) {
        return new Evidence(start, end, doc.substring(start, end), role);
    }
}
