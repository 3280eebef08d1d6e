package org.directivegraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.directivegraph.units.UnitCandidate;
import org.directivegraph.units.UnitDirectory;
import org.directivegraph.units.UnitLevel;
import org.directivegraph.units.UnitRef;
import org.directivegraph.units.UnitType;

/**
 * The administrative unit of a document and its parents as of the document's date: what "xã", "huyện",
 * "thành phố", "tỉnh" in the document's words refer to. Either one unit with its parent chain, or, when the
 * issuing unit is ambiguous, the candidates (each with its own parents) and the {@code x-…} segment.
 *
 * @param date       the date the names are meant at (the document's date), or null
 * @param unit       the unit, or null when not resolved
 * @param chain      its parents, nearest first, ending with the country; empty when not resolved
 * @param segment    the unit segment of the document's IRIs (code, {@code 2025/code}, {@code VN} or {@code x-…})
 * @param candidates the units it may be when not resolved (empty when resolved)
 */
public record UnitContext(LocalDate date, UnitRef unit, List<UnitRef> chain, String segment, List<UnitCandidate> candidates) {

    /** Copies the lists; requires a segment. */
    public UnitContext {
        Objects.requireNonNull(segment, "segment");
        chain = List.copyOf(chain);
        candidates = List.copyOf(candidates);
    }

    /** A resolved unit with its parent chain. */
    public static UnitContext resolved(UnitRef unit, List<UnitRef> chain, LocalDate date) {
        return new UnitContext(date, unit, chain, Identifiers.unitSegment(unit.iri()), List.of());
    }

    /** The unit a reference (code, {@code 2025/code}, IRI, {@code VN}) names, with its parents as of {@code date}. */
    public static UnitContext of(UnitDirectory units, String reference, LocalDate date) {
        UnitRef unit = units.unit(reference, date)
                .orElseThrow(() -> new IllegalArgumentException("no unit " + reference + " on " + date));
        return resolved(unit, units.parentChain(reference, date), date);
    }

    /** A unit not resolved to one: its {@code x-…} segment and candidates. */
    public static UnitContext unresolved(String segment, List<UnitCandidate> candidates, LocalDate date) {
        return new UnitContext(date, null, List.of(), segment, candidates);
    }

    /** Whether the unit is resolved to one. */
    public boolean isResolved() {
        return unit != null;
    }

    /** The unit followed by its parents (empty when not resolved). */
    public List<UnitRef> lineage() {
        if (unit == null) {
            return List.of();
        }
        List<UnitRef> l = new ArrayList<>(chain.size() + 1);
        l.add(unit);
        l.addAll(chain);
        return l;
    }

    /** The lineages the unit may have: its own, or one per candidate. */
    public List<List<UnitRef>> possibleLineages() {
        if (unit != null) {
            return List.of(lineage());
        }
        List<List<UnitRef>> all = new ArrayList<>();
        for (UnitCandidate c : candidates) {
            List<UnitRef> l = new ArrayList<>(c.parents().size() + 1);
            l.add(c.unit());
            l.addAll(c.parents());
            all.add(l);
        }
        return all;
    }

    /** The candidate units (empty when resolved). */
    public List<UnitRef> candidateUnits() {
        return candidates.stream().map(UnitCandidate::unit).toList();
    }

    /** The document's own unit. */
    public UnitTarget own() {
        if (unit != null) {
            return UnitTarget.of(unit);
        }
        if (Identifiers.COUNTRY.equals(segment)) {
            return UnitTarget.country();
        }
        return UnitTarget.unresolved(segment, candidateUnits(), candidates.isEmpty()
                ? "the document's unit is unknown" : "the document's unit is one of " + candidates.size() + " units");
    }

    /**
     * The unit a scope points to from this document: its own unit, the commune, district, city or province
     * of its lineage, or the country. When the document's unit is ambiguous, the candidates' units of that
     * scope; when they agree the unit is resolved, else the segment is {@code x-{wordKey}} ({@code x-huyen},
     * {@code x-tinh}) with the candidates.
     *
     * @param wordKey the key of the unit word as written ("huyen", "quan", "tinh"), or null for the scope's default
     */
    public UnitTarget at(UnitScope scope, String wordKey) {
        if (scope == UnitScope.CENTRAL) {
            return UnitTarget.country();
        }
        if (scope == UnitScope.OWN) {
            return own();
        }
        String word = wordKey != null && !wordKey.isBlank() ? wordKey : scope.defaultWordKey();
        String unresolved = Identifiers.UNRESOLVED_PREFIX + word;
        List<List<UnitRef>> lineages = possibleLineages();
        if (lineages.isEmpty()) {
            return UnitTarget.unresolved(unresolved, List.of(), "the document's unit is unknown, so its " + word + " is too");
        }
        if (lineages.stream().allMatch(l -> fits(l.get(0), scope))) {
            return own();
        }
        Map<String, UnitRef> found = new LinkedHashMap<>();
        boolean missing = false;
        for (List<UnitRef> l : lineages) {
            UnitRef hit = l.stream().filter(u -> fits(u, scope)).findFirst().orElse(null);
            if (hit == null) {
                missing = true;
            } else {
                found.putIfAbsent(hit.iri(), hit);
            }
        }
        if (found.size() == 1 && !missing) {
            return UnitTarget.of(found.values().iterator().next());
        }
        if (found.isEmpty()) {
            return UnitTarget.unresolved(unresolved, List.of(), "no " + word + " above " + segment);
        }
        return UnitTarget.unresolved(unresolved, List.copyOf(found.values()),
                "the " + word + " of " + segment + " is one of " + found.size() + " units");
    }

    /** Whether a unit is of the scope's kind. */
    static boolean fits(UnitRef u, UnitScope scope) {
        if (scope == UnitScope.CITY) {
            return u.type() == UnitType.THANH_PHO || u.type() == UnitType.THANH_PHO_TRUNG_UONG;
        }
        UnitLevel level = scope.level().orElse(null);
        return level != null && u.level() == level;
    }
}
