package org.directivegraph.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

/** Serialises a description graph in one of the RDF formats, with the usual prefixes for Turtle and RDF/XML. */
public final class RdfOutput {

    /** The prefixes written in Turtle and RDF/XML. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("dg", "https://w3id.org/directivegraph/ontology#")
            .setNsPrefix("dgsh", "https://w3id.org/directivegraph/shapes#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .setNsPrefix("void", "http://rdfs.org/ns/void#")
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .lock();

    private RdfOutput() {
    }

    /** The graph written in {@code format} (not HTML). */
    public static String write(Graph graph, org.directivegraph.publish.RdfFormat format) {
        if (format == org.directivegraph.publish.RdfFormat.JSONLD) {
            return JsonLdWriting.write(graph);
        }
        Graph withPrefixes = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(withPrefixes::add);
        withPrefixes.getPrefixMapping().setNsPrefixes(PREFIXES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFFormat jenaFormat = switch (format) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
            default -> throw new IllegalArgumentException("not an RDF format: " + format);
        };
        RDFDataMgr.write(out, withPrefixes, jenaFormat);
        return out.toString(StandardCharsets.UTF_8);
    }
}
