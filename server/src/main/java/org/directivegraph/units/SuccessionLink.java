package org.directivegraph.units;

/**
 * One succession of the reform of 1 July 2025: a unit of the structure from that day was formed from the whole
 * or part of a unit of the 2025-03-01 list.
 *
 * @param statementIri the {@code dg:Succession} node ({@code {new unit}/succession/{old code}})
 * @param fromUnit     the old unit's IRI
 * @param toUnit       the new unit's IRI
 * @param mergeType    {@code full} or {@code partial} (vocab/merge-type)
 */
public record SuccessionLink(String statementIri, String fromUnit, String toUnit, String mergeType) {
}
