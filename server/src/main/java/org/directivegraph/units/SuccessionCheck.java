package org.directivegraph.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.directivegraph.units.UnitSources.PredecessorRow;

/**
 * Checks the rows of the predecessors file against the two lists before they become successions. The file was
 * compiled partly by machine, so a row is a strong hint, not a fact: a row whose old code is not in the
 * 2025-03-01 list or whose new code is not in the 2025 list is dropped; a row whose names disagree with the
 * lists, whose levels do not fit, or that gives an old unit wholly to several new units is kept (both codes
 * exist) and reported.
 */
final class SuccessionCheck {

    /** A unit of one list as the check needs it: cleaned name and level. */
    record Listed(String name, UnitLevel level) {
    }

    /** The successions kept, new code -> old code -> merge type code, and the conflicts found. */
    record Result(SortedMap<String, SortedMap<String, String>> links, List<GenerationReport.Conflict> conflicts) {

        /** Number of kept (new, old) links. */
        int linkCount() {
            return links.values().stream().mapToInt(Map::size).sum();
        }
    }

    private SuccessionCheck() {
    }

    /**
     * @param rows       the rows of the predecessors file
     * @param lastList   the units of the 2025-03-01 list, by code
     * @param twoTier    the units of the 2025 list, by code
     */
    static Result check(List<PredecessorRow> rows, Map<String, Listed> lastList, Map<String, Listed> twoTier) {
        SortedMap<String, SortedMap<String, String>> links = new TreeMap<>();
        List<GenerationReport.Conflict> conflicts = new ArrayList<>();
        for (PredecessorRow row : rows) {
            Listed old = lastList.get(row.oldCode());
            Listed neu = twoTier.get(row.newCode());
            String merge = row.mergeType().toLowerCase(java.util.Locale.ROOT);
            boolean keep = true;
            if (old == null) {
                conflicts.add(conflict(GenerationReport.ConflictKind.OLD_CODE_NOT_IN_2025_03_LIST, row, false,
                        "old code " + row.oldCode() + " (" + UnitNames.clean(row.oldName()) + ")"));
                keep = false;
            }
            if (neu == null) {
                conflicts.add(conflict(GenerationReport.ConflictKind.NEW_CODE_NOT_IN_2025_LIST, row, false,
                        "new code " + row.newCode() + " (" + UnitNames.clean(row.newName()) + ")"));
                keep = false;
            }
            if (!merge.equals("full") && !merge.equals("partial")) {
                conflicts.add(conflict(GenerationReport.ConflictKind.UNKNOWN_MERGE_TYPE, row, false,
                        "merge type '" + row.mergeType() + "'"));
                keep = false;
            }
            if (old != null && !old.name().equals(UnitNames.clean(row.oldName()))) {
                conflicts.add(conflict(GenerationReport.ConflictKind.OLD_NAME_DIFFERS, row, keep,
                        "'" + UnitNames.clean(row.oldName()) + "' but the 2025-03-01 list has '" + old.name() + "'"));
            }
            if (neu != null && !neu.name().equals(UnitNames.clean(row.newName()))) {
                conflicts.add(conflict(GenerationReport.ConflictKind.NEW_NAME_DIFFERS, row, keep,
                        "'" + UnitNames.clean(row.newName()) + "' but the 2025 list has '" + neu.name() + "'"));
            }
            if (old != null && neu != null && !levelsFit(old.level(), neu.level())) {
                conflicts.add(conflict(GenerationReport.ConflictKind.LEVEL_MISMATCH, row, keep,
                        "a " + neu.level().code() + " formed from a " + old.level().code()));
            }
            if (!keep) {
                continue;
            }
            String before = links.computeIfAbsent(row.newCode(), k -> new TreeMap<>()).putIfAbsent(row.oldCode(), merge);
            if (before != null) {
                conflicts.add(conflict(GenerationReport.ConflictKind.DUPLICATE_ROW, row, false,
                        Objects.equals(before, merge) ? "repeats an earlier row"
                                : "says " + merge + " where an earlier row says " + before + " (first kept)"));
            }
        }
        SortedMap<String, List<String>> byOld = new TreeMap<>();
        links.forEach((newCode, olds) -> olds.forEach((oldCode, merge) ->
                byOld.computeIfAbsent(oldCode, k -> new ArrayList<>()).add(newCode + " (" + merge + ")")));
        byOld.forEach((oldCode, targets) -> {
            if (targets.size() > 1 && targets.stream().anyMatch(t -> t.endsWith("(full)"))) {
                conflicts.add(new GenerationReport.Conflict(GenerationReport.ConflictKind.WHOLE_UNIT_IN_SEVERAL, 0,
                        "", oldCode, true, "goes wholly into one new unit, yet is listed for " + targets));
            }
        });
        conflicts.sort(null);
        return new Result(Collections.unmodifiableSortedMap(links), List.copyOf(conflicts));
    }

    /** A new commune comes from old communes (or, for a special zone, an old island district); a province from provinces. */
    private static boolean levelsFit(UnitLevel old, UnitLevel neu) {
        return neu == UnitLevel.PROVINCE ? old == UnitLevel.PROVINCE : old != UnitLevel.PROVINCE;
    }

    private static GenerationReport.Conflict conflict(GenerationReport.ConflictKind kind, PredecessorRow row,
            boolean kept, String detail) {
        return new GenerationReport.Conflict(kind, row.line(), row.newCode(), row.oldCode(), kept, detail);
    }
}
