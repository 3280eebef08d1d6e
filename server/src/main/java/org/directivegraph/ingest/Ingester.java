package org.directivegraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Extraction;
import org.directivegraph.extract.Extractor;
import org.directivegraph.resolve.ReferenceIndex;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.PackagedData;
import org.directivegraph.units.UnitDirectory;
import org.directivegraph.validate.Finding;
import org.directivegraph.validate.PlanShapes;

/**
 * Ingests one document: extract, resolve, validate with the shapes against the rest of the store, and store
 * it as its own named graph in one transaction, replacing an earlier version. Violations refuse the commit
 * unless forced; nothing is written when anything fails.
 */
public final class Ingester {

    /** The outcome of one ingest. */
    public record Result(String file, String documentIri, boolean stored, long triples, List<Finding> findings,
                         List<String> warnings, String refusal) {

        /** Findings of severity violation. */
        public long violations() {
            return findings.stream().filter(f -> f.severity() == Finding.Severity.VIOLATION).count();
        }
    }

    private final KnowledgeStore store;
    private final DocumentGraphBuilder builder;
    private final PlanShapes shapes;
    private final Extractor extractor = new Extractor();

    /** An ingester into {@code store}; loads units, shapes and theme keywords from the packaged data. */
    public Ingester(KnowledgeStore store) {
        this.store = store;
        UnitDirectory units = UnitDirectory.load(PackagedData.graph("data/units/*.ttl.gz"));
        Graph known = store.read(ds -> {
            Graph g = GraphFactory.createDefaultGraph();
            ds.asDatasetGraph().getUnionGraph().find(Node.ANY, org.directivegraph.vocab.DG.documentType.asNode(), Node.ANY)
                    .forEachRemaining(t -> ds.asDatasetGraph().getUnionGraph().find(t.getSubject(), Node.ANY, Node.ANY).forEachRemaining(g::add));
            return g;
        });
        // the reference bodies and documents, and every document already in the store, are known to resolution
        this.builder = new DocumentGraphBuilder(ReferenceIndex.of(units, PackagedData.graph("data/bodies/*.ttl"), known),
                ThemeKeywords.packaged());
        this.shapes = PlanShapes.packaged();
    }

    /** A graph builder over the packaged reference data alone (no store), for extracting without ingesting. */
    public static DocumentGraphBuilder standaloneBuilder() {
        return new DocumentGraphBuilder(ReferenceIndex.packaged(), ThemeKeywords.packaged());
    }

    /** Extracts and builds the graph of a text without storing it. */
    public DocumentGraphBuilder.Built extract(DocumentText text) {
        Extraction e = extractor.extract(text);
        DocumentGraphBuilder.Built built = builder.build(e);
        List<String> warnings = new ArrayList<>(e.warnings());
        warnings.addAll(built.warnings());
        return new DocumentGraphBuilder.Built(built.documentIri(), built.model(), built.issuer(), warnings);
    }

    /** Ingests a file; {@code force} stores it even with violations. */
    public Result ingest(Path file, boolean force) {
        DocumentText text;
        try {
            text = TextFiles.read(file, TextFiles.DEFAULT_MAX_BYTES);
        } catch (TextFiles.UnreadableFileException e) {
            return new Result(file.toString(), null, false, 0, List.of(), List.of(), e.getMessage());
        }
        var notVietnamese = org.directivegraph.extract.LanguageCheck.notVietnamese(text);
        if (notVietnamese.isPresent() && !force) {
            return new Result(file.toString(), null, false, 0, List.of(), List.of(), notVietnamese.get() + " (use --force to store anyway)");
        }
        DocumentGraphBuilder.Built built = extract(text);
        Graph graph = built.model().getGraph();
        String graphName = GraphNames.ofDocument(built.documentIri());
        return store.write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Node g = NodeFactory.createURI(graphName);
            // the rest of the store as a view: every named graph but this document's earlier version
            org.apache.jena.graph.compose.MultiUnion others = new org.apache.jena.graph.compose.MultiUnion();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (!n.equals(g)) {
                    others.addGraph(dsg.getGraph(n));
                }
            });
            List<Finding> findings = Finding.fromReport(shapes.validateNew(others, graph));
            long violations = findings.stream().filter(f -> f.severity() == Finding.Severity.VIOLATION).count();
            if (violations > 0 && !force) {
                String which = findings.stream().filter(f -> f.severity() == Finding.Severity.VIOLATION)
                        .map(f -> f.shapeName() + " (" + f.message("en") + ")").distinct()
                        .collect(java.util.stream.Collectors.joining("; "));
                return new Result(file.toString(), built.documentIri(), false, graph.size(), findings, built.warnings(),
                        violations + " violation(s) of the shapes, not stored (use --force to store anyway): " + which);
            }
            KnowledgeStore.replaceGraphInTxn(dsg, graphName, graph);
            return new Result(file.toString(), built.documentIri(), true, graph.size(), findings, built.warnings(), null);
        });
    }
}
