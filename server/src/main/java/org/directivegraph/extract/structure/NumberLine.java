package org.directivegraph.extract.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number line of a header, "Số: 10/KH-UBND" (state), "Số 12-KH/HU" (Party), "Số: 04/2015/NĐ-CP"
 * (legal), or with the number left blank ("Số:     /KH-UBND", "Số: ……/KH-UBND").
 *
 * @param asPrinted the number and symbol as printed, spaces and blank placeholders removed
 *                  ("10/KH-UBND", "/KH-UBND")
 * @param number    the number ("10", "04/2015"), null when blank (a year printed after a blank number, as in
 *                  "Số:    /2024/QĐ-UBND", stays in {@code asPrinted} only)
 * @param symbol    the symbol ("KH-UBND", "KH/HU", "NĐ-CP")
 * @param partyStyle whether number and symbol are joined with '-' (Party documents)
 * @param start     normalised index where "Số" starts
 * @param end       normalised index after the symbol
 */
public record NumberLine(String asPrinted, String number, String symbol, boolean partyStyle, int start, int end) {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:Số|SỐ|số)\\h*+[:.]?+\\h*+"
                    + "(?<num>\\d{1,6}(?:\\h*/\\h*\\d{4}(?=\\h*/))?)?"
                    + "[\\h.…_]*+"
                    + "(?<sep>[/-])\\h*+"
                    + "(?:(?<year>\\d{4})\\h*/\\h*)?"
                    + "(?<sym>\\p{L}[\\p{L}\\p{N}]*+(?:\\h*+[-/]\\h*+[\\p{L}\\p{N}]++)*+)");

    /** The first number line in {@code text[from, to)}, or null. */
    public static NumberLine find(String text, int from, int to) {
        Matcher m = NUMBER.matcher(text).region(from, to);
        if (!m.find()) {
            return null;
        }
        String num = m.group("num") == null ? null : m.group("num").replaceAll("\\h", "");
        String symbol = m.group("sym").replaceAll("\\h", "");
        String year = m.group("year");
        String sep = m.group("sep");
        String printed = (num == null ? "" : num) + sep + (year == null ? "" : year + "/") + symbol;
        return new NumberLine(printed, num, symbol, "-".equals(sep), m.start(), m.end());
    }
}
