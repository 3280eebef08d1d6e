package org.directivegraph.extract.structure;

/**
 * The marks that Word-to-Markdown conversion leaves in the text: headings ({@code ##}), emphasis
 * ({@code **}, {@code *}, {@code __}), block quotes, table bars, {@code <br>} and backslash escapes
 * ({@code 2\.}). Removing them gives the words as printed.
 */
public final class Markdown {

    private Markdown() {
    }

    /** Whether {@code c} is a mark that may stand before the words of a line. */
    static boolean isLeadingMark(char c) {
        return c == '#' || c == '*' || c == '_' || c == '>' || c == '|' || c == '\\' || c == '`';
    }

    /** The index of the first char of {@code s} at or after {@code from} that is neither whitespace nor a leading mark. */
    public static int skipLeading(CharSequence s, int from) {
        return skipLeading(s, from, s.length());
    }

    /**
     * The index of the first char of {@code s} in {@code [from, to)} that is neither whitespace nor a leading mark,
     * or {@code to} when there is none. Parsers looking at one line give its end: skipping on through the next
     * lines would cost, on thousands of lines of marks alone ("**"), the square of their number, and give an index
     * past the line.
     */
    public static int skipLeading(CharSequence s, int from, int to) {
        int end = Math.min(to, s.length());
        int i = from;
        while (i < end && (Character.isWhitespace(s.charAt(i)) || isLeadingMark(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** The index just after the last char of {@code s} before {@code to} that is neither whitespace nor a mark. */
    public static int skipTrailing(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && (Character.isWhitespace(s.charAt(i - 1)) || isLeadingMark(s.charAt(i - 1)))) {
            i--;
        }
        return i;
    }

    /**
     * The words of {@code s} without Markdown: emphasis and heading marks dropped, {@code <br>} and line
     * breaks turned into spaces, escapes resolved, whitespace collapsed.
     */
    public static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean lineStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
                lineStart = true;
                continue;
            }
            if (lineStart && (c == '#' || c == '>')) {
                continue;
            }
            if (!Character.isWhitespace(c)) {
                lineStart = false;
            }
            if (c == '*' || c == '`') {
                continue;
            }
            if (c == '_' && i + 1 < s.length() && s.charAt(i + 1) == '_') {
                i++;
                continue;
            }
            if (c == '~' && i + 1 < s.length() && s.charAt(i + 1) == '~') {
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < s.length() && "\\`*_{}[]()#+-.!|>".indexOf(s.charAt(i + 1)) >= 0) {
                out.append(s.charAt(++i));
                continue;
            }
            if (c == '<' && s.startsWith("<br", i)) {
                int close = s.substring(i, Math.min(s.length(), i + 7)).indexOf('>');
                if (close > 0) {
                    out.append(' ');
                    i += close;
                    continue;
                }
            }
            out.append(c);
        }
        return VietText.collapse(out.toString());
    }
}
