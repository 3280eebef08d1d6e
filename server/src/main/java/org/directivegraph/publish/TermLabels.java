package org.directivegraph.publish;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;

/**
 * The labels of the ontology's properties and classes and of the vocabularies' concepts, read once from the
 * store's reference graphs, for the headings of property tables.
 */
public final class TermLabels {

    private final GraphStore store;
    private volatile Labels labels;

    /** Labels read from this store's ontology and vocabulary graphs on first use. */
    public TermLabels(GraphStore store) {
        this.store = store;
    }

    /** Labels over the ontology and the vocabularies. */
    public Labels labels() {
        Labels l = labels;
        if (l == null) {
            Graph union = new MultiUnion(new Graph[] {store.graph(GraphNames.ONTOLOGY), store.graph(GraphNames.VOCABULARIES)});
            l = new Labels(union);
            labels = l;
        }
        return l;
    }

    /** The Vietnamese label of a term, with the English one after a slash when there is one. */
    public String of(Node term) {
        Labels l = labels();
        return l.display(term) + l.english(term).map(en -> " / " + en).orElse("");
    }
}
