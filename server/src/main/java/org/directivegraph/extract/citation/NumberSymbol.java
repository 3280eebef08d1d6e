package org.directivegraph.extract.citation;

/**
 * A number-and-symbol as printed in a citation, normalised: "33/CT-TTg", "23-QĐ/TW", "04/2015/NĐ-CP",
 * "10/2022/QH15", "30-CTr/BDVHU-UBND", "570/UBND-NCPC"; or a bare number ("Chỉ thị 33").
 *
 * @param number     the number as printed, with the year of a legal-normative document ("04/2015"); null
 *                   when left blank ("/KH-UBND")
 * @param legalYear  the year inside the number of a legal-normative document, else null
 * @param separator  "/" (state and legal-normative form) or "-" (Party form) between number and symbol;
 *                   null for a bare number
 * @param symbol     the symbol, spaces removed and dashes normalised to "-" ("CT-TTg", "QĐ/TW"); null for a
 *                   bare number
 * @param startToken first token
 * @param endToken   the token after the last
 */
record NumberSymbol(String number, Integer legalYear, String separator, String symbol, int startToken, int endToken) {

    /** Whether the number is joined to the symbol by a hyphen, as in Party documents ("23-QĐ/TW"). */
    boolean partyForm() {
        return "-".equals(separator);
    }

    /** The normalised number-and-symbol, or null when there is no symbol. */
    String numberAndSymbol() {
        return symbol == null ? null : (number == null ? "" : number) + separator + symbol;
    }

    /** The same symbol with another number: "217" of "217, 218-QĐ/TW" takes the symbol of "218-QĐ/TW". */
    NumberSymbol withSymbolOf(NumberSymbol other) {
        Integer year = legalYear;
        String n = number;
        if (other.legalYear != null && year == null) {
            year = other.legalYear;
            n = number + "/" + other.legalYear;
        }
        return new NumberSymbol(n, year, other.separator, other.symbol, startToken, endToken);
    }
}
