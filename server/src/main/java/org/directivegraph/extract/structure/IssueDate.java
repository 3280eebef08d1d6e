package org.directivegraph.extract.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place-and-date line of a header, "Thái Học, ngày 27 tháng 02 năm 2024", with any of day, month
 * and year possibly left blank ("ngày    tháng 02 năm 2022", "ngày … tháng … năm 2023").
 *
 * @param asPrinted the place and date as printed (trimmed, Markdown marks removed)
 * @param place     the place before the comma ("Thái Học", "Huyện Dương Minh Châu"), or null
 * @param day       the day, or null when blank
 * @param month     the month, or null when blank
 * @param year      the year, or null when blank
 * @param start     normalised index where the place (or "ngày") starts
 * @param end       normalised index after the year (or the last placeholder)
 */
public record IssueDate(String asPrinted, String place, Integer day, Integer month, Integer year, int start, int end) {

    private static final Pattern WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])ngày\\h*+(?<d>\\d{1,2})?+[\\h.…_]*+tháng\\h*+(?<m>\\d{1,2})?+[\\h.…_]*+năm\\h*+(?<y>\\d{4})?+(?<blank>[\\h.…_]*+)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])ngày\\h*+(?<d>\\d{1,2})\\h*+[/.-]\\h*+(?<m>\\d{1,2})\\h*+[/.-]\\h*+(?<y>\\d{4})(?!\\d)");
    private static final Set<String> UNIT_WORDS = Set.of("xã", "phường", "thị", "trấn", "huyện", "quận", "tỉnh",
            "thành", "phố");

    /** The date as a {@link LocalDate} when day, month and year are all given and valid, else null. */
    public LocalDate date() {
        if (day == null || month == null || year == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The year and month when both are given, else null. */
    public YearMonth yearMonth() {
        if (month == null || year == null || month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year, month);
    }

    /**
     * The first place-and-date in {@code text[from, to)}: "ngày … tháng … năm …" (or "ngày dd/mm/yyyy"
     * after a place and comma), with the place read back from the comma before it. Null when none.
     */
    public static IssueDate find(String text, int from, int to) {
        Matcher m = WORDS.matcher(text).region(from, to);
        boolean words = m.find();
        Matcher n = NUMERIC.matcher(text).region(from, to);
        boolean numeric = n.find();
        // the numeric form counts only after "{place}," so that a cited date is not taken for the header's
        if (numeric && (!words || n.start() < m.start())) {
            int placeStart = placeStart(text, from, n.start());
            if (placeStart >= 0) {
                return make(text, placeStart, n.start(), n.end(), n.group("d"), n.group("m"), n.group("y"));
            }
        }
        if (!words) {
            return null;
        }
        int end = m.group("y") != null ? m.end("y") : m.end();
        while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int placeStart = placeStart(text, from, m.start());
        return make(text, placeStart < 0 ? m.start() : placeStart, m.start(), end, m.group("d"), m.group("m"), m.group("y"));
    }

    private static IssueDate make(String text, int start, int ngay, int end, String d, String mo, String y) {
        String place = null;
        if (start < ngay) {
            String before = text.substring(start, ngay);
            int comma = before.lastIndexOf(',');
            place = Markdown.clean(comma >= 0 ? before.substring(0, comma) : before);
            if (place.isEmpty()) {
                place = null;
            }
        }
        String printed = text.substring(start, end).replace("*", "").strip();
        return new IssueDate(printed, place, parse(d), parse(mo), parse(y), start, end);
    }

    private static Integer parse(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    /**
     * Where the place before "ngày" starts: "{place}, ngày". The place is read backwards word by word
     * while the words are capitalised ("Thái Học", "TP. Hồ Chí Minh") or unit words ("thành phố"); it stops
     * at a word in capitals or with digits (the other header column on the same line). -1 when there is
     * no comma before "ngày".
     */
    static int placeStart(String text, int from, int ngay) {
        int i = ngay;
        while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t' || text.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        if (i <= from || text.charAt(i - 1) != ',') {
            return -1;
        }
        int placeEnd = i - 1;
        int start = placeEnd;
        int cursor = placeEnd;
        int words = 0;
        while (words < 7) {
            int e = cursor;
            while (e > from && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t' || text.charAt(e - 1) == '*' || text.charAt(e - 1) == '_')) {
                e--;
            }
            int s = e;
            while (s > from && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '|' && text.charAt(s - 1) != '*' && text.charAt(s - 1) != '_') {
                s--;
            }
            if (s == e) {
                break;
            }
            String word = text.substring(s, e);
            if (!isPlaceWord(word)) {
                break;
            }
            start = s;
            cursor = s;
            words++;
        }
        return start == placeEnd ? -1 : start;
    }

    private static boolean isPlaceWord(String word) {
        if (word.equals("TP.") || word.equals("Tp.") || word.equals("TP") || word.equals("Tx.") || word.equals("TX.")) {
            return true;
        }
        if (UNIT_WORDS.contains(word.toLowerCase(Locale.ROOT)) && Character.isLowerCase(word.charAt(0))) {
            return true;
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            return word.chars().allMatch(Character::isDigit);
        }
        boolean lowerSeen = word.length() == 1;
        for (int k = 1; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                lowerSeen = true;
            } else if (Character.isUpperCase(c) || !Character.isLetter(c) && c != '.') {
                return false;
            }
        }
        return lowerSeen;
    }
}
