package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top block of a header, the lines before the type line: the national motto (dropped), the number
 * line, the place-and-date line, the subject of a letter ("V/v …"), and what is left in capitals: the
 * issuing body. Each line is cut around what is recognised and into its columns ({@link Fragments}), so
 * two columns interleaved on one line by PDF conversion come apart.
 *
 * @param issuerFragments the fragments naming the issuing body, in order
 * @param number          the number line, or null
 * @param date            the place and date, or null
 * @param subject         the subject of a letter after "V/v", or null
 * @param lastLine        the last line that held any of these, or -1
 */
record HeaderBlock(List<TextRange> issuerFragments, NumberLine number, IssueDate date, TextRange subject, int lastLine) {

    private static final List<Pattern> MOTTOS = List.of(
            Pattern.compile("(?iu)cộng\\h+h(?:òa|oà)\\h+xã\\h+hội\\h+chủ\\h+nghĩa\\h+việt\\h+nam"),
            Pattern.compile("(?iu)độc\\h+lập\\h*[-–—]\\h*tự\\h+do\\h*[-–—]\\h*hạnh\\h+phúc"),
            Pattern.compile("(?iu)đảng\\h+cộng\\h+sản\\h+việt\\h+nam"));
    private static final Pattern VV = Pattern.compile("(?iu)(?:V/v|Về\\h++việc)\\h*+[:.]?+\\h*+");

    /** Reads lines {@code [0, endLine)}. */
    static HeaderBlock read(String text, Lines lines, int endLine) {
        int regionEnd = endLine;
        List<TextRange> issuerFragments = new ArrayList<>();
        NumberLine number = null;
        IssueDate date = null;
        TextRange vv = null;
        int lastHeaderLine = -1;
        for (int i = 0; i < regionEnd; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<TextRange> cuts = new ArrayList<>();
            for (Pattern motto : MOTTOS) {
                Matcher m = motto.matcher(text).region(line.start(), line.end());
                while (m.find()) {
                    cuts.add(new TextRange(m.start(), m.end()));
                    lastHeaderLine = i;
                }
            }
            if (number == null) {
                number = NumberLine.find(text, line.start(), line.end());
                if (number != null) {
                    cuts.add(new TextRange(number.start(), number.end()));
                    lastHeaderLine = i;
                }
            }
            if (date == null) {
                date = IssueDate.find(text, line.start(), line.end());
                if (date != null) {
                    cuts.add(new TextRange(date.start(), date.end()));
                    lastHeaderLine = i;
                }
            }
            for (TextRange fragment : Fragments.split(text, line.start(), line.end(), cuts)) {
                String words = Markdown.clean(text.substring(fragment.start(), fragment.end()));
                if (VietText.letters(words) == 0) {
                    continue;
                }
                Matcher v = VV.matcher(text).region(Markdown.skipLeading(text, fragment.start(), fragment.end()), fragment.end());
                if (vv == null && v.lookingAt() && words.length() > 4) {
                    vv = new TextRange(v.end(), fragment.end());
                    lastHeaderLine = i;
                    int next = lines.nextNonBlank(i);
                    if (next > 0 && next < regionEnd && VietText.startsLower(lines.get(next).trimmed())) {
                        // the subject wraps onto the next line of the left column
                        List<TextRange> more = Fragments.split(text, lines.get(next).start(), lines.get(next).end(), List.of());
                        vv = new TextRange(vv.start(), more.get(0).end());
                    }
                } else if (VietText.isUppercase(words) && words.length() <= 90
                        && !LayoutWords.HEADER_MARKS.contains(VietText.key(words))) {
                    issuerFragments.add(trim(text, fragment));
                    lastHeaderLine = i;
                }
            }
        }
        return new HeaderBlock(issuerFragments, number, date, vv, lastHeaderLine);
    }

    private static TextRange trim(String text, TextRange r) {
        int s = Markdown.skipLeading(text, r.start(), r.end());
        int e = Markdown.skipTrailing(text, s, r.end());
        return s < e ? new TextRange(s, e) : r;
    }
}
