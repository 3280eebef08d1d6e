package org.directivegraph.publish;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;

/**
 * The description of a resource, read from the store with the resource bound as a term: its own statements (all
 * graphs, through the union default graph), the statements about its evidence spans and the parts minted under its
 * IRI (a unit's versions), everything in its own document graph when it is an ingested document (tasks,
 * responsibilities, obligations, indicators, citations, spans …), and the labels of the resources it links to.
 */
public final class Describer {

    private static final Query DESCRIBE = QueryFactory.create("""
            PREFIX dg:   <https://w3id.org/directivegraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            CONSTRUCT { ?s ?p ?o . ?o ?lp ?l }
            WHERE {
              { ?r ?p ?o BIND(?r AS ?s) }
              UNION { ?r dg:evidence ?s . ?s ?p ?o }
              UNION { ?r ?p0 ?s . FILTER(isIRI(?s) && STRSTARTS(STR(?s), CONCAT(STR(?r), "/"))) ?s ?p ?o }
              UNION { GRAPH ?g { ?s ?p ?o } }
              OPTIONAL {
                VALUES ?lp { rdfs:label skos:prefLabel dg:title dg:numberAndSymbol }
                ?o ?lp ?l
              }
            }
            """);

    private final GraphStore store;

    /** Reads descriptions from this store. */
    public Describer(GraphStore store) {
        this.store = store;
    }

    /** The description of {@code iri}; empty when the store says nothing about it. */
    public Graph describe(String iri) {
        Node r = NodeFactory.createURI(iri);
        Node g = NodeFactory.createURI(GraphNames.ofDocument(iri));
        Graph graph = store.query(DESCRIBE, Map.of("r", r, "g", g), qe -> {
            Graph copy = GraphFactory.createDefaultGraph();
            qe.construct(copy);
            return copy;
        });
        if (!graph.contains(r, Node.ANY, Node.ANY)) {
            return GraphFactory.createDefaultGraph();
        }
        return graph;
    }
}
