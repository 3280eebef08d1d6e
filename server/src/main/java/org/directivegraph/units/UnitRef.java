package org.directivegraph.units;

/**
 * A unit with the name it had at the time asked about (or its latest name when no date was given).
 *
 * @param iri   the unit IRI ({@code id/unit/{code}}, {@code id/unit/2025/{code}} or {@code id/unit/VN})
 * @param code  its official code
 * @param name  its name as of the date, with the type word ("Huyện Bình Giang")
 * @param level its level
 * @param type  its type as of the date
 */
public record UnitRef(String iri, String code, String name, UnitLevel level, UnitType type) {

    @Override
    public String toString() {
        return (UnitIris.isTwoTier(iri) ? "2025/" : "") + code + " " + name;
    }
}
