package org.directivegraph.units;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@link AdminUnitsGenerator} produced and what it found doubtful in the sources: counts of units,
 * versions and successions, the rows of the predecessors file that conflict with the lists, and the clean-ups
 * it applied to the lists themselves. {@link #toString()} is the text the command line prints.
 *
 * @param listedRows                rows of the 2021–2025 list (one unit version each)
 * @param threeTierUnits            units of the 2021–2025 list by level (the country not counted)
 * @param twoTierUnits              units of the structure from 1 July 2025 by level
 * @param versions                  unit versions written (one per row of the two lists)
 * @param closedUnits               units of the 2021–2025 list given {@code dg:validUntil 2025-06-30}
 * @param predecessorRows           rows of the predecessors file
 * @param successions               successions written (predecessor rows kept)
 * @param conflicts                 doubtful predecessor rows, kept or dropped
 * @param withoutSuccessor          units of the 2025-03-01 list that no new unit names as a predecessor, by level
 * @param namesCleaned              list rows whose name had stray white space (collapsed and trimmed)
 * @param typeCorrections           list rows whose {@code type} column contradicts the name's type word; the
 *                                  name's word was used
 * @param triples                   triples in the output
 * @param bytes                     size of the gzipped output
 * @param sha256                    SHA-256 of the gzipped output (lower-case hex)
 * @param millis                    time taken
 */
public record GenerationReport(int listedRows, Map<UnitLevel, Integer> threeTierUnits,
        Map<UnitLevel, Integer> twoTierUnits, int versions, int closedUnits, int predecessorRows, int successions,
        List<Conflict> conflicts, Map<UnitLevel, Integer> withoutSuccessor, int namesCleaned,
        List<String> typeCorrections, long triples, long bytes, String sha256, long millis) {

    /** Kinds of doubtful predecessor rows. */
    public enum ConflictKind {
        /** The old code is not in the 2025-03-01 list: dropped. */
        OLD_CODE_NOT_IN_2025_03_LIST,
        /** The new code is not in the 2025 list: dropped. */
        NEW_CODE_NOT_IN_2025_LIST,
        /** The merge type is neither full nor partial: dropped. */
        UNKNOWN_MERGE_TYPE,
        /** The (new, old) pair was already given: dropped. */
        DUPLICATE_ROW,
        /** The old name differs from the 2025-03-01 list: kept. */
        OLD_NAME_DIFFERS,
        /** The new name differs from the 2025 list: kept. */
        NEW_NAME_DIFFERS,
        /** A province formed from a lower unit or a commune from a province: kept. */
        LEVEL_MISMATCH,
        /** An old unit goes wholly into one new unit and is also listed for others: kept. */
        WHOLE_UNIT_IN_SEVERAL
    }

    /**
     * One doubtful predecessor row.
     *
     * @param kind    what is wrong
     * @param line    line of the predecessors file (0 when the conflict is between rows)
     * @param newCode the new unit's code as written
     * @param oldCode the old unit's code as written
     * @param kept    whether the succession was still written
     * @param detail  what disagrees
     */
    public record Conflict(ConflictKind kind, long line, String newCode, String oldCode, boolean kept, String detail)
            implements Comparable<Conflict> {

        private static final Comparator<Conflict> ORDER = Comparator.comparing(Conflict::kind)
                .thenComparingLong(Conflict::line).thenComparing(Conflict::oldCode).thenComparing(Conflict::newCode);

        @Override
        public int compareTo(Conflict o) {
            return ORDER.compare(this, o);
        }

        @Override
        public String toString() {
            return kind + (line > 0 ? " line " + line : "") + " " + oldCode + " -> " + newCode + ": " + detail
                    + (kept ? " (kept)" : " (dropped)");
        }
    }

    /** Conflicts by kind. */
    public Map<ConflictKind, Long> conflictCounts() {
        return conflicts.stream().collect(Collectors.groupingBy(Conflict::kind,
                () -> new EnumMap<>(ConflictKind.class), Collectors.counting()));
    }

    /** Predecessor rows not written as successions. */
    public int droppedRows() {
        return predecessorRows - successions;
    }

    /** Units written, the country included. */
    public int units() {
        return 1 + sum(threeTierUnits) + sum(twoTierUnits);
    }

    private static int sum(Map<UnitLevel, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("units            %,d (country 1; 2021-2025 %s; from 2025-07-01 %s)%n",
                units(), levels(threeTierUnits), levels(twoTierUnits)));
        s.append(String.format("versions         %,d (%,d rows of the 2021-2025 list)%n", versions, listedRows));
        s.append(String.format("closed 2025-06-30 %,d units last listed on 2025-03-01%n", closedUnits));
        s.append(String.format("successions      %,d of %,d predecessor rows (%,d dropped)%n",
                successions, predecessorRows, droppedRows()));
        s.append(String.format("conflicts        %,d %s%n", conflicts.size(), conflictCounts()));
        conflicts.stream().limit(20).forEach(c -> s.append("  ").append(c).append('\n'));
        if (conflicts.size() > 20) {
            s.append(String.format("  … and %,d more%n", conflicts.size() - 20));
        }
        s.append(String.format("no successor     %s (units of the 2025-03-01 list)%n", levels(withoutSuccessor)));
        s.append(String.format("names cleaned    %,d (stray white space)%n", namesCleaned));
        s.append(String.format("types corrected  %,d%n", typeCorrections.size()));
        typeCorrections.forEach(t -> s.append("  ").append(t).append('\n'));
        s.append(String.format("output           %,d triples, %,d bytes gzipped, sha256 %s, %,d ms%n",
                triples, bytes, sha256, millis));
        return s.toString();
    }

    private static String levels(Map<UnitLevel, Integer> m) {
        return m.entrySet().stream().map(e -> e.getKey().code() + " " + String.format("%,d", e.getValue()))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
