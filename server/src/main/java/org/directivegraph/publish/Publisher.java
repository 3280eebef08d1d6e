package org.directivegraph.publish;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.vocab.DG;

/**
 * What each published URL shows, independent of HTTP: the description of a resource under the base (with the page
 * of a document or of any other resource), the ontology and its dated version, the shapes, and the dataset
 * description.
 */
public final class Publisher {

    private final GraphStore store;
    private final Describer describer;
    private final Trace trace;
    private final DocumentFindings findings;
    private final TermLabels terms;
    private final DatasetDescription dataset;
    private final Backlinks backlinks;

    /** Publishes this store; findings come from {@code findings}. */
    public Publisher(GraphStore store, DocumentFindings findings) {
        this.store = store;
        this.describer = new Describer(store);
        this.trace = new Trace(store);
        this.findings = findings;
        this.terms = new TermLabels(store);
        this.dataset = new DatasetDescription(store);
        this.backlinks = new Backlinks(store);
    }

    /**
     * The description and page of {@code iri}, or empty when the store says nothing about it. The description and,
     * for a document, its own graph and trace are read in one state of the store ({@link GraphStore#snapshot}), so
     * the page shows one version of the document; its findings are those of that version of its graph.
     */
    public Optional<View> resource(String iri, String path) {
        return store.snapshot(() -> {
            Graph graph = describer.describe(iri);
            if (graph.isEmpty()) {
                return Optional.<View>empty();
            }
            Labels labels = new Labels(graph);
            if (DocumentPage.isDocument(labels, NodeFactory.createURI(iri))) {
                Graph own = store.graph(GraphNames.ofDocument(iri));
                List<Trace.Link> up = trace.up(iri);
                List<Trace.Link> down = trace.down(iri);
                return Optional.of(new View(graph, () -> documentPage(iri, labels, own, up, down, path)));
            }
            return Optional.of(new View(graph, () -> new ResourcePage(terms).render(iri, labels, backlinks.to(iri), path)));
        });
    }

    private String documentPage(String iri, Labels labels, Graph own, List<Trace.Link> up, List<Trace.Link> down, String path) {
        boolean ingested = !own.isEmpty();
        var extras = new DocumentPage.Extras(up, down, ingested ? findings.of(iri, own) : List.of(), ingested);
        return new DocumentPage(terms).render(iri, labels, extras, path);
    }

    /** The ontology; with a version, only if it is the loaded ontology's version IRI. */
    public Optional<View> ontology(String version, String path) {
        Graph graph = store.graph(GraphNames.ONTOLOGY);
        if (graph.isEmpty()) {
            return Optional.empty();
        }
        if (version != null) {
            Node versionIri = NodeFactory.createURI(DG.ONTOLOGY + "/" + version);
            if (!graph.contains(NodeFactory.createURI(DG.ONTOLOGY), OWL.versionIRI.asNode(), versionIri)) {
                return Optional.empty();
            }
        }
        return Optional.of(new View(graph, () -> new OntologyPage().render(graph, path)));
    }

    /** The shapes graph. */
    public Optional<View> shapes(String path) {
        Graph graph = store.graph(GraphNames.SHAPES);
        return graph.isEmpty() ? Optional.empty() : Optional.of(new View(graph, () -> new ShapesPage().render(graph, path)));
    }

    /** The dataset description; {@code publicUrl} is where this server is reached. */
    public View dataset(String publicUrl, String path) {
        Graph graph = dataset.describe(publicUrl);
        return new View(graph, () -> new ResourcePage(terms).render(DatasetDescription.DATASET, new Labels(graph), path));
    }
}
