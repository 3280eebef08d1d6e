package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the heading of a part of the body: a Roman numeral at the start of a line, after optional
 * spaces and Markdown marks, then '.', ')', ':', '/' or a dash ("I. MỤC ĐÍCH YÊU CẦU", "### **III. TỔ CHỨC
 * THỰC HIỆN**", "II- NỘI DUNG", "III/ TỔ CHỨC THỰC HIỆN").
 */
final class SectionHeadings {

    private static final Pattern ROMAN = Pattern.compile("([IVXL]{1,7})\\h*+(?:\\\\?[.):]|/(?![vV]\\b)|(?<=\\h)[-–]|[-–](?=\\h))\\h*+");

    private SectionHeadings() {
    }

    /**
     * A heading: its numeral, its words (without numeral and Markdown; a heading in capitals wrapped onto the
     * next lines is joined), its first and last line, and where its words end.
     */
    record Heading(Candidate candidate, String words, int lineIndex, int lastLine, int end) {
    }

    /**
     * The headings from line {@code fromLine} on, in sequence (I, II, III …); the first may have another
     * numeral when written in capitals (part I lost in conversion).
     */
    static List<Heading> all(String text, Lines lines, int fromLine) {
        List<Heading> out = new ArrayList<>();
        int expected = 1;
        for (int i = Math.max(0, fromLine); i < lines.size(); i++) {
            Line line = lines.get(i);
            Candidate c = match(text, line);
            if (c == null || !(c.value() == expected || out.isEmpty())) {
                continue;
            }
            int wordsEnd = Markdown.skipTrailing(text, c.textStart(), line.end());
            if (wordsEnd - c.textStart() > 400) {
                continue;
            }
            String words = headingWords(text.substring(c.textStart(), wordsEnd));
            if (!looksLikeHeading(words) || c.value() != expected && !VietText.isUppercase(words)) {
                continue;
            }
            int last = i;
            int end = wordsEnd;
            if (VietText.isUppercase(words)) {
                int next = lines.nextNonBlank(i);
                while (next > 0 && next - last <= 2 && continuesHeading(text, lines, next)) {
                    Line n = lines.get(next);
                    words = headingWords(words + " " + Markdown.clean(n.text()));
                    last = next;
                    end = Markdown.skipTrailing(text, n.start(), n.end());
                    next = lines.nextNonBlank(next);
                }
            }
            out.add(new Heading(c, words, i, last, end));
            expected = c.value() + 1;
        }
        return out;
    }

    /** Whether line {@code i} continues a heading in capitals: short, in capitals, not an item, bullet or signature. */
    private static boolean continuesHeading(String text, Lines lines, int i) {
        Line n = lines.get(i);
        if (n.end() - n.start() > 200) {
            return false;
        }
        String more = Markdown.clean(n.text());
        return VietText.isUppercase(more) && VietText.letters(more) >= 3 && more.length() <= 80
                && ItemNumbers.match(text, n) == null && match(text, n) == null && ItemTitles.bulletEnd(more) == 0
                && Capacities.at(text, n.start(), n.end()) == null && !VietText.keyOfStart(more, 10).startsWith("nơi nhận");
    }

    private static String headingWords(String s) {
        String w = Markdown.clean(s);
        int e = w.length();
        while (e > 0 && (w.charAt(e - 1) == ':' || w.charAt(e - 1) == '.')) {
            e--;
        }
        return w.substring(0, e).strip();
    }

    /** A Roman heading candidate: its value, where the numeral starts and where the heading words start. */
    record Candidate(int value, String numeral, int start, int textStart) {
    }

    /** The candidate heading of {@code line}, or null. The heading words must hold at least two letters. */
    static Candidate match(String text, Line line) {
        int s = Markdown.skipLeading(text, line.start(), line.end());
        if (s >= line.end()) {
            return null;
        }
        Matcher m = ROMAN.matcher(text).region(s, line.end());
        if (!m.lookingAt()) {
            return null;
        }
        int value = romanValue(m.group(1));
        if (value <= 0) {
            return null;
        }
        int textStart = Markdown.skipLeading(text, m.end(), line.end());
        if (textStart >= line.end() || !Character.isLetter(text.charAt(textStart))) {
            return null;
        }
        return new Candidate(value, m.group(1), s, textStart);
    }

    /** Whether the words of a heading look like one: in capitals, or short and capitalised without a trailing comma. */
    static boolean looksLikeHeading(String words) {
        if (words.length() > 300 || VietText.letters(words) < 2) {
            return false;
        }
        if (VietText.isUppercase(words)) {
            return true;
        }
        char last = words.charAt(words.length() - 1);
        return words.length() <= 100 && VietText.startsUpper(words) && last != ',' && last != ';';
    }

    /** The value of a canonical Roman numeral (I to L), or -1 when not canonical ("IIII", "VX"). */
    static int romanValue(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = value(numeral.charAt(i));
            int next = i + 1 < numeral.length() ? value(numeral.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total > 0 && total <= 50 && toRoman(total).equals(numeral) ? total : -1;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            default -> 0;
        };
    }

    private static String toRoman(int n) {
        int[] values = {50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
