package org.directivegraph.resolve;

import java.util.List;

import org.directivegraph.units.UnitCandidate;

/**
 * The issuer of a document, resolved from its header.
 *
 * @param issuerText  the issuer as written (header lines joined with spaces)
 * @param name        what the issuer's words say
 * @param bodyKey     the issuing body's key ({@code ubnd}), or null when the words name no body
 * @param bodyIri     the issuing body's IRI, or null
 * @param context     the issuing unit with its parents, or its {@code x-…} segment and candidates: the context
 *                    in which the document's other body names and citations are resolved
 * @param unitName    the unit name the issuer was resolved by, as written ("XÃ THÁI HỌC", or the place), or null
 * @param named       every unit of that name on the date, before the clues were applied
 * @param cluesUsed   the clues that kept a candidate ("huyện Bình Giang", a known unit IRI)
 * @param warnings    what is uncertain: an ambiguous or unknown unit
 */
public record IssuerResolution(String issuerText, BodyName name, String bodyKey, String bodyIri, UnitContext context,
        String unitName, List<UnitCandidate> named, List<String> cluesUsed, List<String> warnings) {

    /** Copies the lists. */
    public IssuerResolution {
        named = List.copyOf(named);
        cluesUsed = List.copyOf(cluesUsed);
        warnings = List.copyOf(warnings);
    }

    /** The unit segment of the document's IRI. */
    public String unitSegment() {
        return context.segment();
    }

    /** Whether the issuing unit is one unit (or the country). */
    public boolean isResolved() {
        return context.isResolved() || Identifiers.COUNTRY.equals(context.segment());
    }

    /** Whether several units remain: the candidates are in {@link UnitContext#candidates()}. */
    public boolean isAmbiguous() {
        return !isResolved() && context.candidates().size() > 1;
    }

    /** The official codes of the remaining candidates (empty when resolved). */
    public List<String> candidateCodes() {
        return context.candidates().stream().map(UnitCandidate::code).toList();
    }
}
