package org.directivegraph.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A store the application takes as up to date (it holds the packaged reference data's fingerprint) but without the
 * 300,000 quads of the administrative units: for tests that start their own application or copy a store around and
 * must stay quick. Ingest still resolves units (from the packaged data); only shapes that follow the unit hierarchy
 * in the store find less, so such tests ingest with {@code force=true}.
 */
public final class SmallReferenceStore {

    private SmallReferenceStore() {
    }

    /** Creates the store in {@code folder}. */
    public static void create(Path folder) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        ReferenceData.SOURCES.forEach((name, pattern) -> {
            if (!name.equals(GraphNames.UNITS)) {
                graphs.put(name, PackagedData.graph(pattern));
            }
        });
        Graph meta = GraphFactory.createDefaultGraph();
        meta.add(Triple.create(NodeFactory.createURI(GraphNames.META),
                NodeFactory.createURI(GraphNames.BASE + "ontology#referenceDataFingerprint"),
                NodeFactory.createLiteralString(ReferenceData.fingerprint())));
        graphs.put(GraphNames.META, meta);
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(folder, 0)) {
            ks.putGraphs(graphs);
            if (ReferenceData.ensureLoaded(ks).loaded()) {
                throw new IllegalStateException("the small store's fingerprint is not the packaged one");
            }
        }
    }
}
