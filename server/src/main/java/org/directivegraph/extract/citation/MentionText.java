package org.directivegraph.extract.citation;

/**
 * Turns a stretch of raw text into the clean words of a citation: page-number lines and a spliced block
 * (see {@link StatedDate}) left out, Markdown emphasis marks removed, whitespace collapsed. One linear pass.
 */
final class MentionText {

    private MentionText() {
    }

    /**
     * The clean text of {@code [start, end)}; {@code spliced} is a {start, end} range to leave out, or null.
     */
    static String clean(TokenizedText t, int start, int end, int[] spliced) {
        String raw = t.raw();
        StringBuilder b = new StringBuilder(Math.min(end - start, 4096));
        boolean space = false;
        int line = t.lineOf(start);
        int i = start;
        while (i < end) {
            if (spliced != null && i == spliced[0] && spliced[1] > i) {
                space = true;
                i = spliced[1];
                line = t.lineOf(i);
                continue;
            }
            char c = raw.charAt(i);
            if (c == '\n') {
                line++;
                space = true;
                if (line < t.lineCount() && t.isPageNumberLine(line)) {
                    i = Math.max(i + 1, Math.min(end, t.lineEnd(line)));
                    continue;
                }
                i++;
                continue;
            }
            i++;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '_' || c == '#' || c == '`') {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }
}
