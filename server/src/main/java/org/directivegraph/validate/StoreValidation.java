package org.directivegraph.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.KnowledgeStore;

/**
 * Validates every document graph of a store, each as {@link PlanShapes#validateNew} would when it was
 * ingested: its subjects are the focus nodes, and everything else in the store (reference data, other
 * documents) is there to resolve references. Reference graphs are not validated as plans.
 */
public final class StoreValidation {

    private final PlanShapes shapes;

    /** Validation with these shapes. */
    public StoreValidation(PlanShapes shapes) {
        this.shapes = shapes;
    }

    /** The findings of each document graph, by graph name, in graph-name order. */
    public Map<String, List<Finding>> validateDocuments(GraphStore store) {
        if (!(store instanceof KnowledgeStore embedded)) {
            // a remote store: each document against the part of the store it refers to
            Map<String, List<Finding>> findings = new LinkedHashMap<>();
            for (String name : store.graphNames()) {
                if (!GraphNames.isReference(name)) {
                    Graph document = store.graph(name);
                    findings.put(name, store.checkAndPut(name, document,
                            others -> new GraphStore.Decision<>(Finding.fromReport(shapes.validateNew(others, document)), false)));
                }
            }
            return findings;
        }
        return embedded.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Graph union = dsg.getUnionGraph();
            Map<String, List<Finding>> findings = new LinkedHashMap<>();
            for (String name : store.graphNames()) {
                if (GraphNames.isReference(name)) {
                    continue;
                }
                Node g = NodeFactory.createURI(name);
                Graph document = dsg.getGraph(g);
                findings.put(name, Finding.fromReport(shapes.validateNew(union, document)));
            }
            return findings;
        });
    }
}
