package org.directivegraph.resolve;

import java.time.LocalDate;
import java.util.List;

/**
 * A document of the reference data ({@code data/documents/}) or of an ingested graph.
 *
 * @param iri             its IRI
 * @param typeCode        the code of its type ({@code ct}, {@code qd}, {@code qyd}, {@code luat} …)
 * @param numberAndSymbol as printed ({@code 33/CT-TTg}), or null
 * @param number          its number ({@code 33}, {@code 04/2015}), or null
 * @param symbol          its symbol ({@code CT-TTg}), or null
 * @param date            its date when fully known, or null
 * @param year            its year when known, or null
 * @param issuingUnit     its issuing unit IRI, or null (unresolved unit, or not stated)
 * @param issuers         its issuer body IRIs (two for a joint document; none when sources disagree)
 * @param segment         the unit segment of its IRI ({@code VN}, {@code 72}, {@code x-tinh})
 * @param title           its title ({@code dg:title}), or null
 * @param unitCandidates  the units its issuers may belong to when its unit is not resolved
 */
public record ReferenceDocument(String iri, String typeCode, String numberAndSymbol, String number, String symbol,
        LocalDate date, Integer year, String issuingUnit, List<String> issuers, String segment, String title,
        List<String> unitCandidates) {

    /** Copies the lists. */
    public ReferenceDocument {
        issuers = List.copyOf(issuers);
        unitCandidates = List.copyOf(unitCandidates);
    }
}
