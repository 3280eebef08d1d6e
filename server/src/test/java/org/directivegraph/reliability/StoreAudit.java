package org.directivegraph.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Checks a running server's store after a crash, through its SPARQL endpoint only: the store answers; every graph
 * in it is a reference graph of unchanged size or the graph of a plan of the batch; each plan's graph is absent or
 * isomorphic to the graph the sequential reference ingest gave it (so a document is there whole, with its
 * validation record, or its triples are nowhere: every quad of the store is in a graph accounted for).
 */
final class StoreAudit {

    /** What the audit found: the indexes of the plans present, in batch order. */
    record Result(List<Integer> present, long quads) {
    }

    private StoreAudit() {
    }

    /** Audits the server's store against the batch; throws {@link AssertionError} on any difference. */
    static Result check(ServerProcess server, PlanBatch batch) {
        if (!server.sparql("ASK { ?s ?p ?o }", "application/sparql-results+json").contains("true")) {
            throw new AssertionError("the store answers ASK { ?s ?p ?o } with false: it lost everything");
        }
        Map<String, Long> sizes = graphSizes(server);
        Map<String, Integer> planByGraph = new HashMap<>();
        for (int i = 0; i < batch.plans().size(); i++) {
            planByGraph.put(batch.plans().get(i).graphName(), i);
        }
        Set<String> unexpected = new TreeSet<>();
        sizes.forEach((g, n) -> {
            Long reference = batch.referenceGraphs().get(g);
            if (reference != null ? !reference.equals(n) : !planByGraph.containsKey(g)) {
                unexpected.add(g + " (" + n + " quads" + (reference == null ? ", not a graph of the batch" : ", reference has " + reference) + ")");
            }
        });
        batch.referenceGraphs().keySet().stream().filter(g -> !sizes.containsKey(g)).forEach(g -> unexpected.add(g + " is missing"));
        if (!unexpected.isEmpty()) {
            throw new AssertionError("graphs not as expected after the crash: " + unexpected);
        }
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < batch.plans().size(); i++) {
            PlanBatch.Plan plan = batch.plans().get(i);
            if (!sizes.containsKey(plan.graphName())) {
                continue;
            }
            Graph stored = graph(server, plan.graphName());
            if (!plan.stored()) {
                throw new AssertionError(plan.fileName() + " was refused by the reference ingest but has " + stored.size() + " triples");
            }
            if (!stored.isIsomorphicWith(plan.graph())) {
                throw new AssertionError(plan.fileName() + " (" + plan.iri() + ") is there in part or changed: " + stored.size()
                        + " triples, the reference has " + plan.graph().size());
            }
            present.add(i);
        }
        return new Result(present, sizes.values().stream().mapToLong(Long::longValue).sum());
    }

    private static Map<String, Long> graphSizes(ServerProcess server) {
        String csv = server.sparql("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", "text/csv");
        Map<String, Long> sizes = new HashMap<>();
        csv.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> {
            int comma = l.lastIndexOf(',');
            sizes.put(l.substring(0, comma), Long.parseLong(l.substring(comma + 1).strip()));
        });
        return sizes;
    }

    private static Graph graph(ServerProcess server, String name) {
        String nt = server.sparql("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH " + NodeFmtLib.strNT(NodeFactory.createURI(name))
                + " { ?s ?p ?o } }", "application/n-triples");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(nt).lang(Lang.NTRIPLES).parse(g);
        return g;
    }
}
