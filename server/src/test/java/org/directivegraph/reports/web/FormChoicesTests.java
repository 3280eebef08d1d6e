package org.directivegraph.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.report.DocumentSummary;
import org.directivegraph.store.DocumentsChanged;
import org.directivegraph.store.KeptUntilChange;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.Test;

/** The report forms' lists are read once and read again after the store changes, not before. */
class FormChoicesTests {

    private static final String DOC = "https://w3id.org/directivegraph/id/doc/";

    private static Graph implementing(String plan, String directive) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(DOC + plan), DG.implements_.asNode(), NodeFactory.createURI(DOC + directive));
        return g;
    }

    @Test
    void theDirectivesOfferedAreKeptUntilTheStoreChanges() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.putGraph(DOC + "p1/graph", implementing("p1", "d1"));
            FormChoices forms = new FormChoices(store);
            assertThat(forms.directives()).extracting(DocumentSummary::iri).containsExactly(DOC + "d1");

            store.putGraph(DOC + "p2/graph", implementing("p2", "d2"));
            assertThat(forms.directives()).as("kept: no change was announced").extracting(DocumentSummary::iri).containsExactly(DOC + "d1");

            forms.onChange(new DocumentsChanged(this, DOC + "p2"));
            assertThat(forms.directives()).extracting(DocumentSummary::iri).containsExactlyInAnyOrder(DOC + "d1", DOC + "d2");
        }
    }

    @Test
    void aValueComputedWhileTheStoreChangedIsNotKept() {
        KeptUntilChange<String> kept = new KeptUntilChange<>();
        assertThat(kept.get(() -> {
            kept.forget(); // a change arrives while the value is being computed
            return "old";
        })).isEqualTo("old");
        assertThat(kept.get(() -> "new")).isEqualTo("new");
        assertThat(kept.get(() -> "newer")).as("kept once computed without a change").isEqualTo("new");
    }
}
