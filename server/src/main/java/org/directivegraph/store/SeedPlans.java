package org.directivegraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.vocab.DG;
import org.springframework.core.io.Resource;

/**
 * The five seed plans as hand-checked gold data ({@code data/seeds/*.ttl}): each file is the content of one
 * document graph, named after the plan it describes (the subject of {@code dg:sourceText}).
 */
public final class SeedPlans {

    /** One seed plan: its document IRI, the file it came from, and its graph. */
    public record Seed(String documentIri, String file, Graph graph) {
        /** The name of its document graph. */
        public String graphName() {
            return GraphNames.ofDocument(documentIri);
        }
    }

    private SeedPlans() {
    }

    /** Reads every packaged seed graph. */
    public static List<Seed> packaged() {
        List<Seed> seeds = new ArrayList<>();
        for (Resource r : PackagedData.resources("data/seeds/*.ttl")) {
            Graph g = GraphFactory.createDefaultGraph();
            PackagedData.read(r, g);
            seeds.add(new Seed(documentOf(g, PackagedData.pathOf(r)), PackagedData.pathOf(r), g));
        }
        return seeds;
    }

    /** The plan a gold graph describes: the one subject with a source text. */
    static String documentOf(Graph g, String file) {
        List<Node> subjects = g.find(Node.ANY, DG.sourceText.asNode(), Node.ANY).mapWith(Triple::getSubject).toList();
        if (subjects.size() != 1) {
            throw new IllegalStateException(file + " must describe exactly one document with dg:sourceText, found " + subjects.size());
        }
        return subjects.get(0).getURI();
    }

    /** Stores every seed in its own document graph, all in one transaction; returns the seeds stored. */
    public static List<Seed> load(GraphStore store) {
        List<Seed> seeds = packaged();
        Map<String, Graph> graphs = new LinkedHashMap<>();
        seeds.forEach(seed -> graphs.put(seed.graphName(), seed.graph()));
        store.putGraphs(graphs);
        return seeds;
    }
}
