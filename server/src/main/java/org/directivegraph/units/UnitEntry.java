package org.directivegraph.units;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit as the directory holds it: code, level, latest label and parent, and its versions in time order.
 * Package-private; callers see {@link UnitRef} and {@link UnitCandidate}.
 */
record UnitEntry(String iri, String code, UnitLevel level, UnitType type, String label, String parentIri,
        List<Version> versions) {

    /**
     * One version with the period it may have been in force ({@code from}..{@code until}, inclusive, null for
     * open) and the period it is known to be ({@code listedFrom}..{@code listedUntil}).
     */
    record Version(String iri, String name, UnitType type, String parentIri, LocalDate from, LocalDate until,
            LocalDate listedFrom, LocalDate listedUntil) {

        /** Whether the version may have been in force on {@code d}. */
        boolean covers(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (until == null || !d.isAfter(until));
        }

        /** Whether the sources show the version in force on {@code d}. */
        boolean listedOn(LocalDate d) {
            return listedFrom != null && !d.isBefore(listedFrom) && (listedUntil == null || !d.isAfter(listedUntil));
        }

        /** A date the version is known to be in force on, for a parent chain when no date was asked. */
        LocalDate referenceDate() {
            return listedFrom;
        }
    }

    /**
     * The version in force on {@code d}: the one listed then; in a gap between snapshots, the one last listed
     * before {@code d}; before the first listing, the first one. Null when no version may have been in force
     * (the unit did not exist yet or any more). With {@code d == null}, the latest version.
     */
    Version versionOn(LocalDate d) {
        if (versions.isEmpty()) {
            return null;
        }
        if (d == null) {
            return versions.get(versions.size() - 1);
        }
        Version earlier = null;
        Version later = null;
        for (Version v : versions) {
            if (!v.covers(d)) {
                continue;
            }
            if (v.listedOn(d)) {
                return v;
            }
            if (v.listedFrom() != null && v.listedFrom().isBefore(d)) {
                earlier = v;
            } else if (later == null) {
                later = v;
            }
        }
        return earlier != null ? earlier : later;
    }

    /** The name on {@code d} (the label when no version is in force or no date is given). */
    String nameOn(LocalDate d) {
        Version v = versionOn(d);
        return v == null ? label : v.name();
    }
}
