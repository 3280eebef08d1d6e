package org.directivegraph.api;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.store.GraphNames;
import org.directivegraph.validate.PlanShapes;
import org.directivegraph.vocab.DG;

/** Graphs written for answers (Turtle, JSON-LD) with the project's prefixes, and nodes shown short. */
final class RdfGraphs {

    /** The prefixes used in answers. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefixes(Map.of("dg", DG.NS, "dgsh", PlanShapes.NS, "sh", "http://www.w3.org/ns/shacl#",
                    "id", GraphNames.BASE + "id/"))
            .removeNsPrefix("dc").removeNsPrefix("owl").lock();

    private RdfGraphs() {
    }

    /** The union of some graphs, with the answers' prefixes. */
    static Graph merged(Graph... graphs) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(PREFIXES);
        for (Graph g : graphs) {
            g.find().forEachRemaining(out::add);
        }
        return out;
    }

    /** The graph in an RDF syntax (Turtle or JSON-LD). */
    static String write(Graph graph, Lang lang) {
        Graph g = merged(graph);
        RDFFormat format = lang.equals(Lang.JSONLD) ? RDFFormat.JSONLD11 : RDFFormat.TURTLE_PRETTY;
        return RDFWriter.source(g).format(format).asString();
    }

    /** A node shown short: {@code dg:title}, {@code id:doc/…}, a literal's text, {@code _:b0}. */
    static String shortForm(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return PREFIXES.shortForm(node.getURI());
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return node.toString();
    }
}
