package org.directivegraph.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.directivegraph.store.GraphStore;

/**
 * The resources that link to a resource (the documents issued in a unit, the responsibilities a body holds …), for
 * the "referenced by" list of its page, with their labels; at most {@link #LIMIT}, the resource bound as a term.
 */
public final class Backlinks {

    /** Most links listed. */
    public static final int LIMIT = 100;

    /** One incoming link: {@code subject} has {@code property} pointing at the resource. */
    public record Link(Node subject, Node property, String label) {
    }

    private static final Query QUERY = QueryFactory.create("""
            PREFIX dg:   <https://w3id.org/directivegraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?s ?p (SAMPLE(?l) AS ?label)
            WHERE {
              ?s ?p ?r .
              FILTER(isIRI(?s))
              OPTIONAL { VALUES ?lp { rdfs:label skos:prefLabel dg:title dg:numberAndSymbol } ?s ?lp ?l }
            }
            GROUP BY ?s ?p
            ORDER BY STR(?p) STR(?s)
            LIMIT 101
            """);

    private final GraphStore store;

    /** Backlinks in this store. */
    public Backlinks(GraphStore store) {
        this.store = store;
    }

    /** Up to {@link #LIMIT} + 1 links to {@code iri} (one more than shown tells that there are more). */
    public List<Link> to(String iri) {
        return store.query(QUERY, Map.of("r", NodeFactory.createURI(iri)), qe -> {
            List<Link> links = new ArrayList<>();
            qe.select().forEachRemaining(b -> {
                Node label = b.get("label");
                links.add(new Link(b.get("s"), b.get("p"), label != null && label.isLiteral() ? label.getLiteralLexicalForm() : ""));
            });
            return links;
        });
    }
}
