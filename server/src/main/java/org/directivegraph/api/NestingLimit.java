package org.directivegraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/**
 * Measures how deep an upload in Turtle, TriG or JSON-LD nests its brackets ({@code [ ( {}), before any parser
 * sees it. The parsers descend one Java call per level, so 100,000 nested arrays (200 KB of JSON) overflow the
 * stack; an upload nested deeper than {@link #MAX_DEPTH} is refused instead. Brackets inside strings, IRIs and
 * comments do not count. Unbalanced brackets are left for the parser to report.
 */
final class NestingLimit {

    /** The deepest nesting read: a plan's graph in JSON-LD or Turtle nests fewer than ten levels. */
    static final int MAX_DEPTH = 100;

    private NestingLimit() {
    }

    /** Where an upload first nests deeper than {@code max}: a message, or empty when it does not. */
    static Optional<String> tooDeep(byte[] bytes, Lang lang, int max) {
        boolean json = lang.equals(Lang.JSONLD);
        if (!json && !lang.equals(Lang.TURTLE) && !lang.equals(Lang.TRIG)) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int depth = 0;
        long line = 1;
        int lineStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
            } else if (c == '"' || !json && c == '\'') {
                int end = stringEnd(text, i, !json);
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
            } else if (!json && c == '<') {
                // an IRI ends at '>' on its line; an unclosed one is a syntax error the parser reports where it starts,
                // so the scan goes on after it (looking again from every '<' would cost the square of a line of them)
                int k = i + 1;
                while (k < n && text.charAt(k) != '>' && text.charAt(k) != '\n') {
                    k++;
                }
                i = k < n && text.charAt(k) == '>' ? k + 1 : k;
            } else if (!json && c == '#') {
                int newline = text.indexOf('\n', i);
                i = newline < 0 ? n : newline;
            } else if (!json && c == '\\') {
                i += 2;
            } else {
                if (c == '[' || c == '{' || !json && c == '(') {
                    depth++;
                    if (depth > max) {
                        return Optional.of("it nests brackets deeper than " + max + " levels (line " + line + ", column "
                                + (i - lineStart + 1) + "): such a document is not read; flatten it");
                    }
                } else if (c == ']' || c == '}' || !json && c == ')') {
                    depth = Math.max(0, depth - 1);
                }
                i++;
            }
        }
        return Optional.empty();
    }

    /** The index just after the string starting at {@code start} (backslash escapes; Turtle's long quotes too). */
    private static int stringEnd(String text, int start, boolean longQuotes) {
        char quote = text.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        boolean isLong = longQuotes && text.startsWith(triple, start);
        int i = start + (isLong ? 3 : 1);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (isLong ? text.startsWith(triple, i) : c == quote) {
                return i + (isLong ? 3 : 1);
            } else if (!isLong && c == '\n') {
                return i; // an unclosed short string: the parser will say so
            } else {
                i++;
            }
        }
        return text.length();
    }
}
