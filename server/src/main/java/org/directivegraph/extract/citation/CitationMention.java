package org.directivegraph.extract.citation;

import java.time.LocalDate;

import org.directivegraph.extract.Span;

/**
 * One mention of a document in the text of another: "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng
 * Chính phủ về …", "Kết luận 01-KL/TW", "Luật Khiếu nại", "Chỉ thị của Ban Thường vụ Tỉnh ủy về …", "theo
 * 570/UBND-NCPC". It keeps what the text says, nothing more: resolving it to a known document is a later
 * step.
 *
 * @param typeCode        code of {@code vocab/doc-type} ("ct", "qd", "qyd", "luat", "cv" …): from the type
 *                        word when there is one, else from the type letters of the symbol (a state symbol
 *                        without type letters, "570/UBND-NCPC", is an official letter, "cv"); null when
 *                        neither says it
 * @param typeWord        the type word as written, whitespace collapsed ("Chỉ thị", "Kế hoạch hành động",
 *                        "Bộ Luật"); null for a bare symbol
 * @param number          the number as printed, with the year of a legal-normative document ("33",
 *                        "04/2015"); null when absent or blank
 * @param symbol          the symbol, spaces removed ("CT-TTg", "QĐ/TW", "NĐ-CP", "CTr/BDVHU-UBND"); null when
 *                        absent
 * @param numberAndSymbol the normalised number-and-symbol ("33/CT-TTg", "23-QĐ/TW", "04/2015/NĐ-CP"); null
 *                        when there is no symbol
 * @param date            the stated date when day, month and year are given, else null
 * @param year            the year: of the stated date (also a date with a blank day), else of the number of a
 *                        legal-normative document, else written after a law's title ("năm 2013"); else null
 * @param issuerText      the issuer as written, whitespace collapsed, without a term of office ("Thủ tướng
 *                        Chính phủ", "Ủy ban Thường vụ Quốc hội"); null if none
 * @param subject         what it is about: the text after "về" / "về việc" / "ban hành" / a quoted title, to
 *                        the end of that clause; for a law cited by name, its title; null if none
 * @param span            the raw text from the type word (or the number of a bare symbol) to the end of the
 *                        last identifying part: number-and-symbol, law title, date, issuer with its term of
 *                        office — whichever comes last. The subject is inside the span only when the issuer
 *                        is written after it. A footnote or page number spliced inside stays inside the span.
 * @param text            the words of the span: whitespace collapsed, emphasis marks, page-number lines and a
 *                        footnote spliced before the date left out
 */
public record CitationMention(String typeCode, String typeWord, String number, String symbol,
                              String numberAndSymbol, LocalDate date, Integer year, String issuerText,
                              String subject, Span span, String text) {
}
