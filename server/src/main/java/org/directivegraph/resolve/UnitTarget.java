package org.directivegraph.resolve;

import java.util.List;

import org.directivegraph.units.UnitRef;

/**
 * The unit a body or document belongs to, as far as the text and its context decide it.
 *
 * @param segment    the unit segment of IRIs: a code, {@code 2025/{code}}, {@code VN}, or {@code x-…} when the
 *                   unit is not resolved to one
 * @param unit       the unit, or null when not resolved (or for {@code VN}, the country when known)
 * @param candidates the units it may be when not resolved (empty when nothing is known)
 * @param warning    why it is not resolved, or null
 */
public record UnitTarget(String segment, UnitRef unit, List<UnitRef> candidates, String warning) {

    /** Copies the list. */
    public UnitTarget {
        candidates = List.copyOf(candidates);
    }

    /** The country. */
    public static UnitTarget country() {
        return new UnitTarget(Identifiers.COUNTRY, null, List.of(), null);
    }

    /** A resolved unit. */
    public static UnitTarget of(UnitRef unit) {
        return new UnitTarget(Identifiers.unitSegment(unit.iri()), unit, List.of(), null);
    }

    /** A unit not resolved to one: segment {@code x-{wordKey}}, with its candidates. */
    public static UnitTarget unresolved(String segment, List<UnitRef> candidates, String warning) {
        return new UnitTarget(segment, null, candidates, warning);
    }

    /** Whether the unit is known: one unit, or the country. */
    public boolean resolved() {
        return unit != null || Identifiers.COUNTRY.equals(segment);
    }

    /** Whether this is the country. */
    public boolean central() {
        return Identifiers.COUNTRY.equals(segment);
    }
}
