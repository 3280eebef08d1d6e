package org.directivegraph.units;

import java.time.LocalDate;

import org.directivegraph.store.GraphNames;

/**
 * The IRIs of units, versions and successions ({@code docs/identifiers.md}): {@code id/unit/VN},
 * {@code id/unit/{code}} for the 2021–2025 list, {@code id/unit/2025/{code}} for the structure from 1 July
 * 2025, {@code {unit}/v/{first listed date}}, {@code {new unit}/succession/{old code}}.
 */
public final class UnitIris {

    /** Base of all unit IRIs. */
    public static final String UNIT_BASE = GraphNames.BASE + "id/unit/";

    /** Prefix of the IRIs of units of the structure from 1 July 2025. */
    public static final String TWO_TIER_BASE = UNIT_BASE + "2025/";

    /** The country. */
    public static final String COUNTRY = UNIT_BASE + "VN";

    /** The dataset node of the generated units file, which names its sources. */
    public static final String DATASET = GraphNames.BASE + "id/dataset/admin-units";

    private UnitIris() {
    }

    /** A unit of the 2021–2025 list ({@code VN} gives the country). */
    public static String threeTier(String code) {
        return UNIT_BASE + code;
    }

    /** A unit of the structure from 1 July 2025 ({@code VN} gives the country). */
    public static String twoTier(String code) {
        return "VN".equals(code) ? COUNTRY : TWO_TIER_BASE + code;
    }

    /** A version of a unit, named by its first listed (or valid-from) date. */
    public static String version(String unitIri, LocalDate first) {
        return unitIri + "/v/" + first;
    }

    /** The statement that {@code newUnitIri} was formed from the old unit {@code oldCode}. */
    public static String succession(String newUnitIri, String oldCode) {
        return newUnitIri + "/succession/" + oldCode;
    }

    /** Whether the IRI names a unit of the structure from 1 July 2025. */
    public static boolean isTwoTier(String unitIri) {
        return unitIri.startsWith(TWO_TIER_BASE);
    }

    /**
     * The unit IRI a reference names: an IRI as it is, {@code 2025/{code}} for the structure from 1 July 2025,
     * {@code VN}, or a bare code of the 2021–2025 list.
     */
    public static String of(String reference) {
        String r = reference.trim();
        if (r.startsWith("http://") || r.startsWith("https://")) {
            return r;
        }
        return r.startsWith("2025/") ? twoTier(r.substring(5)) : threeTier(r);
    }
}
