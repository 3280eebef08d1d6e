package org.directivegraph.publish;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.directivegraph.store.DocumentsChanged;
import org.directivegraph.store.StoreReplaced;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.validate.Finding;
import org.directivegraph.validate.PlanShapes;
import org.springframework.context.event.EventListener;

/**
 * The validation findings of an ingested document: a version of its graph validated with
 * {@link PlanShapes#validateNew} against the rest of the store, through {@link GraphStore#checkAndPut} with a
 * decision that never stores, so the check sees the store as one consistent state. Findings are cached per document
 * graph, for that exact content (a re-ingested version of the same size is another graph), and the whole cache is
 * dropped after every {@link DocumentsChanged}, since a document's findings also depend on the documents it links to.
 * A result computed while a change happened is not kept.
 */
public final class DocumentFindings {

    private static final int MAX_CACHED = 500;

    private record Cached(Graph graph, List<Finding> findings) {
    }

    private final GraphStore store;
    private final PlanShapes shapes;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile long generation;

    /** Findings over this store with the packaged shapes. */
    public DocumentFindings(GraphStore store, PlanShapes shapes) {
        this.store = store;
        this.shapes = shapes;
    }

    /** The findings of the document as it is stored now, or an empty list when it has no graph of its own. */
    public List<Finding> of(String documentIri) {
        return of(documentIri, store.graph(GraphNames.ofDocument(documentIri)));
    }

    /**
     * The findings of this version of the document's graph (read by the caller, with the rest of what it shows),
     * or an empty list when the graph is empty (a reference document, or one deleted since).
     */
    public List<Finding> of(String documentIri, Graph graph) {
        if (graph.isEmpty()) {
            return List.of();
        }
        String graphName = GraphNames.ofDocument(documentIri);
        Cached hit = cache.get(graphName);
        if (hit != null && sameContent(hit.graph(), graph)) {
            return hit.findings();
        }
        long asked = generation;
        List<Finding> findings = store.checkAndPut(graphName, graph,
                others -> new GraphStore.Decision<>(Finding.fromReport(shapes.validateNew(others, graph)), false));
        synchronized (this) {
            if (generation == asked) {
                if (cache.size() >= MAX_CACHED) {
                    cache.clear();
                }
                cache.put(graphName, new Cached(graph, findings));
            }
        }
        return findings;
    }

    private static boolean sameContent(Graph a, Graph b) {
        return a.size() == b.size() && a.find().filterDrop(b::contains).toList().isEmpty();
    }

    /** Whether the document has a graph of its own (an ingested document). */
    public boolean isIngested(String documentIri) {
        return !store.graph(GraphNames.ofDocument(documentIri)).isEmpty();
    }

    /** A document was stored or deleted: findings of any document may have changed. */
    @EventListener
    public synchronized void onChange(DocumentsChanged event) {
        generation++;
        cache.clear();
    }

    /** The whole store was replaced (a restore): no finding kept is still known to hold. */
    @EventListener
    public synchronized void onReplaced(StoreReplaced event) {
        generation++;
        cache.clear();
    }
}
