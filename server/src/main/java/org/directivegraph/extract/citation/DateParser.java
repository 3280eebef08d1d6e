package org.directivegraph.extract.citation;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the date of a citation after the word "ngày": "26/11/2021", "26-11-2021", "26.11.2021",
 * "03/2/2023", "26 tháng 11 năm 2021", with a blank day or month allowed in the long form ("ngày    tháng
 * 02 năm 2022": year only).
 *
 * <p>PDF conversion sometimes moves a footnote between "ngày" and its date ("ngày ⏎ ──── ⏎ * footnote … ⏎
 * 17/5/2021 của …"). When the line after "ngày" is a separator line or opens with a footnote mark, the date
 * is looked for at the start of a following line, within a bounded window; a date right after another
 * "ngày" there belongs to the footnote and is never taken. The spliced block is reported so that the
 * citation text can leave it out.</p>
 */
final class DateParser {

    private static final int MAX_SPLICE_CHARS = 8000;
    private static final int MAX_SPLICE_LINES = 60;

    private DateParser() {
    }

    /** The date after the "ngày" token at {@code ngay}, or null. */
    static StatedDate afterNgay(TokenizedText t, int ngay) {
        StatedDate d = at(t, ngay + 1);
        if (d != null) {
            return d;
        }
        Token next = t.get(ngay + 1);
        if (!next.newlineBefore() || !looksSpliced(t, t.get(ngay).end(), next)) {
            return null;
        }
        int from = t.get(ngay).end();
        int firstLine = next.line();
        for (int m = ngay + 1; m < t.size(); m++) {
            Token tok = t.get(m);
            if (tok.start() - from > MAX_SPLICE_CHARS || tok.line() - firstLine > MAX_SPLICE_LINES) {
                return null;
            }
            if (tok.lineStart() && !t.get(m - 1).is("ngày")) {
                StatedDate found = at(t, m);
                if (found != null && found.date() != null) {
                    return new StatedDate(found.date(), found.year(), found.endToken(), from, tok.start());
                }
            }
        }
        return null;
    }

    /** Whether the gap between "ngày" and the next token looks like a spliced footnote or page break. */
    private static boolean looksSpliced(TokenizedText t, int from, Token next) {
        String raw = t.raw();
        int run = 0;
        for (int i = from; i < next.start(); i++) {
            char c = raw.charAt(i);
            if (c == '*' || c == '¹' || c == '²' || c == '³' || (c >= '\u2070' && c <= '\u2079')) {
                return true;
            }
            if (c == ' ' || c == '_' || c == '-' || c == '─' || c == '\u00a0' || c == '\t') {
                if (++run >= 10) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        // a numbered footnote: "1 Text of the note" at the start of the line
        return next.lineStart() && next.isNumber() && next.text().length() <= 2
                && isFootnoteNumber(t, next);
    }

    private static boolean isFootnoteNumber(TokenizedText t, Token number) {
        int line = number.line();
        String content = t.raw().substring(t.lineStart(line), t.lineEnd(line)).strip();
        return content.length() > number.text().length() + 1
                && content.charAt(number.text().length()) == ' '
                && Character.isLetter(content.charAt(number.text().length() + 1));
    }

    /** A date starting exactly at token {@code k}, or null. */
    static StatedDate at(TokenizedText t, int k) {
        StatedDate d = numeric(t, k);
        return d != null ? d : spelledOut(t, k);
    }

    /** "26/11/2021", "26-11-2021", "26.11.2021", on one line. */
    private static StatedDate numeric(TokenizedText t, int k) {
        Token day = t.get(k);
        Token s1 = t.get(k + 1);
        Token month = t.get(k + 2);
        Token s2 = t.get(k + 3);
        Token year = t.get(k + 4);
        if (!day.isNumber() || day.text().length() > 2 || !month.isNumber() || month.text().length() > 2
                || !year.isNumber() || year.text().length() != 4 || !isDateSeparator(s1) || !isDateSeparator(s2)
                || s1.newlineBefore() || month.newlineBefore() || s2.newlineBefore() || year.newlineBefore()) {
            return null;
        }
        LocalDate date = date(year.value(), month.value(), day.value());
        if (date == null) {
            return null;
        }
        if (t.get(k + 5).isPunct('/') && !t.get(k + 5).spaceBefore()) {
            return null;
        }
        return new StatedDate(date, year.value(), k + 5, -1, -1);
    }

    private static boolean isDateSeparator(Token t) {
        return t.isPunct('/') || t.isHyphen() || t.isPunct('.');
    }

    /** "26 tháng 11 năm 2021", "tháng 02 năm 2022", "ngày … tháng … năm 2023". */
    private static StatedDate spelledOut(TokenizedText t, int k) {
        int m = k;
        Integer day = null;
        Integer month = null;
        if (t.get(m).isNumber() && t.get(m).text().length() <= 2) {
            day = t.get(m).value();
            m++;
        }
        if (!t.get(m).is("tháng")) {
            return null;
        }
        m++;
        if (t.get(m).isNumber() && t.get(m).text().length() <= 2) {
            month = t.get(m).value();
            m++;
        }
        if (!t.get(m).is("năm") || !t.get(m + 1).isNumber() || t.get(m + 1).text().length() != 4) {
            return null;
        }
        int year = t.get(m + 1).value();
        if (year < 1900 || year > 2100 || (month != null && (month < 1 || month > 12))) {
            return null;
        }
        LocalDate date = day != null && month != null ? date(year, month, day) : null;
        if (day != null && month != null && date == null) {
            return null;
        }
        return new StatedDate(date, year, m + 2, -1, -1);
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1900 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
