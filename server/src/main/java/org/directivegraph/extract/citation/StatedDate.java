package org.directivegraph.extract.citation;

import java.time.LocalDate;

/**
 * A date read after "ngày".
 *
 * @param date         the date when day, month and year are all given and valid, else null
 * @param year         the year, also when day or month is left blank ("ngày    tháng 02 năm 2022")
 * @param endToken     the token after the date
 * @param splicedStart start of a block spliced between "ngày" and the date (a footnote moved there by PDF
 *                     conversion), or -1
 * @param splicedEnd   end of that block, or -1
 */
record StatedDate(LocalDate date, Integer year, int endToken, int splicedStart, int splicedEnd) {
}
