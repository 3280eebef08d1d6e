package org.directivegraph.publish;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.validate.Finding;
import org.directivegraph.validate.PlanShapes;

/**
 * The validation findings of an ingested document: its graph validated with {@link PlanShapes#validateNew}
 * against the rest of the store, through {@link GraphStore#checkAndPut} with a decision that never stores, so the
 * check sees the store as one consistent state. Findings are cached per document graph and recomputed when the
 * graph's size changes (a re-ingested document).
 */
public final class DocumentFindings {

    private static final int MAX_CACHED = 500;

    private record Cached(long size, List<Finding> findings) {
    }

    private final GraphStore store;
    private final PlanShapes shapes;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** Findings over this store with the packaged shapes. */
    public DocumentFindings(GraphStore store, PlanShapes shapes) {
        this.store = store;
        this.shapes = shapes;
    }

    /** The findings of the document, or an empty list when it has no graph of its own (reference documents). */
    public List<Finding> of(String documentIri) {
        String graphName = GraphNames.ofDocument(documentIri);
        Graph graph = store.graph(graphName);
        if (graph.isEmpty()) {
            return List.of();
        }
        Cached hit = cache.get(graphName);
        if (hit != null && hit.size() == graph.size()) {
            return hit.findings();
        }
        List<Finding> findings = store.checkAndPut(graphName, graph,
                others -> new GraphStore.Decision<>(Finding.fromReport(shapes.validateNew(others, graph)), false));
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(graphName, new Cached(graph.size(), findings));
        return findings;
    }

    /** Whether the document has a graph of its own (an ingested document). */
    public boolean isIngested(String documentIri) {
        return !store.graph(GraphNames.ofDocument(documentIri)).isEmpty();
    }
}
