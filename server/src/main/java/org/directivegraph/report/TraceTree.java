package org.directivegraph.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import org.apache.jena.graph.NodeFactory;
import org.directivegraph.search.Rows;
import org.directivegraph.store.GraphStore;

/**
 * The trace of a document through "implements" links: up, what it implements and what those implement, up
 * to the Central documents; down, the documents that implement it, and those that implement them. Each link
 * carries its evidence: the citation's text as written and the text span it was read from. A document
 * appears once on each path; a link back to a document already on the path is shown as a cut
 * ({@link Node#cycle()}) and not followed. At most {@link #MAX_NODES} nodes are built per direction.
 *
 * <pre>
 * TraceTree.Trace trace = new TraceTree(store).trace(documentIri);
 * trace.root();       // the document
 * trace.up();         // what it implements, each with children further up
 * trace.down();       // what implements it, each with children further down
 * trace.table(lang);  // flat, for export
 * </pre>
 */
public final class TraceTree {

    /** The most nodes built in each direction; beyond it the trace is marked truncated. */
    public static final int MAX_NODES = 2000;

    private static final String UP = """
            SELECT ?other ?text ?exact WHERE {
              ?d dg:implements ?other .
              OPTIONAL { ?d dg:citation ?c . ?c dg:citedDocument ?other ; dg:citationRole crole:implements .
                         OPTIONAL { ?c dg:citationText ?text }
                         OPTIONAL { ?c dg:evidence/dg:exactText ?exact } }
            }
            """;

    private static final String DOWN = """
            SELECT ?other ?text ?exact WHERE {
              ?other dg:implements ?d .
              OPTIONAL { ?other dg:citation ?c . ?c dg:citedDocument ?d ; dg:citationRole crole:implements .
                         OPTIONAL { ?c dg:citationText ?text }
                         OPTIONAL { ?c dg:evidence/dg:exactText ?exact } }
            }
            """;

    /**
     * The evidence of one "implements" link: how the implementing document cites the other, and the text
     * span it was read from; both empty when the link comes from reference data with no citation.
     */
    public record Link(String citationText, String evidenceText) {
    }

    /**
     * One node of the tree.
     *
     * @param document the document
     * @param link     the evidence of the link from its parent in the tree (for {@code up}: the parent implements
     *                 this one; for {@code down}: this one implements the parent)
     * @param children the next documents in the same direction
     * @param cycle    true if the document is already on the path from the root: it is shown, not followed
     */
    public record Node(DocumentSummary document, Link link, List<Node> children, boolean cycle) {
    }

    /**
     * A document's trace.
     *
     * @param root      the document traced
     * @param up        what it implements (each with what that implements …)
     * @param down      what implements it (each with what implements that …)
     * @param truncated true if a direction reached {@link #MAX_NODES}
     */
    public record Trace(DocumentSummary root, List<Node> up, List<Node> down, boolean truncated) {

        /** The trace as a table: direction, depth, document, number, level, date, issuer, linked to, evidence. */
        public Table table() {
            List<List<String>> rows = new ArrayList<>();
            rows.add(row("", 0, root, null, null));
            up.forEach(n -> flatten("up", 1, n, root, rows));
            down.forEach(n -> flatten("down", 1, n, root, rows));
            return new Table("Trace", List.of("direction", "depth", "document", "number", "title", "level", "date",
                    "issuer", "linked to", "citation", "evidence", "cycle"), rows);
        }

        private static void flatten(String direction, int depth, Node node, DocumentSummary parent, List<List<String>> rows) {
            List<String> row = new ArrayList<>(row(direction, depth, node.document(), parent, node.link()));
            row.set(11, node.cycle() ? "cycle" : "");
            rows.add(row);
            node.children().forEach(c -> flatten(direction, depth + 1, c, node.document(), rows));
        }

        private static List<String> row(String direction, int depth, DocumentSummary d, DocumentSummary parent, Link link) {
            return List.of(direction, Integer.toString(depth), d.iri(), d.number(), d.title(), d.levelLabel(), d.date(),
                    d.issuerLabel(), parent == null ? "" : parent.iri(), link == null ? "" : link.citationText(),
                    link == null ? "" : link.evidenceText(), "");
        }
    }

    private record Edge(String other, Link link) {
    }

    private record Proto(String iri, Link link, List<Proto> children, boolean cycle) {
    }

    private final GraphStore store;

    /** Traces over this store. */
    public TraceTree(GraphStore store) {
        this.store = store;
    }

    /** The trace of a document, up and down, read from one state of the store. */
    public Trace trace(String documentIri) {
        return store.snapshot(() -> traceNow(documentIri));
    }

    private Trace traceNow(String documentIri) {
        int[] upCount = {0};
        int[] downCount = {0};
        Map<String, List<Edge>> upEdges = new HashMap<>();
        Map<String, List<Edge>> downEdges = new HashMap<>();
        Set<String> path = new LinkedHashSet<>(List.of(documentIri));
        List<Proto> up = expand(documentIri, UP, upEdges, path, upCount);
        List<Proto> down = expand(documentIri, DOWN, downEdges, path, downCount);
        Set<String> iris = new LinkedHashSet<>(List.of(documentIri));
        collect(up, iris);
        collect(down, iris);
        Map<String, DocumentSummary> summaries = DocumentSummaries.of(store, iris);
        return new Trace(summaries.get(documentIri), convert(up, summaries), convert(down, summaries),
                upCount[0] >= MAX_NODES || downCount[0] >= MAX_NODES);
    }

    private List<Proto> expand(String iri, String query, Map<String, List<Edge>> cache, Set<String> path, int[] count) {
        List<Proto> children = new ArrayList<>();
        for (Edge edge : edges(iri, query, cache)) {
            if (count[0] >= MAX_NODES) {
                break;
            }
            count[0]++;
            if (path.contains(edge.other())) {
                children.add(new Proto(edge.other(), edge.link(), List.of(), true));
                continue;
            }
            path.add(edge.other());
            children.add(new Proto(edge.other(), edge.link(), expand(edge.other(), query, cache, path, count), false));
            path.remove(edge.other());
        }
        return children;
    }

    private List<Edge> edges(String iri, String query, Map<String, List<Edge>> cache) {
        return cache.computeIfAbsent(iri, i -> {
            Map<String, Link> links = new LinkedHashMap<>();
            List<Map<String, org.apache.jena.graph.Node>> rows = Rows.select(store, query,
                    Map.of("d", NodeFactory.createURI(i)));
            rows.sort((a, b) -> key(a).compareTo(key(b)));
            for (Map<String, org.apache.jena.graph.Node> row : rows) {
                String other = Rows.str(row, "other");
                Link link = new Link(Texts.oneLine(Rows.str(row, "text")), Texts.oneLine(Rows.str(row, "exact")));
                links.merge(other, link, (a, b) -> a.citationText().isEmpty() && !b.citationText().isEmpty() ? b : a);
            }
            return links.entrySet().stream().map(e -> new Edge(e.getKey(), e.getValue())).toList();
        });
    }

    private static String key(Map<String, org.apache.jena.graph.Node> row) {
        return nz(Rows.str(row, "other")) + " " + nz(Rows.str(row, "text")) + " " + nz(Rows.str(row, "exact"));
    }

    private static void collect(List<Proto> nodes, Set<String> iris) {
        for (Proto p : nodes) {
            iris.add(p.iri());
            collect(p.children(), iris);
        }
    }

    private static List<Node> convert(List<Proto> nodes, Map<String, DocumentSummary> summaries) {
        return nodes.stream().map(p -> new Node(summaries.get(p.iri()), p.link(), convert(p.children(), summaries), p.cycle()))
                .toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
