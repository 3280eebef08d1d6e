package org.directivegraph.extract.structure;

/**
 * One line of a {@link NormalizedText}: its index, its {@code [start, end)} range (line terminator
 * excluded) and its text.
 */
public record Line(int index, int start, int end, String text) {

    /** Whether the line holds only whitespace. */
    public boolean isBlank() {
        return contentStart() == end;
    }

    /** Index in the text of the first non-whitespace char (or {@link #end()}). */
    public int contentStart() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return start + i;
    }

    /** Index in the text just after the last non-whitespace char (or {@link #contentStart()}). */
    public int contentEnd() {
        int i = text.length();
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return Math.max(start + i, contentStart());
    }

    /** The text without leading and trailing whitespace. */
    public String trimmed() {
        return text.substring(contentStart() - start, contentEnd() - start);
    }
}
