package org.directivegraph.units;

import java.util.Locale;
import java.util.Optional;

import org.directivegraph.vocab.Vocab;

/** The level of an administrative unit: a concept of {@code vocab/level}. */
public enum UnitLevel {
    /** The country (vocab/level/central). */
    CENTRAL,
    /** Provinces and centrally governed cities. */
    PROVINCE,
    /** District-level units (until 1 July 2025). */
    DISTRICT,
    /** Communes, wards, townships and special zones. */
    COMMUNE;

    /** The concept code, e.g. {@code commune}; also the value of the {@code level} column of the CSVs. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The concept IRI, e.g. {@code https://w3id.org/directivegraph/vocab/level/commune}. */
    public String iri() {
        return Vocab.iri(Vocab.LEVEL, code());
    }

    /** The level with this concept code or IRI, if any. */
    public static Optional<UnitLevel> of(String codeOrIri) {
        if (codeOrIri == null) {
            return Optional.empty();
        }
        String code = codeOrIri.substring(codeOrIri.lastIndexOf('/') + 1).trim().toLowerCase(Locale.ROOT);
        for (UnitLevel level : values()) {
            if (level.code().equals(code)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
