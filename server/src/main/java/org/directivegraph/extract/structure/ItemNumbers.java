package org.directivegraph.extract.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the number of an item at the start of a line, after optional spaces and Markdown marks:
 * Arabic ("1.", "2.Tiếp tục" without a space, "5.." with a doubled dot, "3)", "4/", "1\." escaped by
 * Markdown), decimal ("1.1.", "2.3"), or a letter ("a)", "đ)", "b.", "c/"). Whether the candidate is
 * really an item (the next number expected) is decided by {@link StructureParser}.
 */
final class ItemNumbers {

    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,2})\\\\?\\.(\\d{1,2})(?:\\\\?\\.(\\d{1,2}))?(?!\\d)\\\\?\\.?(?=[\\h\\p{L}*_“\"(]|$)");
    private static final Pattern ARABIC = Pattern.compile("(\\d{1,2})(?!\\d)\\h*(?:\\\\?\\.{1,2}(?![\\d.])|\\)|/(?![\\d/])|[-–](?=\\h))");
    private static final Pattern LETTER = Pattern.compile("([a-zđ])(?:\\)|\\\\?\\.(?=\\h)|/(?=\\h))");

    private ItemNumbers() {
    }

    /** The kind of numbering. */
    enum Style {
        /** "1.", "2)" */
        ARABIC,
        /** "1.1.", "2.3.1" */
        DECIMAL,
        /** "a)", "đ)" */
        LETTER
    }

    /**
     * A numbered line: style, the numbers ({@code parts}: [2] for "2.", [1, 3] for "1.3.", [letter index]
     * for a letter), the label as printed without punctuation ("2", "1.3", "đ"), where the number starts,
     * where the item's words start, and whether the number is inside bold marks.
     */
    record Candidate(Style style, int[] parts, String label, int start, int textStart, boolean bold) {
    }

    /** The numbered-line candidate of {@code line}, or null. */
    static Candidate match(String text, Line line) {
        int s = Markdown.skipLeading(text, line.start(), line.end());
        if (s >= line.end()) {
            return null;
        }
        String marks = text.substring(line.start(), s);
        Matcher m = DECIMAL.matcher(text).region(s, line.end());
        if (m.lookingAt()) {
            int[] parts = m.group(3) == null
                    ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}
                    : new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
            String label = m.group(1) + "." + m.group(2) + (m.group(3) == null ? "" : "." + m.group(3));
            return candidate(text, line, Style.DECIMAL, parts, label, s, m.end(), marks);
        }
        m = ARABIC.matcher(text).region(s, line.end());
        if (m.lookingAt()) {
            int n = Integer.parseInt(m.group(1));
            return n == 0 ? null : candidate(text, line, Style.ARABIC, new int[] {n}, String.valueOf(n), s, m.end(), marks);
        }
        m = LETTER.matcher(text).region(s, line.end());
        if (m.lookingAt()) {
            char c = m.group(1).charAt(0);
            return candidate(text, line, Style.LETTER, new int[] {Letters.index(c)}, String.valueOf(c), s, m.end(), marks);
        }
        return null;
    }

    private static Candidate candidate(String text, Line line, Style style, int[] parts, String label, int start,
                                       int numberEnd, String marks) {
        int textStart = Markdown.skipLeading(text, numberEnd, line.end());
        if (textStart > line.end()) {
            textStart = line.end();
        }
        String between = text.substring(numberEnd, textStart);
        boolean bold = marks.contains("**") || marks.contains("__") || between.contains("**") || between.contains("__");
        if (textStart < line.end()) {
            char first = text.charAt(textStart);
            if (!Character.isLetterOrDigit(first) && "“\"‘'(".indexOf(first) < 0) {
                return null;
            }
        }
        return new Candidate(style, parts, label, start, textStart, bold);
    }

    /** The letters of lettered lists, in Vietnamese order (a b c d đ e g h i k …) and in Latin order. */
    static final class Letters {
        private static final String VIETNAMESE = "abcdđeghiklmnopqrstuvxy";
        private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";

        private Letters() {
        }

        /** A stable index of a letter ('a' = 0). */
        static int index(char c) {
            int i = VIETNAMESE.indexOf(c);
            return i >= 0 ? i : 100 + LATIN.indexOf(c);
        }

        /** The letter of an index. */
        static char letter(int index) {
            return index >= 100 ? LATIN.charAt(index - 100) : VIETNAMESE.charAt(index);
        }

        /** Whether letter index {@code next} may follow {@code previous} (Vietnamese order, or Latin order). */
        static boolean follows(int previous, int next) {
            char p = letter(previous);
            char n = letter(next);
            int v = VIETNAMESE.indexOf(p);
            if (v >= 0 && v + 1 < VIETNAMESE.length() && VIETNAMESE.charAt(v + 1) == n) {
                return true;
            }
            int l = LATIN.indexOf(p == 'đ' ? 'd' : p);
            return l >= 0 && l + 1 < LATIN.length() && LATIN.charAt(l + 1) == n;
        }
    }
}
