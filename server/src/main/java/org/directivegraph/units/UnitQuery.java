package org.directivegraph.units;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A request to {@link UnitDirectory#resolve(UnitQuery)}: a unit name as written, with or without its type
 * word, in any case, with or without diacritics ("Xã Thái Học", "THÁI HỌC", "xa thai hoc"), and optional
 * constraints. Build with {@link #of(String)} and the {@code with…} methods.
 *
 * @param name   the name as written; only the unit's name, not "UBND phường …"
 * @param date   the date the name is meant at (a document's date), or null for any time
 * @param level  only units of this level, or null
 * @param type   only versions of this type, or null
 * @param within only units with this unit among their parents as of the date: an IRI, {@code 2025/{code}}, or
 *               an official code (a province or district), or null
 */
public record UnitQuery(String name, LocalDate date, UnitLevel level, UnitType type, String within) {

    /** Requires a name. */
    public UnitQuery {
        Objects.requireNonNull(name, "name");
    }

    /** A query for {@code name} at any time, without constraints. */
    public static UnitQuery of(String name) {
        return new UnitQuery(name, null, null, null, null);
    }

    /** The same query as of {@code date} (null: any time). */
    public UnitQuery on(LocalDate date) {
        return new UnitQuery(name, date, level, type, within);
    }

    /** The same query limited to one level. */
    public UnitQuery withLevel(UnitLevel level) {
        return new UnitQuery(name, date, level, type, within);
    }

    /** The same query limited to one type. */
    public UnitQuery withType(UnitType type) {
        return new UnitQuery(name, date, level, type, within);
    }

    /** The same query limited to units below {@code parent} (IRI, {@code 2025/{code}} or code). */
    public UnitQuery within(String parent) {
        return new UnitQuery(name, date, level, type, parent);
    }
}
