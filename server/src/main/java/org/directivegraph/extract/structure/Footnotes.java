package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the footnotes that PDF conversion puts in the middle of the body at a page break: a rule (a long
 * run of spaces or of '_' / '-') on its own line, then a line opening with a footnote mark ("*", "(*)", "¹",
 * "1 "), running until the body resumes mid-sentence (a line opening in lower case or with a digit after a
 * line that ends a sentence). A block with no such end within a few lines is not taken for a footnote.
 */
final class Footnotes {

    private static final int MAX_LINES = 24;
    private static final int MIN_RULE = 10;

    private Footnotes() {
    }

    /** The footnote blocks of a text, from the rule to the end of the footnote's last line, in order. */
    static List<TextRange> find(String text, Lines lines) {
        List<TextRange> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!isRule(lines.get(i))) {
                continue;
            }
            int mark = lines.nextNonBlank(i);
            if (mark < 0 || mark - i > 3 || !startsWithMark(lines.get(mark).trimmed())) {
                continue;
            }
            int last = mark;
            int resume = -1;
            for (int k = lines.nextNonBlank(mark); k > 0 && k - mark <= MAX_LINES; k = lines.nextNonBlank(k)) {
                Line line = lines.get(k);
                String words = line.trimmed();
                boolean bodyAgain = VietText.endsClause(lines.get(last).text())
                        && (VietText.startsLower(words) || Character.isDigit(words.charAt(0)))
                        || ItemNumbers.match(text, line) != null && VietText.endsClause(lines.get(last).text())
                        || SectionHeadings.match(text, line) != null;
                if (bodyAgain) {
                    resume = k;
                    break;
                }
                last = k;
            }
            if (resume > 0) {
                out.add(new TextRange(lines.get(i).start(), lines.get(last).end()));
                i = last;
            }
        }
        return out;
    }

    private static boolean isRule(Line line) {
        String t = line.text();
        if (line.isBlank()) {
            return t.length() >= MIN_RULE && t.chars().allMatch(c -> c == ' ' || c == '\u00A0' || c == '\t');
        }
        String trimmed = line.trimmed();
        return trimmed.length() >= 5 && trimmed.length() <= 60
                && trimmed.chars().allMatch(c -> c == '_' || c == '-' || c == '—' || c == '–');
    }

    private static boolean startsWithMark(String words) {
        if (words.isEmpty()) {
            return false;
        }
        char c = words.charAt(0);
        if (c == '*') {
            return words.length() > 1 && words.charAt(1) != '*';
        }
        if (words.startsWith("(*)") || "¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) >= 0) {
            return true;
        }
        int d = 0;
        while (d < words.length() && d < 2 && Character.isDigit(words.charAt(d))) {
            d++;
        }
        return d > 0 && d + 1 < words.length() && words.charAt(d) == ' ' && Character.isUpperCase(words.charAt(d + 1));
    }

    /** The trimmed pieces of {@code [start, end)} outside the footnotes. */
    static List<TextRange> outside(String text, List<TextRange> footnotes, int start, int end) {
        List<TextRange> out = new ArrayList<>();
        int from = start;
        for (TextRange f : footnotes) {
            if (f.end() <= from || f.start() >= end) {
                continue;
            }
            addTrimmed(text, from, Math.max(from, f.start()), out);
            from = Math.max(from, f.end());
        }
        addTrimmed(text, from, end, out);
        return out;
    }

    private static void addTrimmed(String text, int start, int end, List<TextRange> out) {
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
