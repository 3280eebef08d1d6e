package org.directivegraph.units;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A unit a name may refer to, as of the date asked about.
 *
 * @param unit          the unit, with its name as of the date (the version that matched)
 * @param versionIri    the {@code dg:UnitVersion} that matched
 * @param parents       the parent chain as of the date, nearest first, ending with the country
 * @param spelling      how the name as written matched this unit's name, diacritics considered
 * @param listed        whether the date lies within the snapshots that list this version (or, for the structure
 *                      from 1 July 2025, on or after that day); false when the date falls in a gap between
 *                      snapshots or before the first one, where the version only may have been in force; true
 *                      when no date was asked
 */
public record UnitCandidate(UnitRef unit, String versionIri, List<UnitRef> parents, Spelling spelling,
        boolean listed) {

    /** Whether the name matched with its diacritics ({@link Spelling#EXACT}). */
    public boolean exactSpelling() {
        return spelling == Spelling.EXACT;
    }

    /** The unit IRI. */
    public String iri() {
        return unit.iri();
    }

    /** The official code. */
    public String code() {
        return unit.code();
    }

    /** The name as of the date. */
    public String name() {
        return unit.name();
    }

    /** Whether {@code reference} (IRI, {@code 2025/{code}} or code) names one of the parents. */
    public boolean isWithin(String reference) {
        String r = reference.trim();
        boolean byIri = r.startsWith("http://") || r.startsWith("https://") || r.startsWith("2025/");
        String iri = byIri ? UnitIris.of(r) : null;
        for (UnitRef p : parents) {
            if (byIri ? p.iri().equals(iri) : p.code().equals(r)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return unit + parents.stream().map(UnitRef::name).collect(Collectors.joining(", ", " (", ")"))
                + (spelling == Spelling.EXACT ? "" : " [" + spelling.name().toLowerCase(java.util.Locale.ROOT) + "]") + (listed ? "" : " [not listed on that date]");
    }
}
