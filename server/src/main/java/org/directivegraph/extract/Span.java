package org.directivegraph.extract;

/**
 * A span of a {@link DocumentText}: {@code [start, end)} in Java chars of the raw text, and the exact text
 * it covers. {@link DocumentText#codePointOffset(int)} turns the offsets into the code-point offsets that
 * evidence in the graph uses.
 */
public record Span(int start, int end, String text) {

    /** A span of {@code text}, checked to lie inside it. */
    public static Span of(DocumentText text, int start, int end) {
        if (start < 0 || end < start || end > text.raw().length()) {
            throw new IllegalArgumentException("span " + start + "-" + end + " outside text of length " + text.raw().length());
        }
        return new Span(start, end, text.raw().substring(start, end));
    }

    /** Whether this span contains the other one. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Length in chars. */
    public int length() {
        return end - start;
    }
}
