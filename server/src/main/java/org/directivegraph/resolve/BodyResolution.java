package org.directivegraph.resolve;

import java.util.List;

/**
 * A body name resolved in the context of a document.
 *
 * @param name          what the words say ({@link BodyNames#parse})
 * @param key           the body key, or null when the words name no body
 * @param iri           the body IRI ({@code id/body/{unit segment}/{key}}), or null when the words name no body
 * @param unit          the unit the body belongs to ({@code x-…} with candidates when not resolved)
 * @param known         whether the body is described in the reference data
 * @param candidateIris when the unit is not resolved: the body's IRI under each candidate unit
 * @param warnings      what is uncertain: an ambiguous or unknown unit, a label of the reference data preferred
 *                      to the key of the words
 */
public record BodyResolution(BodyName name, String key, String iri, UnitTarget unit, boolean known,
        List<String> candidateIris, List<String> warnings) {

    /** Copies the lists. */
    public BodyResolution {
        candidateIris = List.copyOf(candidateIris);
        warnings = List.copyOf(warnings);
    }

    /** Whether the words name a body. */
    public boolean isBody() {
        return iri != null;
    }

    /** Whether the words name a body of one known unit (or a Central body). */
    public boolean isResolved() {
        return iri != null && unit.resolved();
    }

    /** Whether the unit is ambiguous between several candidates. */
    public boolean isAmbiguous() {
        return iri != null && !unit.resolved() && !unit.candidates().isEmpty();
    }
}
