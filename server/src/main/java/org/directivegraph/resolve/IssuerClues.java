package org.directivegraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a document says that helps pick its issuing unit among several of the same name: the upstream units it
 * names ("UBND huyện Bình Giang" among the recipients, "của UBND huyện Bình Giang" in a citation, "tỉnh Hải
 * Dương" in a cited subject), and the units known, from the reference data, to have issued documents it cites.
 *
 * @param unitNames unit names with their type word as written ("huyện Bình Giang", "thành phố Thanh Hóa")
 * @param unitIris  IRIs of units known to be the document's unit or among its parents
 */
public record IssuerClues(List<String> unitNames, Set<String> unitIris) {

    /** Copies the collections. */
    public IssuerClues {
        unitNames = List.copyOf(unitNames);
        unitIris = Set.copyOf(unitIris);
    }

    /** No clues. */
    public static IssuerClues none() {
        return new IssuerClues(List.of(), Set.of());
    }

    /** The unit names of a text ({@link UnitMentions}). */
    public static IssuerClues fromText(String text) {
        return new IssuerClues(UnitMentions.in(text), Set.of());
    }

    /**
     * These clues and the units known to have issued documents the text cites: a citation with number, symbol,
     * date and a local issuer that matches exactly one document of the reference data with an issuing unit.
     */
    public IssuerClues withCitations(List<CitedDocument> citations, ReferenceIndex index) {
        Set<String> known = new LinkedHashSet<>();
        for (CitedDocument d : citations) {
            if (!d.hasNumber() || d.symbol() == null || d.date() == null || d.issuerText() == null
                    || BodyNames.parse(d.issuerText()).kind() != BodyName.Kind.BODY) {
                continue;
            }
            List<ReferenceDocument> hits = index.documentsNumbered(d.number(), d.symbol()).stream()
                    .filter(h -> d.date().equals(h.date())).toList();
            if (hits.size() == 1 && hits.get(0).issuingUnit() != null
                    && !Identifiers.COUNTRY.equals(hits.get(0).segment())) {
                known.add(hits.get(0).issuingUnit());
            }
        }
        return withUnits(known);
    }

    /** These clues and more unit names. */
    public IssuerClues withNames(List<String> names) {
        List<String> all = new ArrayList<>(unitNames);
        all.addAll(names);
        return new IssuerClues(List.copyOf(new LinkedHashSet<>(all)), unitIris);
    }

    /** These clues and more known units. */
    public IssuerClues withUnits(Set<String> iris) {
        Set<String> all = new LinkedHashSet<>(unitIris);
        all.addAll(iris);
        return new IssuerClues(unitNames, all);
    }
}
