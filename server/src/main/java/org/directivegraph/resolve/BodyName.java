package org.directivegraph.resolve;

/**
 * What the words of a body's name say, before any unit is looked up (see {@link BodyNames#parse}).
 *
 * @param written  the name as written, white space collapsed, with the term of office ("(khóa XI)") and
 *                 leading "của" / bullets removed
 * @param kind     a body, a Central body, or words that name no body (people, an archive line)
 * @param key      the body key ({@code ubnd}, {@code btvtu}, {@code pnv}, {@code phong-tu-phap},
 *                 {@code cac-ban-nganh-doan-the}), or null when {@code kind} is {@link Kind#NOT_A_BODY}
 * @param scope    where the body sits relative to the document naming it, when no unit is named
 * @param unitWord the key of the unit word as written ({@code xa}, {@code huyen}, {@code thanh-pho}), or null
 * @param unitName the unit named with its type word, as written ("huyện Bình Giang", "XÃ THÁI HỌC",
 *                 "thành phố Hải Phòng" for "Thành ủy Hải Phòng"), or null
 * @param ruled    whether the key comes from a known form of name (UBND, Phòng Nội vụ, Ban Thường vụ Tỉnh ủy,
 *                 Phòng …, Sở …, a Central body) rather than from the key of the words
 */
public record BodyName(String written, Kind kind, String key, UnitScope scope, String unitWord, String unitName,
        boolean ruled) {

    /** What the words name. */
    public enum Kind {
        /** A local body (of a commune, district or province). */
        BODY,
        /** A Central body: Thủ tướng, Chính phủ, Quốc hội, Bộ Chính trị, Ban Bí thư, … */
        CENTRAL,
        /** No body: people ("Lãnh đạo UBND xã", "Chủ tịch, các PCT"), the archive ("Lưu", "VT"), nothing. */
        NOT_A_BODY
    }

    /** Whether the name names a unit ("UBND huyện Bình Giang"), not only a unit word ("UBND huyện"). */
    public boolean namesUnit() {
        return unitName != null;
    }
}
