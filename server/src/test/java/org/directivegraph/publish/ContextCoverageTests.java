package org.directivegraph.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.store.PackagedData;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.Test;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;

/** The published context has a field for every ontology term, and for every property and class the data uses. */
class ContextCoverageTests {

    @Test
    void everyTermOfTheOntologyAndOfTheDataHasAField() throws Exception {
        Set<String> mapped = mappedIris();
        Graph ontology = PackagedData.graph("ontology/*.ttl");
        Set<String> missing = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(DG.NS))
                .forEachRemaining(s -> check(mapped, s.getURI(), missing));
        Graph data = PackagedData.graph("data/seeds/*.ttl");
        PackagedData.graph("data/documents/*.ttl").find().forEachRemaining(data::add);
        PackagedData.graph("data/bodies/*.ttl").find().forEachRemaining(data::add);
        for (Triple t : data.find().toList()) {
            if (t.getPredicate().getURI().startsWith(DG.NS)) {
                check(mapped, t.getPredicate().getURI(), missing);
            }
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().getURI().startsWith(DG.NS)) {
                check(mapped, t.getObject().getURI(), missing);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void check(Set<String> mapped, String iri, Set<String> missing) {
        if (!mapped.contains(iri)) {
            missing.add(iri);
        }
    }

    /** The IRI each term of the context expands to, found by expanding a document that uses every term. */
    private static Set<String> mappedIris() throws Exception {
        var context = JsonDocument.of(new java.io.StringReader(JsonLdContext.text(JsonLdContext.CURRENT)));
        var terms = context.getJsonContent().orElseThrow().asJsonObject().getJsonObject("@context");
        Set<String> iris = new TreeSet<>();
        for (String term : terms.keySet()) {
            if (term.startsWith("@")) {
                continue;
            }
            var value = terms.get(term);
            String id = value.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                    ? ((jakarta.json.JsonString) value).getString()
                    : value.asJsonObject().containsKey("@id") ? value.asJsonObject().getString("@id") : null;
            if (id == null || id.startsWith("@") || id.startsWith("http")) {
                continue;
            }
            String prefix = id.substring(0, id.indexOf(':'));
            iris.add(terms.getString(prefix) + id.substring(prefix.length() + 1));
        }
        // the context itself must be valid JSON-LD 1.1
        JsonLd.expand(JsonDocument.of(new java.io.StringReader(
                "{\"@context\": \"" + JsonLdContext.currentIri() + "\", \"title\": \"x\"}"))).loader(JsonLdContext.loader()).get();
        return iris;
    }
}
