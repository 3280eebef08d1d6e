package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a line into the fragments that stand in different columns of the printed page: around the parts
 * already recognised (cuts), at table bars '|', tabs, {@code <br>} and runs of three or more spaces (the gap
 * between columns in layout-preserving conversion). Fragments are trimmed and never empty.
 */
final class Fragments {

    private Fragments() {
    }

    /** The fragments of {@code text[start, end)} outside the {@code cuts}. */
    static List<TextRange> split(String text, int start, int end, List<TextRange> cuts) {
        List<TextRange> sorted = new ArrayList<>(cuts);
        sorted.sort(Comparator.comparingInt(TextRange::start));
        List<TextRange> out = new ArrayList<>();
        int from = start;
        for (TextRange cut : sorted) {
            if (cut.start() > from) {
                splitColumns(text, from, Math.min(cut.start(), end), out);
            }
            from = Math.max(from, cut.end());
        }
        if (from < end) {
            splitColumns(text, from, end, out);
        }
        return out;
    }

    private static void splitColumns(String text, int start, int end, List<TextRange> out) {
        int pieceStart = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int gapEnd = -1;
            if (c == '|' || c == '\t') {
                gapEnd = i + 1;
            } else if (c == '<' && text.startsWith("<br", i)) {
                int close = text.substring(i, Math.min(end, i + 7)).indexOf('>');
                gapEnd = close > 0 ? i + close + 1 : -1;
            } else if (isSpace(c)) {
                int j = i;
                while (j < end && isSpace(text.charAt(j))) {
                    j++;
                }
                gapEnd = j - i >= 3 ? j : -1;
                if (gapEnd < 0) {
                    i = j;
                    continue;
                }
            }
            if (gapEnd > 0) {
                add(text, pieceStart, i, out);
                pieceStart = gapEnd;
                i = gapEnd;
            } else {
                i++;
            }
        }
        add(text, pieceStart, end, out);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009';
    }

    private static void add(String text, int start, int end, List<TextRange> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new TextRange(s, e));
        }
    }
}
