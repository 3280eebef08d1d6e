package org.directivegraph.reports.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.directivegraph.report.DocumentSummaries;
import org.directivegraph.report.DocumentSummary;
import org.directivegraph.search.Rows;
import org.directivegraph.store.GraphStore;

/**
 * What the report forms offer and what the parameters must name: the documents something implements, the
 * administrative units that issue plans with the units above them, and whether an IRI is a known document or unit.
 */
public final class ReportChoices {

    private static final String IMPLEMENTED = "SELECT DISTINCT ?d WHERE { ?x dg:implements ?d }";

    private static final String AREAS = """
            SELECT DISTINCT ?unit ?label ?depth WHERE {
              { ?p dg:issuingUnit ?issuing . ?issuing dg:parentUnit+ ?unit }
              UNION { ?p dg:issuingUnit ?unit }
              ?p a dg:Plan .
              OPTIONAL { ?unit skos:prefLabel ?label FILTER(LANG(?label) = "vi") }
              OPTIONAL { SELECT ?unit (COUNT(?up) AS ?depth) WHERE { ?unit dg:parentUnit+ ?up } GROUP BY ?unit }
            }
            """;

    /** Levels from the top: documents of the Central level are offered first (unknown levels last). */
    private static final List<String> LEVELS = List.of("central", "province", "district", "commune").stream()
            .map(l -> "https://w3id.org/directivegraph/vocab/level/" + l).toList();

    private static final String ANY_STATEMENT = "SELECT ?p WHERE { ?s ?p ?o } LIMIT 1";

    private static final String UNIT = "SELECT ?label WHERE { ?s a dg:AdministrativeUnit OPTIONAL { ?s skos:prefLabel ?label FILTER(LANG(?label) = \"vi\") } } LIMIT 1";

    /** A unit offered as an area: its IRI, Vietnamese name, and how many units are above it (0 for a province). */
    public record Area(String iri, String label, int depth) {
    }

    private final GraphStore store;

    /** Choices over this store. */
    public ReportChoices(GraphStore store) {
        this.store = store;
    }

    /** The documents that some document implements, Central ones first, then by label. */
    public List<DocumentSummary> directives() {
        List<String> iris = Rows.select(store, IMPLEMENTED, Map.of()).stream().map(r -> Rows.str(r, "d")).toList();
        List<DocumentSummary> list = new ArrayList<>(DocumentSummaries.of(store, iris).values());
        list.sort(Comparator.comparingInt((DocumentSummary d) -> LEVELS.indexOf(d.level() == null ? "" : d.level()) & Integer.MAX_VALUE)
                .thenComparing(DocumentSummary::label));
        return list;
    }

    /**
     * The units that issue plans and the units above them, from the top, then by name; without
     * {@code withCommunes} only units that have units under them (country, provinces, districts).
     */
    public List<Area> areas(boolean withCommunes) {
        Map<String, Area> byIri = new TreeMap<>();
        Set<String> parents = new HashSet<>();
        Rows.select(store, "SELECT DISTINCT ?u WHERE { ?child dg:parentUnit ?u }", Map.of()).forEach(r -> parents.add(Rows.str(r, "u")));
        for (Map<String, Node> r : Rows.select(store, AREAS, Map.of())) {
            if (!withCommunes && !parents.contains(Rows.str(r, "unit"))) {
                continue;
            }
            String iri = Rows.str(r, "unit");
            String label = Rows.str(r, "label");
            int depth = r.get("depth") == null ? 0 : Integer.parseInt(Rows.str(r, "depth"));
            byIri.putIfAbsent(iri, new Area(iri, label == null ? iri : label, depth));
        }
        List<Area> list = new ArrayList<>(byIri.values());
        list.sort(Comparator.comparingInt(Area::depth).thenComparing(Area::label));
        return list;
    }

    /** Whether the store says anything about this IRI. */
    public boolean known(String iri) {
        return !Rows.select(store, ANY_STATEMENT, Map.of("s", NodeFactory.createURI(iri))).isEmpty();
    }

    /** Whether the IRI is an administrative unit of the store. */
    public boolean isUnit(String iri) {
        return !Rows.select(store, UNIT, Map.of("s", NodeFactory.createURI(iri))).isEmpty();
    }

    /** The Vietnamese name of a unit, or the IRI. */
    public String unitLabel(String iri) {
        List<Map<String, Node>> rows = Rows.select(store, UNIT, Map.of("s", NodeFactory.createURI(iri)));
        String label = rows.isEmpty() ? null : Rows.str(rows.get(0), "label");
        return label == null ? iri : label;
    }

    /** Refuses a directive the store knows nothing of. */
    public void requireDocument(String name, String iri) {
        if (!known(iri)) {
            throw new BadReportRequest("Không có văn bản nào với IRI " + iri + " (tham số '" + name + "')",
                    "No document has the IRI " + iri + " (parameter '" + name + "')");
        }
    }

    /** Refuses a unit the store does not have. */
    public void requireUnit(String name, String iri) {
        if (!isUnit(iri)) {
            throw new BadReportRequest("Không có đơn vị hành chính nào với IRI " + iri + " (tham số '" + name + "')",
                    "No administrative unit has the IRI " + iri + " (parameter '" + name + "')");
        }
    }
}
