package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a text, split at every line terminator ({@code \n}, {@code \r\n}, {@code \r}, form feed
 * from PDF page breaks, vertical tab, U+2028, U+2029), with measures of the layout the parsers need.
 */
public final class Lines {

    private final String text;
    private final List<Line> lines;
    private final int typicalWidth;

    private Lines(String text, List<Line> lines) {
        this.text = text;
        this.lines = List.copyOf(lines);
        this.typicalWidth = computeTypicalWidth(this.lines);
    }

    /** Splits a text into lines. */
    public static Lines of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029') {
                lines.add(new Line(lines.size(), start, i, text.substring(start, i)));
                i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        lines.add(new Line(lines.size(), start, text.length(), text.substring(start)));
        return new Lines(text, lines);
    }

    /** The text the lines were split from. */
    public String text() {
        return text;
    }

    /** All lines, in order. */
    public List<Line> all() {
        return lines;
    }

    /** Line {@code i}. */
    public Line get(int i) {
        return lines.get(i);
    }

    /** Number of lines. */
    public int size() {
        return lines.size();
    }

    /**
     * The usual length of a full line of running text (the 80th percentile of the non-blank line lengths):
     * a line much shorter than this ends a paragraph.
     */
    public int typicalWidth() {
        return typicalWidth;
    }

    /** Index of the first non-blank line after {@code i}, or -1. */
    public int nextNonBlank(int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /** Index of the last non-blank line before {@code i}, or -1. */
    public int previousNonBlank(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the line containing text index {@code pos}. */
    public int lineAt(int pos) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static int computeTypicalWidth(List<Line> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.contentEnd() - l.contentStart()).filter(n -> n >= 20).toArray();
        if (lengths.length == 0) {
            return 80;
        }
        Arrays.sort(lengths);
        return Math.max(40, lengths[(int) Math.floor(0.8 * (lengths.length - 1))]);
    }
}
