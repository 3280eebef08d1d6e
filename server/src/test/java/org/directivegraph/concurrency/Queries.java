package org.directivegraph.concurrency;

import java.util.stream.Collectors;

import org.directivegraph.store.GraphNames;

/** The SPARQL queries the readers send to {@code /sparql}, over the documents of a run. */
final class Queries {

    private Queries() {
    }

    /** The number of triples in each document graph present (absent graphs have no row). */
    static String triplesPerGraph(TestDocuments docs) {
        return "SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { "
                + docs.iris().stream().map(i -> "<" + GraphNames.ofDocument(i) + ">").collect(Collectors.joining(" "))
                + " } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
    }

    /** Each present document's title and number of tasks, through the union default graph. */
    static String titleAndTasks(TestDocuments docs) {
        return "PREFIX dg: <https://w3id.org/directivegraph/ontology#>\n"
                + "SELECT ?d ?title (COUNT(DISTINCT ?t) AS ?tasks) WHERE { VALUES ?d { "
                + docs.iris().stream().map(i -> "<" + i + ">").collect(Collectors.joining(" "))
                + " } ?d dg:title ?title OPTIONAL { ?d dg:task ?t } } GROUP BY ?d ?title";
    }
}
