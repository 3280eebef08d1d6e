package org.directivegraph.extract.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw text of a document cut into {@link Token}s, with what the citation grammar needs to know about its
 * lines: which lines are page numbers left by PDF conversion ("7" alone on a line: skipped, so a citation
 * broken across a page still reads as one), and which lines open a block (a list item, a heading, a
 * footnote), where a clause cannot continue.
 *
 * <p>Markdown marks ({@code * _ # `}), superscript digits and zero-width characters are read as spaces.
 * Tokenising is a single linear pass; nothing here can backtrack.</p>
 */
final class TokenizedText {

    /** Longest line that can hold a page number; also how much of a line is looked at to see if it opens a block. */
    private static final int MAX_PAGE_LINE = 40;

    /** Tokens of one ASCII punctuation character share their text. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private final String raw;
    private final List<Token> tokens = new ArrayList<>();
    private final int[] lineStarts;
    private final boolean[] junkLine;
    private final boolean[] blockStart;
    private final Token end;

    private TokenizedText(String raw, boolean withTokens) {
        this.raw = raw;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        junkLine = new boolean[lineStarts.length];
        blockStart = new boolean[lineStarts.length];
        for (int l = 0; l < lineStarts.length; l++) {
            String head = raw.substring(lineStarts[l], Math.min(lineEnd(l), lineStarts[l] + MAX_PAGE_LINE));
            junkLine[l] = lineEnd(l) - lineStarts[l] < MAX_PAGE_LINE && isPageNumber(head);
            blockStart[l] = opensBlock(head);
        }
        if (withTokens) {
            tokenize();
        }
        end = new Token(raw.length(), raw.length(), "", "", Token.Kind.PUNCT, true, true, true, lineStarts.length - 1);
    }

    /** Tokenises a raw text. */
    static TokenizedText of(String raw) {
        return new TokenizedText(raw, true);
    }

    /** The lines of a raw text, without tokens (for code that only needs the layout). */
    static TokenizedText linesOf(String raw) {
        return new TokenizedText(raw, false);
    }

    String raw() {
        return raw;
    }

    int size() {
        return tokens.size();
    }

    /** The token at {@code i}; past either end, a punctuation token with empty text that matches nothing. */
    Token get(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : end;
    }

    int lineCount() {
        return lineStarts.length;
    }

    int lineStart(int line) {
        return lineStarts[line];
    }

    /** The end of a line's content (before its line break). */
    int lineEnd(int line) {
        int e = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : raw.length();
        return Math.max(e, lineStarts[line]);
    }

    /** The line of a char offset. */
    int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Whether the line holds only a page number ("7", "- 7 -", "Trang 7"). */
    boolean isPageNumberLine(int line) {
        return junkLine[line];
    }

    /** Whether the line opens a block: a list item, a numbered or Roman heading, a Markdown heading, a footnote. */
    boolean opensBlock(int line) {
        return blockStart[line];
    }

    private void tokenize() {
        Map<String, String> keys = new HashMap<>();
        boolean space = true;
        boolean newline = true;
        for (int l = 0; l < lineStarts.length; l++) {
            if (junkLine[l]) {
                space = true;
                newline = true;
                continue;
            }
            boolean first = true;
            int i = lineStarts[l];
            int e = lineEnd(l);
            while (i < e) {
                char ch = raw.charAt(i);
                if (ch == ' ') {
                    space = true;
                    i++;
                    continue;
                }
                int cp = Character.isHighSurrogate(ch) ? raw.codePointAt(i) : ch;
                int start = i;
                Token.Kind kind;
                if (isWordChar(cp)) {
                    boolean digits = true;
                    while (i < e) {
                        char c = raw.charAt(i);
                        int p = Character.isHighSurrogate(c) ? raw.codePointAt(i) : c;
                        if (!isWordChar(p) && !isMark(p)) {
                            break;
                        }
                        digits &= p >= '0' && p <= '9';
                        i += Character.charCount(p);
                    }
                    kind = digits ? Token.Kind.NUMBER : Token.Kind.WORD;
                } else if (isIgnorable(cp)) {
                    space = true;
                    i += Character.charCount(cp);
                    continue;
                } else {
                    i += Character.charCount(cp);
                    kind = Token.Kind.PUNCT;
                }
                String text = kind == Token.Kind.PUNCT && i - start == 1 && ch < 128 ? ASCII[ch] : raw.substring(start, i);
                String key = kind == Token.Kind.WORD ? keys.computeIfAbsent(text, VietnameseText::key) : text;
                tokens.add(new Token(start, i, text, key, kind, space, newline, first, l));
                first = false;
                space = false;
                newline = false;
            }
            space = true;
            newline = true;
        }
    }

    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /** Characters read as spaces: whitespace, Markdown marks, superscript footnote digits, invisible characters. */
    static boolean isIgnorable(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == '*' || cp == '_' || cp == '#' || cp == '`'
                || cp == '\u200b' || cp == '\u200c' || cp == '\u200d' || cp == '\ufeff' || cp == '\u00ad'
                || cp == '¹' || cp == '²' || cp == '³' || (cp >= '\u2070' && cp <= '\u2079');
    }

    private static String stripMarks(String line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isIgnorable(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** "7", "- 7 -", "Trang 7": a page number left on its own line. */
    static boolean isPageNumber(String line) {
        String s = stripMarks(line);
        if (s.startsWith("Trang") || s.startsWith("trang")) {
            s = s.substring(5);
        } else if (s.length() >= 3 && isDash(s.charAt(0)) && isDash(s.charAt(s.length() - 1))) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–';
    }

    /**
     * Whether a line starts a list item ("- ", "+ ", "• ", "* ", "1.", "1)", "1- ", "a)"), a heading ("I.", "II-",
     * "### …", "Điều 1") or a footnote ("* " at the start of the line).
     */
    static boolean opensBlock(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
        if (c == '#') {
            return true;
        }
        if ((c == '*' || c == '-' || c == '–' || c == '+' || c == '•' || c == '·') && (next == ' ' || next == '\t')) {
            return true;
        }
        if ((c == '-' || c == '+' || c == '•') && Character.isLetter(next)) {
            return true;
        }
        while (i < line.length() && (line.charAt(i) == '*' || line.charAt(i) == '_')) {
            i++;
        }
        int j = i;
        while (j < line.length() && Character.isDigit(line.charAt(j)) && j - i < 3) {
            j++;
        }
        if (j > i && j < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')')
                && (j + 1 >= line.length() || !Character.isDigit(line.charAt(j + 1)))) {
            return true;
        }
        if (j > i && j - i <= 2 && j + 1 < line.length() && line.charAt(j) == '-' && line.charAt(j + 1) == ' ') {
            return true;
        }
        if (i + 1 < line.length() && Character.isLetter(line.charAt(i)) && line.charAt(i + 1) == ')') {
            return true;
        }
        j = i;
        while (j < line.length() && "IVXL".indexOf(line.charAt(j)) >= 0) {
            j++;
        }
        if (j > i && j < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')' || line.charAt(j) == '-')) {
            return true;
        }
        return line.startsWith("Điều ", i) && i + 5 < line.length() && Character.isDigit(line.charAt(i + 5));
    }
}
