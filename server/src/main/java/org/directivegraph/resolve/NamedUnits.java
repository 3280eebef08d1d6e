package org.directivegraph.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.directivegraph.units.Resolution;
import org.directivegraph.units.UnitCandidate;
import org.directivegraph.units.UnitDirectory;
import org.directivegraph.units.UnitLevel;
import org.directivegraph.units.UnitNames;
import org.directivegraph.units.UnitQuery;
import org.directivegraph.units.UnitRef;

/**
 * Finds a unit a document names ("huyện Bình Giang", "xã Tân Hồng", "thành phố Thanh Hóa", "tỉnh Tây Ninh")
 * relative to the document's own unit: first among the document's own lineage (its unit and parents as of its
 * date), then among the units of that name under the document's district, then its province, then anywhere,
 * as of the document's date. Several units left means ambiguity: the result is then the {@code x-{key of the
 * name}} segment with the candidates, never one of them.
 */
public final class NamedUnits {

    private final UnitDirectory units;

    /** Looks units up in {@code units}. */
    public NamedUnits(UnitDirectory units) {
        this.units = units;
    }

    /** The unit {@code nameAsWritten} (with its type word) refers to, from a document of {@code context}. */
    public UnitTarget resolve(String nameAsWritten, UnitContext context) {
        String folded = UnitNames.foldedKey(nameAsWritten);
        String unresolved = Identifiers.unresolvedUnitSegment(nameAsWritten);
        Map<String, UnitRef> inLineage = new LinkedHashMap<>();
        for (List<UnitRef> lineage : context.possibleLineages()) {
            for (UnitRef u : lineage) {
                if (u.name() != null && UnitNames.foldedKey(u.name()).equals(folded)) {
                    inLineage.putIfAbsent(u.iri(), u);
                }
            }
        }
        if (inLineage.size() == 1) {
            return UnitTarget.of(inLineage.values().iterator().next());
        }
        UnitLevel level = UnitNames.typeWordOf(nameAsWritten).map(Keys::key).flatMap(UnitScope::ofWordKey)
                .flatMap(UnitScope::level).orElse(null);
        UnitQuery query = UnitQuery.of(nameAsWritten).on(context.date());
        if (level != null) {
            query = query.withLevel(level);
        }
        List<UnitCandidate> found = List.of();
        for (String within : parentsToTry(level, context)) {
            found = units.resolve(within == null ? query : query.within(within)).candidates();
            if (!found.isEmpty()) {
                break;
            }
        }
        if (found.size() == 1) {
            return UnitTarget.of(found.get(0).unit());
        }
        if (found.isEmpty()) {
            Resolution any = units.resolve(UnitQuery.of(nameAsWritten));
            return UnitTarget.unresolved(unresolved, List.of(), "no unit named '" + nameAsWritten + "' on "
                    + context.date() + (any.isEmpty() ? "" : " (at other times: " + any.codes() + ")"));
        }
        return UnitTarget.unresolved(unresolved, found.stream().map(UnitCandidate::unit).toList(),
                "'" + nameAsWritten + "' names " + found.size() + " units " + found.stream().map(UnitCandidate::code).toList());
    }

    /** The parents to look under, nearest first, ending with no constraint (null). */
    private static List<String> parentsToTry(UnitLevel level, UnitContext context) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        if (level == null || level == UnitLevel.COMMUNE) {
            add(out, context.at(UnitScope.DISTRICT, null));
        }
        if (level != UnitLevel.PROVINCE && level != UnitLevel.CENTRAL) {
            add(out, context.at(UnitScope.PROVINCE, null));
        }
        out.add(null);
        return out;
    }

    private static void add(List<String> out, UnitTarget t) {
        if (t.unit() != null && !out.contains(t.unit().iri())) {
            out.add(t.unit().iri());
        }
    }
}
