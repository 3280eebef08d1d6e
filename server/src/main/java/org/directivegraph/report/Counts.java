package org.directivegraph.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.directivegraph.search.Rows;
import org.directivegraph.store.GraphStore;
import org.directivegraph.validate.Finding.Severity;

/**
 * The figures of the home page: ingested documents by level and by type, how many documents the store knows
 * (ingested and reference), the units covered (issuing units of ingested plans), open findings by severity
 * and the latest ingested documents. The store records no ingest time, so "latest" is by document date.
 *
 * <pre>
 * Counts.Result c = new Counts(store).compute(qualityResult, 10);   // qualityResult may be null
 * </pre>
 */
public final class Counts {

    private static final String INGESTED = """
            SELECT ?d ?level ?issuerLevel ?type ?unit ?plan WHERE {
              ?d dg:sourceText ?source .
              OPTIONAL { ?d dg:level ?level }
              OPTIONAL { ?d dg:issuer/dg:level ?issuerLevel }
              OPTIONAL { ?d dg:documentType ?type }
              OPTIONAL { ?d dg:issuingUnit ?unit }
              OPTIONAL { ?d a ?plan FILTER(?plan = dg:Plan) }
            }
            """;

    private static final String KNOWN = """
            SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { VALUES ?c { dg:Document dg:Plan } ?d a ?c }
            """;

    private static final String LABELS = """
            SELECT ?x ?label WHERE { VALUES ?scheme { <https://w3id.org/directivegraph/vocab/level>
                                                     <https://w3id.org/directivegraph/vocab/doc-type> }
              ?x skos:inScheme ?scheme ; skos:prefLabel ?label FILTER(LANG(?label) = "vi") }
            """;

    /** A value counted: its IRI, label and count. */
    public record Count(String iri, String label, long count) {
    }

    /**
     * The figures.
     *
     * @param ingestedDocuments documents whose text was ingested
     * @param knownDocuments    every identified document in the store (ingested and reference)
     * @param byLevel           ingested documents by level, most first
     * @param byType            ingested documents by type, most first
     * @param unitsCovered      distinct issuing units of ingested plans
     * @param openFindings      findings by severity ({@code null} values when no quality result was given)
     * @param latest            the latest ingested documents, newest first
     */
    public record Result(long ingestedDocuments, long knownDocuments, List<Count> byLevel, List<Count> byType,
                         long unitsCovered, Map<Severity, Long> openFindings, List<DocumentSummary> latest) {

        /** The figures as a table: figure, key, label, count. */
        public Table table() {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("ingested documents", "", "", Long.toString(ingestedDocuments)));
            rows.add(List.of("known documents", "", "", Long.toString(knownDocuments)));
            byLevel.forEach(c -> rows.add(List.of("documents by level", c.iri(), c.label(), Long.toString(c.count()))));
            byType.forEach(c -> rows.add(List.of("documents by type", c.iri(), c.label(), Long.toString(c.count()))));
            rows.add(List.of("units covered", "", "", Long.toString(unitsCovered)));
            openFindings.forEach((s, n) -> rows.add(List.of("open findings", s.name().toLowerCase(), "",
                    n == null ? "" : Long.toString(n))));
            return new Table("Counts", List.of("figure", "key", "label", "count"), rows);
        }
    }

    private final GraphStore store;

    /** Counts over this store. */
    public Counts(GraphStore store) {
        this.store = store;
    }

    /**
     * Computes the figures.
     *
     * @param quality a quality result for the open findings, or {@code null} to leave them unknown
     * @param latest  how many latest documents to list
     */
    public Result compute(QualityReport.Result quality, int latest) {
        Map<String, String> labels = new LinkedHashMap<>();
        Rows.select(store, LABELS, Map.of()).forEach(r -> labels.put(Rows.str(r, "x"), Rows.str(r, "label")));
        Map<String, List<Map<String, Node>>> byDoc = new LinkedHashMap<>();
        Rows.select(store, INGESTED, Map.of()).forEach(r -> byDoc.computeIfAbsent(Rows.str(r, "d"), k -> new ArrayList<>()).add(r));
        Map<String, Long> levels = new LinkedHashMap<>();
        Map<String, Long> types = new LinkedHashMap<>();
        java.util.Set<String> units = new java.util.TreeSet<>();
        byDoc.forEach((d, rows) -> {
            String level = first(rows, "level") != null ? first(rows, "level") : first(rows, "issuerLevel");
            levels.merge(level == null ? "" : level, 1L, Long::sum);
            String type = first(rows, "type");
            types.merge(type == null ? "" : type, 1L, Long::sum);
            if (first(rows, "plan") != null && first(rows, "unit") != null) {
                units.add(first(rows, "unit"));
            }
        });
        long known = Long.parseLong(Rows.str(Rows.select(store, KNOWN, Map.of()).get(0), "n"));
        Map<Severity, Long> findings = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            findings.put(s, quality == null ? null : quality.countBySeverity().get(s));
        }
        List<DocumentSummary> newest = DocumentSummaries.of(store, byDoc.keySet()).values().stream()
                .sorted(Comparator.comparing(DocumentSummary::date).reversed().thenComparing(DocumentSummary::iri))
                .limit(Math.max(0, latest)).toList();
        return new Result(byDoc.size(), known, counts(levels, labels), counts(types, labels), units.size(), findings, newest);
    }

    private static List<Count> counts(Map<String, Long> counts, Map<String, String> labels) {
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::iri)).toList();
    }

    private static String first(List<Map<String, Node>> rows, String var) {
        return rows.stream().map(r -> Rows.str(r, var)).filter(v -> v != null).sorted().findFirst().orElse(null);
    }
}
