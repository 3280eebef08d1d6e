package org.directivegraph.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.directivegraph.search.Rows;
import org.directivegraph.store.GraphStore;

/** Reads {@link DocumentSummary summaries} of documents from a store, many in one query. */
public final class DocumentSummaries {

    private static final String QUERY = """
            SELECT ?d ?title ?subject ?number ?type ?typeLabel ?level ?issuerLevel ?levelLabel ?date ?ym ?year
                   ?issuer ?issuerLabel ?issuerText ?unit ?unitLabel ?source ?unresolved
            WHERE {
              OPTIONAL { ?d dg:title ?title }
              OPTIONAL { ?d dg:subject ?subject }
              OPTIONAL { ?d dg:numberAndSymbol ?number }
              OPTIONAL { ?d dg:documentType ?type OPTIONAL { ?type skos:prefLabel ?typeLabel FILTER(LANG(?typeLabel) = "vi") } }
              OPTIONAL { ?d dg:level ?level }
              OPTIONAL { ?d dg:issuer/dg:level ?issuerLevel }
              OPTIONAL { ?d dg:dateIssued ?date }
              OPTIONAL { ?d dg:issuedYearMonth ?ym }
              OPTIONAL { ?d dg:issuedYear ?year }
              OPTIONAL { ?d dg:issuer ?issuer OPTIONAL { ?issuer skos:prefLabel ?issuerLabel FILTER(LANG(?issuerLabel) = "vi") } }
              OPTIONAL { ?d dg:issuerText ?issuerText }
              OPTIONAL { ?d dg:issuingUnit ?unit OPTIONAL { ?unit skos:prefLabel ?unitLabel FILTER(LANG(?unitLabel) = "vi") } }
              OPTIONAL { ?d dg:sourceText ?source }
              OPTIONAL { ?d a ?unresolved FILTER(?unresolved = dg:UnresolvedDocument) }
            }
            """;

    private static final String LEVEL_LABEL = """
            SELECT ?label WHERE { ?level skos:prefLabel ?label FILTER(LANG(?label) = "vi") }
            """;

    /** How citations name documents the store only knows from them (asked once for all such documents). */
    private static final String CITED_AS = """
            SELECT ?d ?text WHERE { ?c dg:citedDocument ?d ; dg:citationText ?text }
            """;

    private DocumentSummaries() {
    }

    /** Summaries of these documents, in the order given (duplicates once); unknown IRIs get a bare summary. */
    public static Map<String, DocumentSummary> of(GraphStore store, Collection<String> iris) {
        Map<String, DocumentSummary> result = new LinkedHashMap<>();
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(iris));
        if (distinct.isEmpty()) {
            return result;
        }
        List<Node> nodes = distinct.stream().map(NodeFactory::createURI).toList();
        Map<String, List<Map<String, Node>>> byDoc = new HashMap<>();
        for (Map<String, Node> row : Rows.select(store, Rows.withValues(QUERY, "d", nodes), Map.of())) {
            byDoc.computeIfAbsent(Rows.str(row, "d"), k -> new ArrayList<>()).add(row);
        }
        Map<String, String> citedAs = citedAs(store, distinct.stream()
                .filter(iri -> untitledUnresolved(byDoc.getOrDefault(iri, List.of()))).toList());
        Map<String, String> levelLabels = new HashMap<>();
        for (String iri : distinct) {
            List<Map<String, Node>> rows = byDoc.getOrDefault(iri, List.of());
            result.put(iri, summary(store, iri, rows, citedAs, levelLabels));
        }
        return result;
    }

    /** The summary of one document. */
    public static DocumentSummary of(GraphStore store, String iri) {
        return of(store, List.of(iri)).get(iri);
    }

    private static boolean untitledUnresolved(List<Map<String, Node>> rows) {
        return first(rows, "title") == null && first(rows, "subject") == null && first(rows, "unresolved") != null;
    }

    /**
     * For each of these documents, the shortest text a citation names it by (the first in code-point order among
     * equals), in one query: a list of thousands of documents made one query per unresolved document before.
     */
    private static Map<String, String> citedAs(GraphStore store, List<String> iris) {
        Map<String, String> shortest = new HashMap<>();
        if (iris.isEmpty()) {
            return shortest;
        }
        Comparator<String> order = Comparator.comparingInt((String t) -> t.codePointCount(0, t.length()))
                .thenComparing(Comparator.naturalOrder());
        List<Node> nodes = iris.stream().map(NodeFactory::createURI).toList();
        for (Map<String, Node> row : Rows.select(store, Rows.withValues(CITED_AS, "d", nodes), Map.of())) {
            String text = Rows.str(row, "text");
            if (text != null) {
                shortest.merge(Rows.str(row, "d"), text, (a, b) -> order.compare(a, b) <= 0 ? a : b);
            }
        }
        return shortest;
    }

    private static DocumentSummary summary(GraphStore store, String iri, List<Map<String, Node>> rows,
                                           Map<String, String> citedAs, Map<String, String> levelLabels) {
        String title = first(rows, "title");
        if (title == null) {
            title = first(rows, "subject");
        }
        boolean resolved = first(rows, "unresolved") == null;
        if (title == null && !resolved) {
            title = citedAs.get(iri);
        }
        String level = first(rows, "level") != null ? first(rows, "level") : first(rows, "issuerLevel");
        String levelLabel = level == null ? "" : levelLabels.computeIfAbsent(level, l -> {
            List<Map<String, Node>> r = Rows.select(store, LEVEL_LABEL, Map.of("level", NodeFactory.createURI(l)));
            return r.isEmpty() ? "" : Rows.str(r.get(0), "label");
        });
        String date = first(rows, "date") != null ? first(rows, "date")
                : first(rows, "ym") != null ? first(rows, "ym") : nz(first(rows, "year"));
        String issuerLabel = first(rows, "issuerLabel") != null ? first(rows, "issuerLabel") : nz(first(rows, "issuerText"));
        return new DocumentSummary(iri, nz(title), nz(first(rows, "number")), first(rows, "type"),
                nz(first(rows, "typeLabel")), level, levelLabel, date, first(rows, "issuer"), issuerLabel,
                first(rows, "unit"), nz(first(rows, "unitLabel")), first(rows, "source") != null, resolved);
    }

    private static String first(List<Map<String, Node>> rows, String var) {
        return rows.stream().map(r -> Rows.str(r, var)).filter(Objects::nonNull).sorted().findFirst().orElse(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
