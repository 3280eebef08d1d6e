package org.directivegraph.publish;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a graph as JSON-LD 1.1 compacted with the published context (titanium: RDF to expanded JSON-LD, then
 * compaction against {@link JsonLdContext}, loaded locally), and reads JSON-LD back into a graph the same way.
 */
public final class JsonLdWriting {

    private JsonLdWriting() {
    }

    /** The compacted JSON-LD of a graph; its {@code @context} is the IRI of the current published context. */
    public static String write(Graph graph) {
        try {
            QuadsToJsonld toJsonLd = JsonLd.fromRdf().useNativeTypes(false).useRdfType(false);
            for (Triple t : graph.find().toList()) {
                quad(toJsonLd, t);
            }
            JsonDocument expanded = JsonDocument.of(toJsonLd.toJsonLd());
            JsonObject compacted = JsonLd.compact(expanded, URI.create(JsonLdContext.currentIri()))
                    .loader(JsonLdContext.loader())
                    .get();
            // the context first, then the rest, so a reader sees the field names' source at once
            var ordered = Json.createObjectBuilder().add("@context", JsonLdContext.currentIri());
            compacted.forEach((key, value) -> {
                if (!key.equals("@context")) {
                    ordered.add(key, value);
                }
            });
            StringWriter out = new StringWriter();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                w.write(ordered.build());
            }
            return out.toString();
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    /** Parses JSON-LD (resolving only the published contexts) into a graph. */
    public static Graph read(String json) {
        try {
            var dataset = JsonLd.toRdf(JsonDocument.of(new StringReader(json))).loader(JsonLdContext.loader()).get();
            Graph graph = GraphFactory.createDefaultGraph();
            JenaTitanium.convert(dataset).find().forEachRemaining(q -> graph.add(q.asTriple()));
            return graph;
        } catch (JsonLdError e) {
            throw new IllegalArgumentException("not JSON-LD: " + e.getMessage(), e);
        }
    }

    private static void quad(QuadsToJsonld sink, Triple t) throws RdfConsumerException {
        String s = resource(t.getSubject());
        String p = t.getPredicate().getURI();
        Node o = t.getObject();
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                sink.quad(s, p, o.getLiteralLexicalForm(), RDF.langString.getURI(), lang, null, null);
            } else {
                String dt = o.getLiteralDatatypeURI();
                sink.quad(s, p, o.getLiteralLexicalForm(), dt == null ? XSDDatatype.XSDstring.getURI() : dt, null, null, null);
            }
        } else {
            sink.quad(s, p, resource(o), null, null, null, null);
        }
    }

    private static String resource(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "") : n.getURI();
    }
}
