package org.directivegraph.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.directivegraph.store.PackagedData;

/**
 * The SHACL shapes that say what a complete and consistent plan is ({@code shapes/*.ttl}, packaged
 * under {@code classpath:directivegraph/shapes/}), and validation against them.
 *
 * <p>Two ways to validate: {@link #validate(Graph)} checks every target in one graph (a gold graph,
 * a test fixture, a dump); {@link #validateNew(Graph, Graph, Collection)} checks only the nodes of a
 * newly extracted document, against the union of that document and the store, so that the
 * documents, units and bodies it links to (already in the store) are seen by the hierarchy checks,
 * while the store's own contents are not reported again.
 *
 * <p>Instances are immutable and thread-safe; {@link #packaged()} parses the packaged shapes once.
 */
public final class PlanShapes {

    /** Namespace of the shapes (prefix {@code dgsh:}). */
    public static final String NS = "https://w3id.org/directivegraph/shapes#";

    /** The packaged shape files, relative to {@link PackagedData#ROOT}. */
    public static final String PATTERN = "shapes/*.ttl";

    private static final class Packaged {
        static final PlanShapes INSTANCE = new PlanShapes(PackagedData.graph(PATTERN));
    }

    private final Graph graph;
    private final Shapes shapes;
    private final String version;

    /** Shapes parsed from a shapes graph (normally {@link #packaged()}). */
    public PlanShapes(Graph shapesGraph) {
        this.graph = Objects.requireNonNull(shapesGraph, "shapesGraph");
        this.shapes = Shapes.parse(shapesGraph);
        this.version = digest(shapesGraph);
    }

    /**
     * The version of these shapes, as validation records name it: the SHA-256 (lower-case hex) of the graph's
     * triples in N-Triples, sorted, with every blank node written {@code _:b}. The same shape files give the same
     * version in every run; any change of a shape gives another.
     */
    public String version() {
        return version;
    }

    private static String digest(Graph g) {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject())));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }

    /** The shapes packaged with the application, loaded and parsed on first use. */
    public static PlanShapes packaged() {
        return Packaged.INSTANCE;
    }

    /** The shapes graph (all shape files in one graph). Do not modify it. */
    public Graph graph() {
        return graph;
    }

    /** The parsed shapes. */
    public Shapes shapes() {
        return shapes;
    }

    /** Validates every target of every shape in {@code data}. */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * Validates a newly extracted document before it is stored: each of {@code focusNodes} (normally
     * the subjects of {@code newDocument}) is validated against the shapes that target it, in the
     * union of {@code newDocument} and {@code store}, and the reports are merged. References from the
     * new document into the store (implemented documents, their dates and units, bodies) resolve;
     * nodes of the store that are not focus nodes are not reported.
     *
     * <p>{@code store} should not hold an older version of the same document (a re-ingested
     * document's old graph), or old and new statements would mix: pass the store without it.
     *
     * @param store       the data the document joins (e.g. the union graph of the store), read only
     * @param newDocument the document's graph, read only
     * @param focusNodes  the nodes to validate
     */
    public ValidationReport validateNew(Graph store, Graph newDocument, Collection<Node> focusNodes) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(newDocument, "newDocument");
        MultiUnion union = new MultiUnion(new Graph[] {newDocument, store});
        Set<ReportEntry> entries = new LinkedHashSet<>();
        ShaclValidator validator = ShaclValidator.get();
        for (Node focus : new LinkedHashSet<>(focusNodes)) {
            entries.addAll(validator.validate(shapes, union, focus).getEntries());
        }
        ValidationReport.Builder merged = ValidationReport.create();
        entries.forEach(merged::addReportEntry);
        return merged.build();
    }

    /** {@link #validateNew(Graph, Graph, Collection)} with every subject of {@code newDocument} as focus node. */
    public ValidationReport validateNew(Graph store, Graph newDocument) {
        return validateNew(store, newDocument, subjects(newDocument));
    }

    /** The distinct subjects of a graph, in the order first met. */
    static List<Node> subjects(Graph graph) {
        Set<Node> subjects = new LinkedHashSet<>();
        GraphUtil.listSubjects(graph, Node.ANY, Node.ANY).forEachRemaining(subjects::add);
        return List.copyOf(subjects);
    }
}
