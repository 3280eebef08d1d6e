package org.directivegraph.extract.structure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.directivegraph.extract.Span;

/**
 * What the header block of a document says (Nghị định 30/2020/NĐ-CP, appendix on layout): issuing body
 * at top left, number and symbol, place and date, type name, title (trích yếu). Absent parts are null;
 * nothing is guessed.
 *
 * @param issuingBodyLines the top-left block as printed, one entry per line, Markdown removed
 *                         (["ỦY BAN NHÂN DÂN", "XÃ THÁI HỌC"]); empty when the header has none
 * @param issuingBodySpan  the top-left block, or null
 * @param issuerText       the issuer as written: the top-left lines joined with spaces ("ỦY BAN NHÂN DÂN XÃ
 *                         THÁI HỌC"), else the subject of the body's "… xây dựng kế hoạch …" sentence
 *                         ("UBND phường Trường Thi"); null when neither is found
 * @param issuerName       a readable name of the issuer ("Ủy ban nhân dân xã Thái Học"; see {@link IssuerNames});
 *                         the body's words when taken from the body
 * @param issuerSpan       where {@code issuerText} was read
 * @param issuerSource     where the issuer was found
 * @param numberAndSymbol  as printed, spaces removed ("10/KH-UBND", "/KH-UBND" for a blank number); null when
 *                         there is no number line
 * @param number           the number ("10"), null when blank or absent
 * @param symbol           the symbol ("KH-UBND")
 * @param numberSpan       the number line from "Số" to the end of the symbol
 * @param typeCode         the code of vocab/doc-type: from the type line, else from the symbol, else
 *                         {@code cv} for a "V/v" letter
 * @param typeWord         the type line as printed ("KẾ HOẠCH"), Markdown removed
 * @param typeSpan         the type line
 * @param place            the place of the date line ("Thái Học")
 * @param dateAsPrinted    the place and date as printed, trimmed ("Thái Học, ngày    tháng 02 năm 2022")
 * @param date             the date when day, month and year are all printed
 * @param yearMonth        the year and month when both are printed
 * @param year             the year when printed
 * @param dateSpan         the place and date
 * @param title            the trích yếu, lines joined with single spaces, Markdown removed
 * @param titleSpan        the title lines
 * @param headerEnd        raw index where the header ends (after the title, else after the last header line)
 */
public record Header(
        List<String> issuingBodyLines, Span issuingBodySpan,
        String issuerText, String issuerName, Span issuerSpan, IssuerSource issuerSource,
        String numberAndSymbol, String number, String symbol, Span numberSpan,
        String typeCode, String typeWord, Span typeSpan,
        String place, String dateAsPrinted, LocalDate date, YearMonth yearMonth, Integer year, Span dateSpan,
        String title, Span titleSpan,
        int headerEnd) {

    /** Where the issuer was read. */
    public enum IssuerSource {
        /** The top-left block of the header. */
        HEADER,
        /** The body's sentence that says who makes the document (the header names no issuer). */
        BODY,
        /** Nowhere. */
        NONE
    }

    /** Copies the list. */
    public Header {
        issuingBodyLines = List.copyOf(issuingBodyLines);
    }
}
