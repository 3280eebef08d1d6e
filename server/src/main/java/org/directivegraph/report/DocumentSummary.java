package org.directivegraph.report;

/**
 * What a report shows of a document: enough to name it and place it. Labels are the Vietnamese preferred
 * labels of the store (IRIs are given too, to relabel in another language).
 *
 * @param iri         the document
 * @param title       its title, else its first stated subject, else the empty string
 * @param number      number and symbol as printed ("33/CT-TTg"), or the empty string
 * @param type        document type IRI, or {@code null}
 * @param typeLabel   e.g. "Chỉ thị", or the empty string
 * @param level       level IRI (the document's, else its issuer's), or {@code null}
 * @param levelLabel  e.g. "Trung ương", or the empty string
 * @param date        the date as precisely known: {@code 2021-11-26}, {@code 2022-02} or {@code 2023}; or the empty string
 * @param issuer      issuing body IRI, or {@code null}
 * @param issuerLabel the issuer's name (or the issuer as printed), or the empty string
 * @param unit        issuing administrative unit IRI, or {@code null}
 * @param unitLabel   its name, or the empty string
 * @param ingested    whether the document's own text was ingested (it has a document graph with a source text)
 * @param resolved    false for a cited document that could not be identified ({@code dg:UnresolvedDocument})
 */
public record DocumentSummary(String iri, String title, String number, String type, String typeLabel, String level,
                              String levelLabel, String date, String issuer, String issuerLabel, String unit,
                              String unitLabel, boolean ingested, boolean resolved) {

    /** A short name: type, number and title, e.g. "Chỉ thị 33/CT-TTg: Về tiếp tục …". */
    public String label() {
        String head = (typeLabel + (number.isEmpty() || number.startsWith("/") ? "" : " " + number)).strip();
        if (head.isEmpty()) {
            return title.isEmpty() ? iri : title;
        }
        return title.isEmpty() ? head : head + ": " + title;
    }

    /** A summary of a document the store says nothing about but its IRI. */
    static DocumentSummary unknown(String iri) {
        return new DocumentSummary(iri, "", "", null, "", null, "", "", null, "", null, "", false, true);
    }
}
