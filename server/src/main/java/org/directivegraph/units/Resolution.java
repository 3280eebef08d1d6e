package org.directivegraph.units;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a {@link UnitQuery}: every unit the name may refer to, never silently one of several.
 *
 * @param query          the query
 * @param candidates     the units matching with the best spelling: those matching with exact diacritics
 *                       ({@link Spelling#EXACT}) if there are any, else those matching once the diacritics the
 *                       query leaves out are ignored ({@link Spelling#FOLDED}); sorted (listed on the date first,
 *                       then the 2021–2025 list before the 2025 one, then by level and code)
 * @param otherSpellings units whose names differ from the query only in diacritics but are not candidates: those
 *                       matching {@link Spelling#FOLDED} when others match exactly, and every
 *                       {@link Spelling#DIFFERENT} one ("Xã Đức Hóa" when "Xã Đức Hòa" was asked); reported so
 *                       that a typo can be noticed, never chosen
 */
public record Resolution(UnitQuery query, List<UnitCandidate> candidates, List<UnitCandidate> otherSpellings) {

    /** Copies the lists. */
    public Resolution {
        candidates = List.copyOf(candidates);
        otherSpellings = List.copyOf(otherSpellings);
    }

    /** Whether no unit matched. */
    public boolean isEmpty() {
        return candidates.isEmpty();
    }

    /** Whether exactly one unit matched. */
    public boolean isUnique() {
        return candidates.size() == 1;
    }

    /** The only candidate, if exactly one unit matched; empty when none or several did. */
    public Optional<UnitCandidate> unique() {
        return isUnique() ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The candidates' official codes, in order. */
    public List<String> codes() {
        return candidates.stream().map(UnitCandidate::code).toList();
    }

    /** The candidates' IRIs, in order. */
    public List<String> iris() {
        return candidates.stream().map(UnitCandidate::iri).toList();
    }
}
