package org.directivegraph.publish;

import org.directivegraph.web.Html;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.server.ApplicationIntegrationTest;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every IRI under the base dereferences on the running application, in every format, from the seeded store. */
@ApplicationIntegrationTest
class PublishIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    String document;
    String task;
    String unit;

    @BeforeEach
    void findResources() {
        var query = QueryFactory.create("""
                PREFIX dg: <https://w3id.org/directivegraph/ontology#>
                SELECT ?d ?t ?u WHERE { GRAPH ?g { ?d dg:task ?t ; dg:implements ?x ; dg:issuingUnit ?u } }
                ORDER BY ?d ?t LIMIT 1
                """);
        Map<String, String> found = store.query(query, Map.of(), qe -> {
            var b = qe.select().next();
            return Map.of("d", b.get("d").getURI(), "t", b.get("t").getURI(), "u", b.get("u").getURI());
        });
        document = found.get("d");
        task = found.get("t");
        unit = found.get("u");
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String pathOf(String iri) {
        return "/" + iri.substring(GraphNames.BASE.length());
    }

    static Graph parse(String body, Lang lang) {
        if (lang == Lang.JSONLD11) {
            return JsonLdWriting.read(body);
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(body)).lang(lang).base("http://base.invalid/").parse(g);
        return g;
    }

    @Test
    void aDocumentATaskAndAUnitAnswerInEveryFormatByContentNegotiation() throws Exception {
        for (String iri : new String[] {document, task, unit}) {
            Node r = NodeFactory.createURI(iri);
            for (RdfFormat f : RdfFormat.values()) {
                var response = get(pathOf(iri), f.mediaType());
                assertThat(response.statusCode()).as(iri + " " + f).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(f.mediaType());
                assertThat(response.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Accept");
                assertThat(response.headers().firstValue("Content-Location")).contains(pathOf(iri) + "." + f.extension());
                if (f == RdfFormat.HTML) {
                    assertThat(response.body()).contains("<!DOCTYPE html>").contains(Html.escape(iri));
                } else {
                    Graph g = parse(response.body(), f.lang());
                    assertThat(g.contains(r, Node.ANY, Node.ANY)).as(iri + " " + f).isTrue();
                    assertThat(g.contains(r, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY)).isTrue();
                }
            }
        }
    }

    @Test
    void formatSpecificUrlsAndTheFormatParameterNeedNoAcceptHeader() throws Exception {
        var ttl = get(pathOf(document) + ".ttl", "text/html");
        assertThat(ttl.statusCode()).isEqualTo(200);
        assertThat(ttl.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(parse(ttl.body(), Lang.TURTLE).contains(NodeFactory.createURI(document), DG.task.asNode(), NodeFactory.createURI(task))).isTrue();
        var nt = get(pathOf(task) + "?format=nt", null);
        assertThat(nt.headers().firstValue("Content-Type").orElse("")).startsWith("application/n-triples");
        assertThat(get(pathOf(task) + "?format=docx", null).statusCode()).isEqualTo(400);
        assertThat(get(pathOf(document), "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void theUnitPageLinksToTheDocumentsIssuedThere() throws Exception {
        String html = get(pathOf(unit), "text/html").body();
        assertThat(html).contains("id=\"referenced-by\"").contains("href=\"" + pathOf(document) + "\"");
        String taskPage = get(pathOf(task), "text/html").body();
        assertThat(taskPage).contains("class=\"span\"").contains("href=\"" + pathOf(document) + "\"");
    }

    @Test
    void unknownIrisAre404InHtmlOrPlainText() throws Exception {
        var html = get("/id/doc/VN/nowhere/1999/kh-0", "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        var plain = get("/id/doc/VN/nowhere/1999/kh-0", "text/turtle");
        assertThat(plain.statusCode()).isEqualTo(404);
        assertThat(plain.body()).contains("Nothing is known");
        assertThat(get("/id/doc/VN/nowhere/1999/kh-0.jsonld", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theJsonLdOfADocumentGivesExactlyTheTriplesOfItsTurtle() throws Exception {
        Graph turtle = parse(get(pathOf(document) + ".ttl", null).body(), Lang.TURTLE);
        String json = get(pathOf(document) + ".jsonld", null).body();
        assertThat(json).contains("\"@context\"").contains(JsonLdContext.currentIri());
        Graph jsonld = JsonLdWriting.read(json);
        assertThat(jsonld.size()).isEqualTo(turtle.size()).isGreaterThan(50);
        assertThat(jsonld.isIsomorphicWith(turtle)).isTrue();
    }

    @Test
    void theDocumentPageShowsTraceTasksFindingsAndEvidence() throws Exception {
        String html = get(pathOf(document), "text/html").body();
        Graph g = parse(get(pathOf(document) + ".ttl", null).body(), Lang.TURTLE);
        Node doc = NodeFactory.createURI(document);
        Node implemented = g.find(doc, DG.implements_.asNode(), Node.ANY).next().getObject();
        assertThat(html).contains("id=\"trace-up\"").contains("href=\"" + pathOf(implemented.getURI()) + "\"");
        assertThat(html).contains("id=\"tasks\"").contains("href=\"" + pathOf(task) + "\"");
        String taskTitle = g.find(NodeFactory.createURI(task), DG.title.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertThat(html).contains(Html.escape(taskTitle));
        assertThat(html).contains("id=\"findings\"").contains("class=\"span\"");
        // the record of the validation at ingest, stored with the document, in the findings section
        Node record = g.find(doc, DG.validationRecord.asNode(), Node.ANY).next().getObject();
        String warnings = g.find(record, DG.warningCount.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertThat(html).contains("class=\"validation-record\"").contains(warnings + " cảnh báo / warnings")
                .contains("href=\"" + pathOf(record.getURI()) + "\"");
        Node span = g.find(NodeFactory.createURI(task), DG.evidence.asNode(), Node.ANY).next().getObject();
        String spanText = g.find(span, DG.exactText.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertThat(html).contains(Html.escape(spanText).strip().substring(0, 20));
    }

    @Test
    void aDocumentThatOthersImplementLinksToItsCoverageMatrixAndOneNobodyImplementsDoesNot() throws Exception {
        Graph g = parse(get(pathOf(document) + ".ttl", null).body(), Lang.TURTLE);
        String implemented = g.find(NodeFactory.createURI(document), DG.implements_.asNode(), Node.ANY).next().getObject().getURI();
        assertThat(get(pathOf(implemented), "text/html").body()).contains("<a class=\"coverage-link\" href=\"/coverage?directive="
                + Html.escape(Html.urlParam(implemented)) + "\">");
        String leaf = store.query(QueryFactory.create("""
                PREFIX dg: <https://w3id.org/directivegraph/ontology#>
                SELECT ?d WHERE { ?d dg:task ?t ; dg:implements ?x FILTER NOT EXISTS { ?other dg:implements ?d } } ORDER BY ?d LIMIT 1
                """), Map.of(), qe -> qe.select().next().get("d").getURI());
        assertThat(get(pathOf(leaf), "text/html").body()).contains("id=\"trace-down\"").doesNotContain("coverage-link");
    }

    @Test
    void theOntologyPageListsEveryClassWithItsLabel() throws Exception {
        String html = get("/ontology", "text/html").body();
        Graph ontology = store.graph(GraphNames.ONTOLOGY);
        var classes = OntologyPage.terms(ontology, org.apache.jena.vocabulary.OWL.Class.asNode());
        assertThat(classes).hasSizeGreaterThan(10);
        Labels labels = new Labels(ontology);
        for (Node c : classes) {
            assertThat(html).contains("id=\"" + c.getLocalName() + "\"").contains(Html.escape(labels.label(c, "vi").orElseThrow()));
        }
        Graph ttl = parse(get("/ontology", "text/turtle").body(), Lang.TURTLE);
        assertThat(ttl.isIsomorphicWith(ontology)).isTrue();
        assertThat(get("/ontology/2026-11-23.rdf", null).statusCode()).isEqualTo(200);
        assertThat(get("/ontology/1999-01-01", null).statusCode()).isEqualTo(404);
        assertThat(get("/shapes", "text/html").body()).contains("PlanNumberShape");
        assertThat(get("/vocab/doc-type/kh", "text/turtle").statusCode()).isEqualTo(200);
    }

    @Test
    void theVoidDescriptionCountsWhatTheStoreHolds() throws Exception {
        Graph voidGraph = parse(get("/.well-known/void", "text/turtle").body(), Lang.TURTLE);
        Node ds = NodeFactory.createURI(DatasetDescription.DATASET);
        Node triples = NodeFactory.createURI(DatasetDescription.VOID + "triples");
        long declared = Long.parseLong(voidGraph.find(ds, triples, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertThat(declared).isEqualTo(store.size());
        long subsets = voidGraph.find(ds, NodeFactory.createURI(DatasetDescription.VOID + "subset"), Node.ANY).toList().size();
        assertThat(subsets).isEqualTo(store.graphNames().size());
        Node plans = NodeFactory.createURI(DatasetDescription.DATASET + "/class/Plan");
        long planCount = Long.parseLong(voidGraph.find(plans, NodeFactory.createURI(DatasetDescription.VOID + "entities"), Node.ANY)
                .next().getObject().getLiteralLexicalForm());
        assertThat(planCount).isEqualTo(new DatasetDescription(store).countOf(DG.Plan.asNode())).isGreaterThanOrEqualTo(5);
        assertThat(get("/dataset", "application/ld+json").statusCode()).isEqualTo(200);
        assertThat(get("/dataset", "text/html").body()).contains("/sparql");
    }

    @Test
    void theDumpReloadsIntoAnEmptyStoreWithTheSameNumberOfQuads() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + DatasetDescription.DUMP_PATH)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        try (KnowledgeStore copy = KnowledgeStore.inMemory();
             var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            copy.write(ds -> {
                RDFDataMgr.read(ds.asDatasetGraph(), in, Lang.NQUADS);
                return null;
            });
            assertThat(copy.size()).isEqualTo(store.size());
        }
    }

    @Test
    void theContextIsPublishedAtItsVersionedUrl() throws Exception {
        var current = get("/context.jsonld", null);
        var versioned = get("/context/" + JsonLdContext.CURRENT + ".jsonld", null);
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(versioned.body()).isEqualTo(current.body()).contains("\"tasks\"");
        assertThat(get("/context/1999-01-01.jsonld", null).statusCode()).isEqualTo(404);
    }
}
