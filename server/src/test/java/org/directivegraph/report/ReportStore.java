package org.directivegraph.report;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.directivegraph.search.Rows;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.store.SeedPlans;

/**
 * One in-memory TDB2 store with the reference data and the five seed plans, loaded on first use and shared
 * by the report tests (read only: tests that write use their own store).
 */
final class ReportStore {

    private static KnowledgeStore store;
    private static List<SeedPlans.Seed> seeds;

    private ReportStore() {
    }

    static synchronized KnowledgeStore get() {
        if (store == null) {
            store = KnowledgeStore.inMemory();
            ReferenceData.ensureLoaded(store);
            seeds = SeedPlans.load(store);
        }
        return store;
    }

    static List<SeedPlans.Seed> seeds() {
        get();
        return seeds;
    }

    /** The seed whose IRI contains this text. */
    static String seed(String part) {
        return seeds().stream().map(SeedPlans.Seed::documentIri).filter(i -> i.contains(part)).findFirst().orElseThrow();
    }

    /** The values of one variable of a query over the shared store. */
    static List<String> column(String query, String variable, Map<String, Node> bindings) {
        return Rows.select(get(), query, bindings).stream().map(r -> Rows.str(r, variable)).toList();
    }
}
