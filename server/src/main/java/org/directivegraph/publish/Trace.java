package org.directivegraph.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.directivegraph.store.GraphStore;

/**
 * A document's trace: the "implements" links above it, transitively up to the Central directives, and the
 * documents that implement it, transitively down. The same walk as the saved queries {@code trace-up.rq} and
 * {@code trace-down.rq}, with the labels a page needs; the document is bound as a term.
 */
public final class Trace {

    /** One "implements" link: {@code from} implements {@code to}; {@code label} is the label of the other end. */
    public record Link(Node from, Node to, String label) {
    }

    private static final String PREFIXES = """
            PREFIX dg: <https://w3id.org/directivegraph/ontology#>
            """;

    private static final Query UP = QueryFactory.create(PREFIXES + """
            SELECT ?from ?to (SAMPLE(?n) AS ?number) (SAMPLE(?t) AS ?title)
            WHERE {
              ?r dg:implements* ?from .
              ?from dg:implements ?to .
              OPTIONAL { ?to dg:numberAndSymbol ?n }
              OPTIONAL { ?to dg:title ?t }
            }
            GROUP BY ?from ?to
            ORDER BY STR(?from) STR(?to)
            """);

    private static final Query DOWN = QueryFactory.create(PREFIXES + """
            SELECT ?from ?to (SAMPLE(?n) AS ?number) (SAMPLE(?t) AS ?title)
            WHERE {
              ?to dg:implements* ?r .
              ?from dg:implements ?to .
              OPTIONAL { ?from dg:numberAndSymbol ?n }
              OPTIONAL { ?from dg:title ?t }
            }
            GROUP BY ?from ?to
            ORDER BY STR(?to) STR(?from)
            """);

    private final GraphStore store;

    /** Traces over this store. */
    public Trace(GraphStore store) {
        this.store = store;
    }

    /** The links above {@code document}; each link's label is that of the implemented document. */
    public List<Link> up(String document) {
        return run(UP, document);
    }

    /** The links below {@code document}; each link's label is that of the implementing document. */
    public List<Link> down(String document) {
        return run(DOWN, document);
    }

    private List<Link> run(Query query, String document) {
        return store.query(query, Map.of("r", NodeFactory.createURI(document)), qe -> {
            List<Link> links = new ArrayList<>();
            qe.select().forEachRemaining(b -> links.add(new Link(b.get("from"), b.get("to"), label(b))));
            return links;
        });
    }

    private static String label(Binding b) {
        Node number = b.get("number");
        Node title = b.get("title");
        String n = number != null && number.isLiteral() ? number.getLiteralLexicalForm() : "";
        String t = title != null && title.isLiteral() ? title.getLiteralLexicalForm() : "";
        return (n + (n.isEmpty() || t.isEmpty() ? "" : " – ") + t).strip();
    }
}
