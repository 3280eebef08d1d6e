package org.directivegraph.resolve;

import java.time.LocalDate;

import org.directivegraph.extract.citation.CitationMention;

/**
 * What a citation states about the document it cites, as written.
 *
 * @param typeCode     the code of its type ({@code ct}, {@code qd}, {@code qyd}, {@code kh}, {@code luat} …), or null
 * @param number       its number as printed ({@code 33}, {@code 04/2015}, {@code 01}), or null
 * @param symbol       its symbol ({@code CT-TTg}, {@code QĐ/TW}; spaces do not matter), or null
 * @param date         its date when day, month and year are stated, or null
 * @param year         its year when stated otherwise (a date with a blank day, a law's "năm 2013"), or null
 * @param issuerText   the issuer as written ("Thủ tướng Chính phủ", "UBND tỉnh", "Ban Dân vận Huyện ủy và Ủy
 *                     ban nhân dân huyện"), or null
 * @param title        the title of a law cited by name ("Luật Thực hiện dân chủ ở cơ sở"), or null
 * @param citationText the citation as written, whitespace collapsed (the key of the IRI of an unidentifiable one)
 */
public record CitedDocument(String typeCode, String number, String symbol, LocalDate date, Integer year,
        String issuerText, String title, String citationText) {

    /** What a mention found by the extractor states (its subject is the title of a law cited by name). */
    public static CitedDocument from(CitationMention m) {
        boolean law = "luat".equals(m.typeCode()) || "pl".equals(m.typeCode());
        return new CitedDocument(m.typeCode(), m.number(), m.symbol(), m.date(), m.year(), m.issuerText(),
                law && m.number() == null ? m.subject() : null, m.text());
    }

    /** The year: of a legal-normative number ({@code 04/2015}), else of the date, else as stated; or null. */
    public Integer knownYear() {
        Integer y = Identifiers.yearOfNumber(number);
        if (y != null) {
            return y;
        }
        return date != null ? Integer.valueOf(date.getYear()) : year;
    }

    /** Whether a number is stated. */
    public boolean hasNumber() {
        return number != null && !Identifiers.numberSegment(number).isEmpty();
    }
}
