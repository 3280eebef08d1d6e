package org.directivegraph.resolve;

import java.util.List;

/**
 * A body of the reference data ({@code data/bodies/}).
 *
 * @param iri            its IRI
 * @param key            its body key ({@code dg:bodyKey})
 * @param segment        the unit segment of its IRI ({@code 10981}, {@code VN}, {@code x-huyen})
 * @param unit           its unit IRI ({@code dg:unit}), or null when the unit is not resolved
 * @param unitCandidates the units it may belong to ({@code dg:unitCandidate}) when not resolved
 * @param level          the code of its level ({@code commune}, {@code district}, {@code province},
 *                       {@code central}), or null
 * @param labels         its preferred and alternative labels as written
 */
public record ReferenceBody(String iri, String key, String segment, String unit, List<String> unitCandidates,
        String level, List<String> labels) {

    /** Copies the lists. */
    public ReferenceBody {
        unitCandidates = List.copyOf(unitCandidates);
        labels = List.copyOf(labels);
    }
}
