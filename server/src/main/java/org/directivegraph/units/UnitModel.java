package org.directivegraph.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.directivegraph.units.UnitSources.ListedRow;
import org.directivegraph.units.UnitSources.NewUnitRow;

/**
 * The units, versions and successions to write, built from the sources with their checks: versions of one
 * code must not overlap, types must fit levels, parents must exist. Structural errors in the lists fail;
 * doubtful predecessor rows and clean-ups are counted for the {@link GenerationReport}.
 */
final class UnitModel {

    /** The last snapshot of the 2021–2025 list; units still listed then ended with the reform. */
    static final LocalDate LAST_SNAPSHOT = LocalDate.of(2025, 3, 1);
    /** The day the two-tier structure took effect (Nghị quyết 60-NQ/TW; the UBTVQH resolutions). */
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** The last day of the three-tier structure. */
    static final LocalDate LAST_THREE_TIER_DAY = REFORM.minusDays(1);

    record Version(String iri, String name, UnitType type, String parentIri, LocalDate firstListed,
            LocalDate lastListed, LocalDate validFrom, LocalDate validUntil) {
    }

    record Succession(String iri, String fromIri, String mergeType) {
    }

    record Unit(String iri, String code, UnitLevel level, UnitType type, String prefLabel, List<String> altLabels,
            String parentIri, LocalDate validFrom, LocalDate validUntil, List<Version> versions,
            List<Succession> successions, List<String> predecessors, List<String> successors) {
    }

    final List<Unit> threeTier = new ArrayList<>();
    final List<Unit> twoTier = new ArrayList<>();
    final Map<UnitLevel, Integer> threeTierCounts = new EnumMap<>(UnitLevel.class);
    final Map<UnitLevel, Integer> twoTierCounts = new EnumMap<>(UnitLevel.class);
    final Map<UnitLevel, Integer> withoutSuccessor = new EnumMap<>(UnitLevel.class);
    final List<String> typeCorrections = new ArrayList<>();
    int listedRows;
    int namesCleaned;
    int closedUnits;
    int predecessorRows;
    SuccessionCheck.Result successions;

    private UnitModel() {
    }

    static UnitModel build(UnitSources sources) {
        UnitModel m = new UnitModel();
        m.listedRows = sources.listed().size();
        m.predecessorRows = sources.predecessors().size();
        SortedMap<String, List<ListedRow>> byCode = new TreeMap<>();
        for (ListedRow r : sources.listed()) {
            byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r);
        }
        LocalDate last = sources.listed().stream().map(ListedRow::lastListed).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("the 2021-2025 list is empty"));
        if (!last.equals(LAST_SNAPSHOT)) {
            throw new IllegalArgumentException("the last snapshot is " + last + ", not " + LAST_SNAPSHOT
                    + ": revisit the rule that units last listed then end on " + LAST_THREE_TIER_DAY);
        }
        Map<String, SuccessionCheck.Listed> lastList = new HashMap<>();
        List<Unit> partial = new ArrayList<>();
        for (var e : byCode.entrySet()) {
            Unit u = m.threeTierUnit(e.getKey(), e.getValue(), byCode.keySet());
            partial.add(u);
            Version latest = u.versions().get(u.versions().size() - 1);
            if (LAST_SNAPSHOT.equals(latest.lastListed())) {
                lastList.put(u.code(), new SuccessionCheck.Listed(latest.name(), u.level()));
            }
        }
        Map<String, SuccessionCheck.Listed> newList = new HashMap<>();
        for (NewUnitRow r : sources.twoTier()) {
            UnitLevel level = level(r.level(), r.code(), r.line());
            if (newList.put(r.code(), new SuccessionCheck.Listed(UnitNames.clean(r.name()), level)) != null) {
                throw new IllegalArgumentException("code " + r.code() + " twice in the 2025 list (line " + r.line() + ")");
            }
        }
        m.successions = SuccessionCheck.check(sources.predecessors(), lastList, newList);
        Map<String, List<String>> successorsOf = new TreeMap<>();
        m.successions.links().forEach((newCode, olds) -> olds.keySet().forEach(oldCode ->
                successorsOf.computeIfAbsent(oldCode, k -> new ArrayList<>()).add(UnitIris.twoTier(newCode))));
        for (Unit u : partial) {
            List<String> next = successorsOf.getOrDefault(u.code(), List.of());
            m.threeTier.add(new Unit(u.iri(), u.code(), u.level(), u.type(), u.prefLabel(), u.altLabels(),
                    u.parentIri(), u.validFrom(), u.validUntil(), u.versions(), List.of(), List.of(), List.copyOf(next)));
            m.threeTierCounts.merge(u.level(), 1, Integer::sum);
            if (u.validUntil() != null) {
                m.closedUnits++;
            }
            if (lastList.containsKey(u.code()) && next.isEmpty()) {
                m.withoutSuccessor.merge(u.level(), 1, Integer::sum);
            }
        }
        for (NewUnitRow r : sources.twoTier()) {
            m.twoTier.add(m.twoTierUnit(r, newList));
        }
        m.twoTier.sort(Comparator.comparing(Unit::level).thenComparing(Unit::code));
        m.threeTier.sort(Comparator.comparing(Unit::level).thenComparing(Unit::code));
        return m;
    }

    private Unit threeTierUnit(String code, List<ListedRow> rows, Set<String> codes) {
        rows.sort(Comparator.comparing(ListedRow::firstListed));
        String iri = UnitIris.threeTier(code);
        UnitLevel level = level(rows.get(0).level(), code, rows.get(0).line());
        List<Version> versions = new ArrayList<>();
        ListedRow previous = null;
        for (ListedRow r : rows) {
            if (level(r.level(), code, r.line()) != level) {
                throw new IllegalArgumentException("code " + code + " changes level (line " + r.line() + ")");
            }
            if (previous != null && !r.firstListed().isAfter(previous.lastListed())) {
                throw new IllegalArgumentException("code " + code + " has overlapping rows (line " + r.line() + ")");
            }
            if (r.lastListed().isBefore(r.firstListed())) {
                throw new IllegalArgumentException("line " + r.line() + ": last listed before first listed");
            }
            if (!r.parentCode().equals("VN") && !codes.contains(r.parentCode())) {
                throw new IllegalArgumentException("line " + r.line() + ": unknown parent " + r.parentCode());
            }
            String name = UnitNames.clean(r.name());
            if (!name.equals(r.name())) {
                namesCleaned++;
            }
            versions.add(new Version(UnitIris.version(iri, r.firstListed()), name, type(r, name, level),
                    UnitIris.threeTier(r.parentCode()), r.firstListed(), r.lastListed(), null,
                    LAST_SNAPSHOT.equals(r.lastListed()) ? LAST_THREE_TIER_DAY : null));
            previous = r;
        }
        Version latest = versions.get(versions.size() - 1);
        Set<String> others = new LinkedHashSet<>();
        versions.stream().map(Version::name).filter(n -> !n.equals(latest.name())).sorted().forEach(others::add);
        return new Unit(iri, code, level, latest.type(), latest.name(), List.copyOf(others), latest.parentIri(),
                null, latest.validUntil(), List.copyOf(versions), List.of(), List.of(), List.of());
    }

    /** The type column, unless the name's type word contradicts it (then the name's, recorded as a correction). */
    private UnitType type(ListedRow r, String name, UnitLevel level) {
        UnitType listed = UnitType.ofListWord(r.type()).orElseThrow(() -> new IllegalArgumentException(
                "line " + r.line() + ": unknown type '" + r.type() + "'"));
        if (listed.level() != level) {
            throw new IllegalArgumentException("line " + r.line() + ": a " + r.type() + " at level " + r.level());
        }
        UnitType named = UnitType.ofName(name, level).orElse(listed);
        if (named != listed) {
            typeCorrections.add(r.code() + " '" + name + "' (line " + r.line() + ", listed " + r.firstListed() + " to "
                    + r.lastListed() + "): type column '" + r.type() + "', the name says " + named.nameWord());
        }
        return named;
    }

    private Unit twoTierUnit(NewUnitRow r, Map<String, SuccessionCheck.Listed> newList) {
        String iri = UnitIris.twoTier(r.code());
        UnitLevel level = newList.get(r.code()).level();
        String name = newList.get(r.code()).name();
        UnitType type = UnitType.ofName(name, level).orElseThrow(() -> new IllegalArgumentException(
                "line " + r.line() + " of the 2025 list: no type word in '" + name + "'"));
        if (!r.parentCode().equals("VN") && !newList.containsKey(r.parentCode())) {
            throw new IllegalArgumentException("line " + r.line() + " of the 2025 list: unknown parent " + r.parentCode());
        }
        String parent = UnitIris.twoTier(r.parentCode());
        List<Succession> successions = new ArrayList<>();
        List<String> predecessors = new ArrayList<>();
        this.successions.links().getOrDefault(r.code(), new TreeMap<>()).forEach((oldCode, merge) -> {
            successions.add(new Succession(UnitIris.succession(iri, oldCode), UnitIris.threeTier(oldCode), merge));
            predecessors.add(UnitIris.threeTier(oldCode));
        });
        twoTierCounts.merge(level, 1, Integer::sum);
        Version v = new Version(UnitIris.version(iri, REFORM), name, type, parent, null, null, REFORM, null);
        return new Unit(iri, r.code(), level, type, name, List.of(), parent, REFORM, null, List.of(v),
                List.copyOf(successions), List.copyOf(predecessors), List.of());
    }

    private static UnitLevel level(String code, String unitCode, long line) {
        UnitLevel level = UnitLevel.of(code).filter(l -> l != UnitLevel.CENTRAL).orElseThrow(() ->
                new IllegalArgumentException("line " + line + ": unknown level '" + code + "'"));
        int expected = switch (level) {
            case PROVINCE -> 2;
            case DISTRICT -> 3;
            default -> 5;
        };
        if (unitCode.length() != expected || !unitCode.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("line " + line + ": code '" + unitCode + "' does not fit level " + code);
        }
        return level;
    }
}
