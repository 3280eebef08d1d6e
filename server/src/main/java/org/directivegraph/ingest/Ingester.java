package org.directivegraph.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Extraction;
import org.directivegraph.extract.Extractor;
import org.directivegraph.extract.source.DocumentReader;
import org.directivegraph.extract.source.ReadResult;
import org.directivegraph.extract.source.UnreadableDocumentException;
import org.directivegraph.extract.source.VietnameseCheck;
import org.directivegraph.resolve.ReferenceIndex;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.PackagedData;
import org.directivegraph.units.UnitDirectory;
import org.directivegraph.validate.Finding;
import org.directivegraph.validate.PlanShapes;
import org.directivegraph.validate.ValidationRecord;
import org.directivegraph.vocab.DG;

/**
 * Ingests one document: read the file safely, extract, resolve, validate with the shapes against the rest of
 * the store, and store it as its own named graph, with the record of that validation
 * ({@link ValidationRecord}), in one atomic write, replacing an earlier version.
 * Violations refuse the commit unless forced; nothing is written when anything fails.
 */
public final class Ingester {

    /**
     * The outcome of one ingest.
     *
     * @param file the file's name
     * @param documentIri the document extracted, or {@code null} when the file could not be read
     * @param stored whether it is now in the store
     * @param triples the size of its graph (with its validation record when stored)
     * @param findings the SHACL findings on it
     * @param warnings what extraction and resolution want a reader to check
     * @param refusal why it was not stored, or {@code null}
     * @param graph the document's graph as stored, with its validation record; as extracted when not stored (empty
     *     when the file could not be read)
     */
    public record Result(String file, String documentIri, boolean stored, long triples, List<Finding> findings,
                         List<String> warnings, String refusal, Graph graph) {

        /** Findings of severity violation. */
        public long violations() {
            return findings.stream().filter(f -> f.severity() == Finding.Severity.VIOLATION).count();
        }

        /** Whether the document could be read at all (else {@link #refusal()} says why). */
        public boolean readable() {
            return documentIri != null;
        }
    }

    private final GraphStore store;
    private final UnitDirectory units;
    private final Graph bodies;
    private volatile ReferenceIndex index;
    private volatile DocumentGraphBuilder builder;
    private final PlanShapes shapes;
    private final DocumentReader reader;
    private final Extractor extractor = new Extractor();

    /** An ingester into {@code store} with the default reading limits. */
    public Ingester(GraphStore store) {
        this(store, new DocumentReader());
    }

    /** An ingester into {@code store}; loads units, shapes and theme keywords from the packaged data. */
    public Ingester(GraphStore store, DocumentReader reader) {
        this.store = store;
        this.reader = reader;
        this.units = UnitDirectory.load(PackagedData.graph("data/units/*.ttl.gz"));
        this.bodies = PackagedData.graph("data/bodies/*.ttl");
        // the reference bodies and documents, and every document already in the store, are known to resolution
        this.index = ReferenceIndex.of(units, bodies, knownDocuments(store));
        this.builder = new DocumentGraphBuilder(index, ThemeKeywords.packaged());
        this.shapes = PlanShapes.packaged();
    }

    /**
     * Makes a stored document known to the resolution of the next ones, so that a plan ingested after the plan
     * it cites links to it.
     */
    private synchronized void learn(Graph stored) {
        index.learn(stored);
    }

    /**
     * Forgets the documents learnt so far and reads them again from the store, after its whole content was replaced
     * (a restore from a backup).
     */
    public synchronized void reloadKnownDocuments() {
        index = ReferenceIndex.of(units, bodies, knownDocuments(store));
        builder = new DocumentGraphBuilder(index, ThemeKeywords.packaged());
    }

    private static Graph knownDocuments(GraphStore store) {
        return store.query(KNOWN_DOCUMENTS, Map.of(), QueryExec::construct);
    }

    /**
     * What resolution reads of each stored document ({@code ReferenceIndex}: type, number and symbol, date, issuer,
     * unit, title); asking for every statement of every document read the tasks, themes and text spans of each plan
     * too, most of the Ingester's start at national size.
     */
    private static final Query KNOWN_DOCUMENTS = QueryFactory.create("CONSTRUCT { ?d ?p ?o } WHERE { ?d <"
            + DG.documentType.getURI() + "> ?t . VALUES ?p { " + java.util.stream.Stream.of(DG.documentType, DG.dateIssued,
                    DG.issuedYear, DG.issuer, DG.numberAndSymbol, DG.documentNumber, DG.symbol, DG.issuingUnit, DG.title)
                    .map(p -> "<" + p.getURI() + ">").collect(Collectors.joining(" ")) + " } ?d ?p ?o }");

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

    /** Ingests a file; {@code force} stores it even with violations or when it does not look Vietnamese. */
    public Result ingest(Path file, boolean force) {
        ReadResult read;
        try {
            read = reader.readWithReport(file);
        } catch (UnreadableDocumentException e) {
            return unreadable(file.toString(), e);
        }
        return ingest(file.toString(), read, force, true);
    }

    /**
     * Reads a document from a stream (an upload) and ingests it, or only checks it when {@code commit} is false.
     *
     * @param fileName the name it was sent with; its extension is a hint, the content decides the format
     */
    public Result ingest(String fileName, InputStream in, boolean force, boolean commit) {
        ReadResult read;
        try {
            read = reader.readWithReport(fileName, in);
        } catch (UnreadableDocumentException e) {
            return unreadable(fileName, e);
        }
        return ingest(fileName, read, force, commit);
    }

    private static Result unreadable(String file, UnreadableDocumentException e) {
        return new Result(file, null, false, 0, List.of(), List.of(), e.getMessage(), GraphFactory.createDefaultGraph());
    }

    private Result ingest(String file, ReadResult read, boolean force, boolean commit) {
        DocumentText text = read.text();
        VietnameseCheck.Result language = VietnameseCheck.check(text);
        if (!language.isVietnamese() && !force) {
            return new Result(file, null, false, 0, List.of(), read.notes(),
                    text.fileName() + " " + language.reason() + " (use --force to store anyway)", GraphFactory.createDefaultGraph());
        }
        DocumentGraphBuilder.Built built = extract(text);
        Graph graph = built.model().getGraph();
        List<String> warnings = new ArrayList<>(read.notes());
        language.warning(text.fileName()).ifPresent(warnings::add);
        warnings.addAll(built.warnings());
        String graphName = GraphNames.ofDocument(built.documentIri());
        Result result = store.checkAndPut(graphName, graph, others -> {
            List<Finding> findings = Finding.fromReport(shapes.validateNew(others, graph));
            long violations = findings.stream().filter(f -> f.severity() == Finding.Severity.VIOLATION).count();
            if (violations > 0 && !force) {
                String which = findings.stream().filter(f -> f.severity() == Finding.Severity.VIOLATION)
                        .map(f -> f.shapeName() + " (" + f.message("en") + ")").distinct()
                        .collect(Collectors.joining("; "));
                return new GraphStore.Decision<>(new Result(file, built.documentIri(), false, graph.size(), findings, warnings,
                        violations + " violation(s) of the shapes, not stored (use --force to store anyway): " + which, graph), false);
            }
            if (!commit) {
                return new GraphStore.Decision<>(new Result(file, built.documentIri(), false, graph.size(), findings, warnings,
                        "not stored: checked only", graph), false);
            }
            // the record of this validation goes into the document's graph, in the same write as its facts
            Graph record = ValidationRecord.of(built.documentIri(), findings, shapes.version());
            Graph stored = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(stored, graph);
            GraphUtil.addInto(stored, record);
            return new GraphStore.Decision<>(new Result(file, built.documentIri(), true, stored.size(), findings, warnings,
                    null, stored), true, record);
        });
        if (result.stored()) {
            learn(graph);
        }
        return result;
    }
}
