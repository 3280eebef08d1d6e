package org.directivegraph.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.report.CoverageMatrix;
import org.directivegraph.report.TraceTree;
import org.directivegraph.search.SearchEntry;
import org.directivegraph.search.SearchSource;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.Test;

/**
 * Reports made of several reads (the coverage matrix, the trace, a document's search entries) with a write of the
 * document they show put between every two of their reads, by a real embedded store ({@link InterleavingStore}).
 * Plan P comes in version 1 (two tasks, themes t1 and t2, implements D and E) and version 2 (one task, theme t1,
 * implements D only); the write replaces version 1 by version 2, or deletes P. Whatever the position of the write,
 * the report must show version 1, version 2 or no P: never one version's title with the other's tasks or links.
 */
class InterleavedWriteTests {

    private static final String BASE = GraphNames.BASE + "id/doc/test/";
    private static final String D = BASE + "ct-1";
    private static final String E = BASE + "kh-2";
    private static final String P = BASE + "kh-1";
    private static final String T1 = GraphNames.BASE + "vocab/theme/t1";
    private static final String T2 = GraphNames.BASE + "vocab/theme/t2";

    /** What a report showed of P: its title ("" when it is not there), and its tasks, themes or links. */
    private record Shown(String title, Set<String> parts) {
    }

    @Test
    void theCoverageMatrixShowsOneVersionOfAPlanWhateverWriteComesBetweenItsReads() {
        everyInterleaving(store -> {
            CoverageMatrix.Result m = new CoverageMatrix(store).compute(D, null);
            for (CoverageMatrix.Row row : m.rows()) {
                if (row.plan().iri().equals(P)) {
                    Set<String> covered = new TreeSet<>();
                    for (int c = 0; c < m.columns().size(); c++) {
                        if (row.cells().get(c)) {
                            covered.add(m.columns().get(c).iri());
                        }
                    }
                    return new Shown(row.plan().title(), covered);
                }
            }
            return new Shown("", Set.of());
        }, Map.of(1, new Shown("Kế hoạch phiên bản 1", Set.of(T1, T2)), 2, new Shown("Kế hoạch phiên bản 2", Set.of(T1))));
    }

    @Test
    void theTraceShowsOneVersionOfAPlanWhateverWriteComesBetweenItsReads() {
        everyInterleaving(store -> {
            TraceTree.Trace trace = new TraceTree(store).trace(P);
            Set<String> up = new TreeSet<>();
            trace.up().forEach(n -> up.add(n.document().iri()));
            return new Shown(trace.root().title(), up);
        }, Map.of(1, new Shown("Kế hoạch phiên bản 1", Set.of(D, E)), 2, new Shown("Kế hoạch phiên bản 2", Set.of(D))));
    }

    @Test
    void aDocumentsSearchEntriesAreOneVersionWhateverWriteComesBetweenTheirReads() {
        everyInterleaving(store -> {
            String title = "";
            Set<String> tasks = new TreeSet<>();
            for (SearchEntry e : new SearchSource(store).ofDocument(P)) {
                if (e.iri().equals(P)) {
                    // the label is "number: title"
                    title = e.label().substring(e.label().indexOf("Kế hoạch"));
                } else {
                    tasks.add(e.iri());
                }
            }
            return new Shown(title, tasks);
        }, Map.of(1, new Shown("Kế hoạch phiên bản 1", Set.of(P + "/task/1", P + "/task/2")),
                2, new Shown("Kế hoạch phiên bản 2", Set.of(P + "/task/1"))));
    }

    /**
     * Runs {@code report} with a replacement of P by version 2, then with a deletion of P, before each of its reads in
     * turn, and checks that each time it showed version 1, version 2 or no P.
     */
    private static void everyInterleaving(Function<InterleavingStore, Shown> report, Map<Integer, Shown> versions) {
        Map<String, Consumer<KnowledgeStore>> writes = Map.of(
                "replace", s -> s.putGraph(GraphNames.ofDocument(P), plan(2)),
                "delete", s -> s.deleteGraph(GraphNames.ofDocument(P)));
        Shown absent = new Shown("", Set.of());
        List<String> torn = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, Consumer<KnowledgeStore>> write : writes.entrySet()) {
            for (int k = 1; ; k++) {
                try (InterleavingStore store = new InterleavingStore(seeded(), k, write.getValue())) {
                    Shown shown = report.apply(store);
                    if (!store.wrote()) {
                        assertThat(shown).as("without a write").isEqualTo(versions.get(1));
                        break;
                    }
                    tried++;
                    Shown after = write.getKey().equals("replace") ? versions.get(2) : absent;
                    if (!shown.equals(versions.get(1)) && !shown.equals(after)) {
                        torn.add(write.getKey() + " before read " + k + " of " + store.reads() + ": " + shown);
                    }
                }
            }
        }
        assertThat(tried).as("interleavings tried").isGreaterThan(2);
        assertThat(torn).as("reports that mixed two states of the plan").isEmpty();
    }

    private static KnowledgeStore seeded() {
        KnowledgeStore store = KnowledgeStore.inMemory();
        Graph d = GraphFactory.createDefaultGraph();
        add(d, D, RDF.type.getURI(), uri(DG.Document.getURI()));
        add(d, D, DG.title.getURI(), NodeFactory.createLiteralString("Chỉ thị"));
        add(d, D, DG.theme.getURI(), uri(T1));
        add(d, D, DG.theme.getURI(), uri(T2));
        add(d, E, RDF.type.getURI(), uri(DG.Document.getURI()));
        add(d, E, DG.title.getURI(), NodeFactory.createLiteralString("Kế hoạch cấp trên"));
        add(d, E, DG.implements_.getURI(), uri(D));
        store.putGraphs(Map.of(GraphNames.DOCUMENTS, d, GraphNames.ofDocument(P), plan(1)));
        return store;
    }

    /** Version 1 or 2 of plan P. */
    private static Graph plan(int version) {
        Graph g = GraphFactory.createDefaultGraph();
        add(g, P, RDF.type.getURI(), uri(DG.Plan.getURI()));
        add(g, P, DG.title.getURI(), NodeFactory.createLiteralString("Kế hoạch phiên bản " + version));
        add(g, P, DG.numberAndSymbol.getURI(), NodeFactory.createLiteralString("1/KH-UBND"));
        add(g, P, DG.implements_.getURI(), uri(D));
        if (version == 1) {
            add(g, P, DG.implements_.getURI(), uri(E));
        }
        for (int t = 1; t <= (version == 1 ? 2 : 1); t++) {
            String task = P + "/task/" + t;
            add(g, P, DG.task.getURI(), uri(task));
            add(g, task, RDF.type.getURI(), uri(DG.Task.getURI()));
            add(g, task, DG.title.getURI(), NodeFactory.createLiteralString("Nhiệm vụ " + t));
            add(g, task, DG.theme.getURI(), uri(t == 1 ? T1 : T2));
        }
        return g;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, String s, String p, Node o) {
        g.add(uri(s), uri(p), o);
    }
}
