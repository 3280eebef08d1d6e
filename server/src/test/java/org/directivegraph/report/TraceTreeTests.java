package org.directivegraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.Test;

/** Trace trees over the seeds, checked against SPARQL property paths over the same store. */
class TraceTreeTests {

    static void collect(List<TraceTree.Node> nodes, Set<String> into) {
        for (TraceTree.Node n : nodes) {
            into.add(n.document().iri());
            collect(n.children(), into);
        }
    }

    @Test
    void upFromACommunePlanReachesEveryImplementedDocumentWithEvidence() {
        String plan = ReportStore.seed("/10981/");
        TraceTree.Trace trace = new TraceTree(ReportStore.get()).trace(plan);
        Set<String> up = new HashSet<>();
        collect(trace.up(), up);
        List<String> expected = ReportStore.column("SELECT DISTINCT ?x WHERE { ?p dg:implements+ ?x }", "x",
                Map.of("p", NodeFactory.createURI(plan)));
        assertThat(up).containsExactlyInAnyOrderElementsOf(expected);
        // the Central documents it reaches, with their level and the citation that says it
        List<String> central = ReportStore.column("""
                SELECT DISTINCT ?x WHERE { ?p dg:implements+ ?x . ?x dg:level <https://w3id.org/directivegraph/vocab/level/central> }""",
                "x", Map.of("p", NodeFactory.createURI(plan)));
        assertThat(central).isNotEmpty();
        for (String c : central) {
            TraceTree.Node node = trace.up().stream().filter(n -> n.document().iri().equals(c)).findFirst().orElseThrow();
            assertThat(node.document().levelLabel()).isEqualTo("Trung ương");
            String number = node.document().number();
            assertThat(node.link().citationText()).contains(number);
            assertThat(node.link().evidenceText()).isNotBlank();
        }
        assertThat(trace.root().iri()).isEqualTo(plan);
        assertThat(trace.root().unitLabel()).contains("Thái");
        assertThat(trace.truncated()).isFalse();
    }

    @Test
    void downFromChiThi33ListsEveryPlanImplementingIt() {
        String ct33 = ReportStore.column("SELECT ?d WHERE { ?d dg:numberAndSymbol \"33/CT-TTg\" }", "d", Map.of()).get(0);
        TraceTree.Trace trace = new TraceTree(ReportStore.get()).trace(ct33);
        Set<String> down = new HashSet<>();
        collect(trace.down(), down);
        List<String> expected = ReportStore.column("SELECT DISTINCT ?x WHERE { ?x dg:implements+ ?d }", "x",
                Map.of("d", NodeFactory.createURI(ct33)));
        assertThat(down).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(trace.up()).isEmpty();
        Table table = trace.table();
        int nodes = countNodes(trace.down()) + 1;
        assertThat(table.rows()).hasSize(nodes);
        assertThat(table.rows().get(0).get(2)).isEqualTo(ct33);
    }

    static int countNodes(List<TraceTree.Node> nodes) {
        return nodes.stream().mapToInt(n -> 1 + countNodes(n.children())).sum();
    }

    @Test
    void cyclesAreCut() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            String base = "https://example.org/doc/";
            Graph g = GraphFactory.createDefaultGraph();
            g.add(Triple.create(NodeFactory.createURI(base + "a"), DG.implements_.asNode(), NodeFactory.createURI(base + "b")));
            g.add(Triple.create(NodeFactory.createURI(base + "b"), DG.implements_.asNode(), NodeFactory.createURI(base + "c")));
            g.add(Triple.create(NodeFactory.createURI(base + "c"), DG.implements_.asNode(), NodeFactory.createURI(base + "a")));
            store.putGraph(base + "g", g);
            TraceTree.Trace trace = new TraceTree(store).trace(base + "a");
            // a -> b -> c -> (a: cut)
            TraceTree.Node b = trace.up().get(0);
            TraceTree.Node c = b.children().get(0);
            TraceTree.Node back = c.children().get(0);
            assertThat(List.of(b.document().iri(), c.document().iri(), back.document().iri()))
                    .containsExactly(base + "b", base + "c", base + "a");
            assertThat(back.cycle()).isTrue();
            assertThat(back.children()).isEmpty();
            assertThat(b.cycle()).isFalse();
            // down: c implements a, b implements c, a (cut)
            assertThat(trace.down().get(0).document().iri()).isEqualTo(base + "c");
            assertThat(trace.down().get(0).children().get(0).children().get(0).cycle()).isTrue();
        }
    }
}
