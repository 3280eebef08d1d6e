package org.directivegraph.resolve;

import java.util.List;

/**
 * A cited document resolved in the context of the citing document.
 *
 * @param iri        the document's IRI: the known document's, or one minted by {@code docs/identifiers.md}, or the
 *                   local {@code {citing}/cited/{hash8}} of an unidentifiable one
 * @param status     how the IRI was found
 * @param unitSegment the unit segment of the issuing unit ({@code VN}, a code, {@code x-…}), or null when unknown
 * @param issuerKey  the issuer key of the IRI (from the symbol, else the issuer body), or null
 * @param year       the year of the IRI, or null
 * @param issuers    the bodies the citation names as issuer (two for "Ban Dân vận Huyện ủy và Ủy ban nhân dân
 *                   huyện"), resolved in the citing document's context; empty when none is named
 * @param known      the document of the reference data it is, or null
 * @param candidates IRIs of known documents it may be when not decided (same number and symbol, other units)
 * @param warnings   what is uncertain or odd
 */
public record DocumentResolution(String iri, Status status, String unitSegment, String issuerKey, Integer year,
        List<BodyResolution> issuers, ReferenceDocument known, List<String> candidates, List<String> warnings) {

    /** How the IRI was found. */
    public enum Status {
        /** A document of the reference data (or of an ingested graph). */
        KNOWN,
        /** Identified by its number, year, type and issuer, but not described anywhere yet. */
        MINTED,
        /** Not identifiable (no number and no date, or no year): a {@code dg:UnresolvedDocument} local to the citing one. */
        UNRESOLVED
    }

    /** Copies the lists. */
    public DocumentResolution {
        issuers = List.copyOf(issuers);
        candidates = List.copyOf(candidates);
        warnings = List.copyOf(warnings);
    }

    /** Whether the document could not be identified (local IRI). */
    public boolean isUnresolved() {
        return status == Status.UNRESOLVED;
    }

    /** The first issuer body named, if any. */
    public java.util.Optional<BodyResolution> issuer() {
        return issuers.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(issuers.get(0));
    }
}
