package org.directivegraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.directivegraph.units.UnitRef;

/**
 * Resolves a body named in a document ("UBND huyện", "Phòng Nội vụ", "Ủy ban nhân dân xã Thái Học", "Văn phòng
 * UBND phường", "TT HĐND", "Ban Dân vận Huyện ủy", "Sở Nội vụ tỉnh", "các ban, ngành, đoàn thể phường", "Thủ
 * tướng Chính phủ", "Ban Thường vụ Tỉnh ủy") to its key, its unit and its IRI, in the context of the document's
 * unit:
 *
 * <ul>
 * <li>"xã" / "phường" / "thị trấn", or no unit word: the document's own unit (a body that exists at one level
 * only goes there: "Phòng Nội vụ" to the district, "Sở Nội vụ" to the province);</li>
 * <li>"huyện" / "quận" / "thị xã": the document's district (itself, for a district's document);</li>
 * <li>"thành phố": the nearest city of its lineage (a city of a province, or a centrally governed city);</li>
 * <li>"tỉnh", "Tỉnh ủy": its province; Central bodies: {@code VN};</li>
 * <li>a named unit ("UBND huyện Bình Giang", "UBND xã Tân Hồng"): that unit, found by {@link NamedUnits}.</li>
 * </ul>
 *
 * When the document's unit is ambiguous, the body's unit is resolved only if all candidates agree; otherwise
 * the segment is {@code x-…} and the candidates come with a warning. A label of the reference bodies that
 * matches the name, in the same unit, decides the key ("BCH Đảng bộ" is the Đảng ủy).
 */
public final class BodyResolver {

    private final ReferenceIndex index;
    private final Identifiers ids;
    private final NamedUnits namedUnits;

    /** Resolves against {@code index}, minting IRIs with {@code ids}. */
    public BodyResolver(ReferenceIndex index, Identifiers ids) {
        this.index = index;
        this.ids = ids;
        this.namedUnits = new NamedUnits(index.units());
    }

    /** Resolves against {@code index} with the canonical base. */
    public BodyResolver(ReferenceIndex index) {
        this(index, Identifiers.DEFAULT);
    }

    /** Resolves {@code nameAsWritten} as named by a document of {@code context}. */
    public BodyResolution resolve(String nameAsWritten, UnitContext context) {
        BodyName name = BodyNames.parse(nameAsWritten);
        if (name.kind() == BodyName.Kind.NOT_A_BODY) {
            return new BodyResolution(name, null, null, context.own(), false, List.of(),
                    List.of("'" + name.written() + "' names no body"));
        }
        UnitTarget target;
        if (name.kind() == BodyName.Kind.CENTRAL) {
            target = UnitTarget.country();
        } else if (name.namesUnit()) {
            target = namedUnits.resolve(name.unitName(), context);
        } else {
            target = context.at(name.scope(), name.unitWord());
        }
        List<String> warnings = new ArrayList<>();
        String key = name.key();
        ReferenceBody labelled = labelled(name, target, context);
        if (labelled != null && !labelled.key().equals(key)) {
            warnings.add("'" + name.written() + "' is a label of " + labelled.iri() + ": key " + labelled.key()
                    + " instead of " + key);
            key = labelled.key();
            if (!labelled.segment().equals(target.segment())) {
                target = targetOf(labelled, context);
            }
        }
        if (target.warning() != null) {
            warnings.add(target.warning());
        }
        String iri = ids.body(target.segment(), key);
        List<String> candidates = new ArrayList<>();
        for (UnitRef c : target.candidates()) {
            candidates.add(ids.body(Identifiers.unitSegment(c.iri()), key));
        }
        boolean known = index.body(iri).isPresent();
        return new BodyResolution(name, key, iri, target, known, candidates, warnings);
    }

    /**
     * The reference body whose label is the name: in the target unit; or, when the words gave no known form of
     * name, in any unit of the document's lineage. Null when none or several.
     */
    private ReferenceBody labelled(BodyName name, UnitTarget target, UnitContext context) {
        List<ReferenceBody> hits = index.bodiesLabelled(name.written());
        if (hits.isEmpty()) {
            return null;
        }
        List<ReferenceBody> same = hits.stream().filter(b -> sameUnit(b, target)).toList();
        if (same.size() == 1) {
            return same.get(0);
        }
        if (!same.isEmpty() || name.ruled()) {
            return null;
        }
        Set<String> lineage = new HashSet<>();
        for (List<UnitRef> l : context.possibleLineages()) {
            l.forEach(u -> lineage.add(Identifiers.unitSegment(u.iri())));
        }
        lineage.add(context.segment());
        List<ReferenceBody> near = hits.stream().filter(b -> lineage.contains(b.segment())).toList();
        return near.size() == 1 ? near.get(0) : null;
    }

    private static boolean sameUnit(ReferenceBody b, UnitTarget target) {
        if (!b.segment().equals(target.segment())) {
            return false;
        }
        if (!Identifiers.isUnresolvedSegment(target.segment()) || b.unitCandidates().isEmpty()
                || target.candidates().isEmpty()) {
            return true;
        }
        Set<String> theirs = new HashSet<>(b.unitCandidates());
        return target.candidates().stream().anyMatch(c -> theirs.contains(c.iri()));
    }

    private UnitTarget targetOf(ReferenceBody b, UnitContext context) {
        if (b.unit() != null) {
            return index.units().unit(b.unit(), context.date()).map(UnitTarget::of)
                    .orElse(new UnitTarget(b.segment(), null, List.of(), null));
        }
        Map<String, UnitRef> candidates = new LinkedHashMap<>();
        for (String c : b.unitCandidates()) {
            index.units().unit(c, context.date()).ifPresent(u -> candidates.put(u.iri(), u));
        }
        return UnitTarget.unresolved(b.segment(), List.copyOf(candidates.values()),
                "the unit of " + b.iri() + " is not resolved");
    }
}
