package org.directivegraph.resolve;

import java.util.Optional;

import org.directivegraph.units.UnitLevel;

/**
 * Which unit a body belongs to, relative to the document that names it: the unit words of the name ("xã",
 * "huyện", "thành phố", "tỉnh") or, without them, the level the body exists at ("Phòng Nội vụ" is a district
 * office, "Sở Nội vụ" a provincial one, "Tỉnh ủy" the province's committee).
 */
public enum UnitScope {
    /** The document's own unit ("UBND", "Văn phòng UBND", "các ban, ngành"). */
    OWN(null, null),
    /** A commune-level unit ("xã", "phường", "thị trấn"). */
    COMMUNE(UnitLevel.COMMUNE, "xa"),
    /** A district-level unit ("huyện", "quận", "thị xã"). */
    DISTRICT(UnitLevel.DISTRICT, "huyen"),
    /**
     * The nearest city in the document's lineage ("thành phố", "Thành ủy"): a city of a province (district level)
     * or a centrally governed city (province level).
     */
    CITY(null, "thanh-pho"),
    /** The province ("tỉnh", "Tỉnh ủy", "Sở …"). */
    PROVINCE(UnitLevel.PROVINCE, "tinh"),
    /** The country (Central bodies). */
    CENTRAL(UnitLevel.CENTRAL, null);

    private final UnitLevel level;
    private final String defaultWordKey;

    UnitScope(UnitLevel level, String defaultWordKey) {
        this.level = level;
        this.defaultWordKey = defaultWordKey;
    }

    /** The level of the unit, when the scope names one level. */
    public Optional<UnitLevel> level() {
        return Optional.ofNullable(level);
    }

    /** The key of the unit word used for {@code x-…} segments when the text gives none ({@code huyen}, {@code tinh}). */
    public String defaultWordKey() {
        return defaultWordKey;
    }

    /** The scope of a unit word given as a key ({@code xa}, {@code thi-tran}, {@code huyen}, {@code tp}, {@code tinh}…), or empty. */
    public static Optional<UnitScope> ofWordKey(String wordKey) {
        if (wordKey == null) {
            return Optional.empty();
        }
        switch (wordKey) {
            case "xa", "phuong", "thi-tran", "dac-khu":
                return Optional.of(COMMUNE);
            case "huyen", "quan", "thi-xa":
                return Optional.of(DISTRICT);
            case "thanh-pho", "tp":
                return Optional.of(CITY);
            case "tinh":
                return Optional.of(PROVINCE);
            default:
                return Optional.empty();
        }
    }
}
