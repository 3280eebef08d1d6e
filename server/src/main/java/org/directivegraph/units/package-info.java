/**
 * Administrative units of Viet Nam as reference data, and finding a unit by name as of a date.
 *
 * <p>{@link org.directivegraph.units.AdminUnitsGenerator} turns the public CSVs of {@code data/sources/}
 * (the three-tier list of 2021–2025 in ten snapshots, the two-tier structure from 1 July 2025 and what each
 * new unit was formed from) into the deterministic, gzipped Turtle file {@code data/units/admin-units.ttl.gz}:
 * units with official codes, levels, types, names and parents, one {@code dg:UnitVersion} per listed name,
 * and the 2025 successions. It checks the predecessor rows against the lists and reports conflicts in a
 * {@link org.directivegraph.units.GenerationReport}.
 *
 * <p>{@link org.directivegraph.units.UnitDirectory} reads that data from a Jena graph and answers
 * "which units were called this on that date" ({@link org.directivegraph.units.UnitQuery} in,
 * {@link org.directivegraph.units.Resolution} out, never silently one candidate when several match), the
 * name and parent chain of a unit as of a date, and its predecessors and successors.
 * {@link org.directivegraph.units.UnitNames} holds the spelling rules (whitespace, case, diacritics, type
 * words) both sides share. Plain Java, no Spring.
 */
package org.directivegraph.units;
