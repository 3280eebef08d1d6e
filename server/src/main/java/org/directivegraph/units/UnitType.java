package org.directivegraph.units;

import java.util.Optional;

import org.directivegraph.vocab.Vocab;

/**
 * The kind of an administrative unit: a concept of {@code vocab/unit-type}, with the word the list writes
 * in its {@code type} column and the word that starts a unit's name.
 */
public enum UnitType {
    /** The country. */
    COUNTRY("country", "Quốc gia", "Quốc gia", UnitLevel.CENTRAL),
    /** A province (Tỉnh). */
    TINH("tinh", "Tỉnh", "Tỉnh", UnitLevel.PROVINCE),
    /** A centrally governed city; its name starts with "Thành phố". */
    THANH_PHO_TRUNG_UONG("thanh-pho-trung-uong", "Thành phố Trung ương", "Thành phố", UnitLevel.PROVINCE),
    /** An urban district (Quận). */
    QUAN("quan", "Quận", "Quận", UnitLevel.DISTRICT),
    /** A rural district (Huyện). */
    HUYEN("huyen", "Huyện", "Huyện", UnitLevel.DISTRICT),
    /** A district-level town (Thị xã). */
    THI_XA("thi-xa", "Thị xã", "Thị xã", UnitLevel.DISTRICT),
    /** A city under a province or under a centrally governed city (Thành phố). */
    THANH_PHO("thanh-pho", "Thành phố", "Thành phố", UnitLevel.DISTRICT),
    /** A ward (Phường). */
    PHUONG("phuong", "Phường", "Phường", UnitLevel.COMMUNE),
    /** A commune (Xã). */
    XA("xa", "Xã", "Xã", UnitLevel.COMMUNE),
    /** A township (Thị trấn). */
    THI_TRAN("thi-tran", "Thị trấn", "Thị trấn", UnitLevel.COMMUNE),
    /** A special zone at commune level (Đặc khu, from 1 July 2025). */
    DAC_KHU("dac-khu", "Đặc khu", "Đặc khu", UnitLevel.COMMUNE);

    private final String code;
    private final String listWord;
    private final String nameWord;
    private final UnitLevel level;

    UnitType(String code, String listWord, String nameWord, UnitLevel level) {
        this.code = code;
        this.listWord = listWord;
        this.nameWord = nameWord;
        this.level = level;
    }

    /** The concept code, e.g. {@code thi-tran}. */
    public String code() {
        return code;
    }

    /** The concept IRI, e.g. {@code https://w3id.org/directivegraph/vocab/unit-type/xa}. */
    public String iri() {
        return Vocab.iri("unit-type", code);
    }

    /** The word the {@code type} column of the 2021–2025 list uses ("Thành phố Trung ương", "Xã"). */
    public String listWord() {
        return listWord;
    }

    /** The type word a unit's name starts with ("Thành phố", "Xã"). */
    public String nameWord() {
        return nameWord;
    }

    /** The level units of this type are at. */
    public UnitLevel level() {
        return level;
    }

    /** The type whose {@code type} column word is {@code word} (exact, after whitespace clean-up). */
    public static Optional<UnitType> ofListWord(String word) {
        String w = UnitNames.clean(word);
        for (UnitType t : values()) {
            if (t != COUNTRY && t.listWord.equals(w)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The type a unit's name shows by its first word(s), at the given level ("Thành phố" is a centrally
     * governed city at province level and a city at district level); empty when the name starts with no
     * type word or the word does not fit the level.
     */
    public static Optional<UnitType> ofName(String name, UnitLevel level) {
        String word = UnitNames.typeWordOf(name).map(UnitNames::foldedKey).orElse(null);
        if (word == null) {
            return Optional.empty();
        }
        for (UnitType t : values()) {
            if (t.level == level && UnitNames.foldedKey(t.nameWord).equals(word)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type with this concept code or IRI, if any. */
    public static Optional<UnitType> of(String codeOrIri) {
        if (codeOrIri == null) {
            return Optional.empty();
        }
        String code = codeOrIri.substring(codeOrIri.lastIndexOf('/') + 1).trim();
        for (UnitType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
