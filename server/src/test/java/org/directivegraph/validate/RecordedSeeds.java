package org.directivegraph.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.store.SeedPlans;

/**
 * For tests that check the validation record changes no count: an in-memory store with the reference data and the
 * five gold seed plans, each seed graph carrying the validation record an ingest would give it (its findings
 * against the rest of the store, {@link ValidationRecord}). The only difference from a store of the bare gold graphs
 * is the records.
 */
public final class RecordedSeeds {

    private RecordedSeeds() {
    }

    /** A new store of the seeds with their records; the caller closes it. */
    public static KnowledgeStore store() {
        KnowledgeStore store = KnowledgeStore.inMemory();
        ReferenceData.ensureLoaded(store);
        List<SeedPlans.Seed> seeds = SeedPlans.load(store);
        Map<String, List<Finding>> findings = new StoreValidation(PlanShapes.packaged()).validateDocuments(store);
        Map<String, Graph> recorded = new LinkedHashMap<>();
        for (SeedPlans.Seed seed : seeds) {
            Graph g = store.graph(seed.graphName());
            GraphUtil.addInto(g, ValidationRecord.of(seed.documentIri(), findings.get(seed.graphName()), PlanShapes.packaged().version()));
            recorded.put(seed.graphName(), g);
        }
        store.putGraphs(recorded);
        return store;
    }
}
