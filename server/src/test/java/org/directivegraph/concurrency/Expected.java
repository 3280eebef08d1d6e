package org.directivegraph.concurrency;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.directivegraph.vocab.DG;

/**
 * What one version of one document looks like once stored: its graph, and the facts of it that reads check.
 *
 * @param version the version
 * @param documentIri the document
 * @param graph its graph, as the ingester builds it
 * @param title its title
 * @param tasks the IRIs of its tasks
 * @param taskTitles the titles of its tasks
 * @param implemented what it implements
 */
record Expected(Version version, String documentIri, Graph graph, String title, Set<String> tasks, Set<String> taskTitles,
                Set<String> implemented) {

    /** The facts of a version read from its graph. */
    static Expected of(Version version, String documentIri, Graph graph) {
        Node doc = NodeFactory.createURI(documentIri);
        String title = graph.find(doc, DG.title.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList().stream().findFirst().orElseThrow(() -> new IllegalStateException(documentIri + " has no title"));
        Set<String> tasks = new TreeSet<>();
        Set<String> taskTitles = new TreeSet<>();
        graph.find(doc, DG.task.asNode(), Node.ANY).forEachRemaining(t -> {
            tasks.add(t.getObject().getURI());
            graph.find(t.getObject(), DG.title.asNode(), Node.ANY)
                    .forEachRemaining(tt -> taskTitles.add(tt.getObject().getLiteralLexicalForm()));
        });
        Set<String> implemented = new TreeSet<>();
        graph.find(doc, DG.implements_.asNode(), Node.ANY).forEachRemaining(t -> implemented.add(t.getObject().getURI()));
        return new Expected(version, documentIri, graph, title, Set.copyOf(tasks), Set.copyOf(taskTitles), Set.copyOf(implemented));
    }

    /** The number of triples in its graph. */
    long triples() {
        return graph.size();
    }
}
