package org.directivegraph.api;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.validate.PlanShapes;
import org.directivegraph.vocab.DG;

/**
 * Validates uploaded RDF against the shapes, with the store as context, without storing anything. When the
 * upload describes a document already in the store, its stored version is left out of the context, as when a
 * new version is ingested.
 */
public final class UploadValidation {

    private final GraphStore store;
    private final PlanShapes shapes;

    /** Validation against {@code store} with {@code shapes}. */
    public UploadValidation(GraphStore store, PlanShapes shapes) {
        this.store = store;
        this.shapes = shapes;
    }

    /** The report on {@code graph}'s nodes. */
    public ValidationReport validate(Graph graph) {
        return store.checkAndPut(graphName(graph), graph, others -> new GraphStore.Decision<>(shapes.validateNew(others, graph), false));
    }

    /** The graph the upload would replace: the stored graph of a document it describes, else a name no graph has. */
    private String graphName(Graph graph) {
        Set<String> stored = new HashSet<>(store.graphNames());
        return graph.find(Node.ANY, DG.documentType.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getSubject())
                .filter(Node::isURI)
                .map(s -> GraphNames.ofDocument(s.getURI()))
                .filter(stored::contains)
                .findFirst()
                .orElse(GraphNames.BASE + "graph/validation/" + UUID.randomUUID());
    }
}
