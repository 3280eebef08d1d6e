package org.directivegraph.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.directivegraph.search.Rows;
import org.directivegraph.store.GraphStore;

/**
 * The preferred labels of the code lists (levels, document types, themes, recurrences …) in every language
 * they have, to show report values in the page's language: the reports carry Vietnamese labels and the IRIs,
 * and {@code labels.label(iri, "en")} gives the English one. Load once (it is small) and reload after the
 * reference data changes.
 */
public final class Labels {

    private static final String QUERY = """
            SELECT ?x ?label WHERE { ?x a skos:Concept ; skos:prefLabel ?label }
            """;

    private final Map<String, Map<String, String>> byIri;

    private Labels(Map<String, Map<String, String>> byIri) {
        this.byIri = byIri;
    }

    /** The labels of every SKOS concept of the store. */
    public static Labels load(GraphStore store) {
        Map<String, Map<String, String>> byIri = new HashMap<>();
        for (Map<String, Node> row : Rows.select(store, QUERY, Map.of())) {
            Node label = row.get("label");
            byIri.computeIfAbsent(Rows.str(row, "x"), k -> new HashMap<>())
                    .merge(label.getLiteralLanguage().toLowerCase(Locale.ROOT), label.getLiteralLexicalForm(),
                            (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return new Labels(byIri);
    }

    /**
     * The label of a concept in {@code lang} ({@code vi}, {@code en}), else in Vietnamese, else any; else
     * {@code fallback}.
     */
    public String label(String iri, String lang, String fallback) {
        Map<String, String> labels = iri == null ? null : byIri.get(iri);
        if (labels == null || labels.isEmpty()) {
            return fallback;
        }
        String l = labels.get(lang == null ? "vi" : lang.toLowerCase(Locale.ROOT));
        if (l == null) {
            l = labels.get("vi");
        }
        return l != null ? l : labels.values().iterator().next();
    }
}
