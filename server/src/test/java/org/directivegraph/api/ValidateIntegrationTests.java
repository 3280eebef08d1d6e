package org.directivegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.server.ApplicationIntegrationTest;
import org.directivegraph.store.GraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** {@code POST /api/validate} over real HTTP: reports, parse errors, hostile RDF; nothing is ever stored. */
@ApplicationIntegrationTest
class ValidateIntegrationTests {

    static final Path EXAMPLES = Path.of("../shapes/examples");

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    ApiHttp http;

    @BeforeEach
    void client() {
        http = new ApiHttp(port);
    }

    static byte[] example(String shape, String kind) throws Exception {
        return Files.readAllBytes(EXAMPLES.resolve(shape).resolve(kind).resolve("data.ttl"));
    }

    HttpResponse<String> validate(String contentType, byte[] body, String accept) {
        return http.post("/api/validate", contentType, body, null, accept);
    }

    @Test
    void aValidPlanConformsAndNothingIsStored() throws Exception {
        List<String> before = store.graphNames();
        long size = store.size();
        HttpResponse<String> response = validate("text/turtle", example("PlanSignatureShape", "valid"), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = ApiHttp.json(response);
        assertThat(answer.get("violations").asLong()).as(response.body()).isZero();
        assertThat(answer.get("triples").asLong()).isPositive();
        assertThat(store.graphNames()).isEqualTo(before);
        assertThat(store.size()).isEqualTo(size);
    }

    @Test
    void aViolationIsListedInEveryForm() throws Exception {
        byte[] invalid = example("PlanSignatureShape", "invalid");
        JsonNode answer = ApiHttp.json(validate("text/turtle; charset=utf-8", invalid, "application/json"));
        assertThat(answer.get("conforms").asBoolean()).isFalse();
        assertThat(answer.get("findings").findValuesAsString("shape")).contains("PlanSignatureShape");

        HttpResponse<String> turtle = validate("text/turtle", invalid, "text/turtle");
        Graph report = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(turtle.body())).lang(Lang.TURTLE).parse(report);
        assertThat(report.contains(null, NodeFactory.createURI("http://www.w3.org/ns/shacl#sourceShape"),
                NodeFactory.createURI("https://w3id.org/directivegraph/shapes#PlanSignatureShape"))).isTrue();

        HttpResponse<String> jsonld = validate("text/turtle", invalid, "application/ld+json");
        Graph fromJsonLd = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(jsonld.body())).lang(Lang.JSONLD).parse(fromJsonLd);
        assertThat(fromJsonLd.isIsomorphicWith(report)).isTrue();

        HttpResponse<String> html = validate("text/turtle", invalid, "text/html");
        assertThat(html.body()).contains("PlanSignatureShape", "The plan has no signature block.", "Nothing was stored");
    }

    @Test
    void otherSyntaxesAndMultipartFilesAreRead() throws Exception {
        Graph data = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new java.io.ByteArrayInputStream(example("PlanSignatureShape", "invalid"))).lang(Lang.TURTLE).parse(data);
        String ntriples = org.apache.jena.riot.RDFWriter.source(data).lang(Lang.NTRIPLES).asString();
        JsonNode nt = ApiHttp.json(validate("application/n-triples", ntriples.getBytes(StandardCharsets.UTF_8), null));
        assertThat(nt.get("findings").findValuesAsString("shape")).contains("PlanSignatureShape");
        HttpResponse<String> file = http.upload("/api/validate", "plan.nt", ntriples.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(ApiHttp.json(file).get("triples").asLong()).isEqualTo(data.size());
        HttpResponse<String> unknownFile = http.upload("/api/validate", "plan.docx", ntriples.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(unknownFile.statusCode()).isEqualTo(415);
        assertThat(ApiHttp.json(unknownFile).get("message").asString()).contains(".ttl");
    }

    @Test
    void malformedTurtleIs400WithLineAndColumn() {
        byte[] bad = "@prefix dg: <https://w3id.org/directivegraph/ontology#> .\n<a> dg:title \"x\" .\n<b> dg:title \"y\" ;; dg:nope .\n"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = validate("text/turtle", bad, null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.json(response).get("message").asString()).matches("not valid Turtle: line 3, column \\d+: .+");
    }

    @Test
    void unknownOrMissingContentTypeIs415ListingTheAcceptedOnes() {
        HttpResponse<String> response = validate("application/pdf", "x".getBytes(StandardCharsets.UTF_8), null);
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(ApiHttp.json(response).get("message").asString())
                .contains("application/pdf", "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
                        "application/trig", "application/n-quads");
        assertThat(validate(null, "x".getBytes(StandardCharsets.UTF_8), null).statusCode()).isEqualTo(415);
    }

    @Test
    void anEmptyBodyIs400() {
        HttpResponse<String> response = validate("text/turtle", new byte[0], null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.json(response).get("message").asString()).contains("empty");
    }

    @Test
    void rdfXmlWithAnExternalEntityIs400AndDoesNotResolveIt(@TempDir Path dir) throws Exception {
        List<String> before = store.graphNames();
        long size = store.size();
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SERVER-SIDE-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dg=\"https://w3id.org/directivegraph/ontology#\">\n"
                + "  <rdf:Description rdf:about=\"https://w3id.org/directivegraph/id/doc/x\"><dg:title>&xxe;</dg:title></rdf:Description>\n"
                + "</rdf:RDF>\n";
        HttpResponse<String> response = validate("application/rdf+xml", xml.getBytes(StandardCharsets.UTF_8), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ApiHttp.json(response).get("message").asString()).startsWith("not read as RDF/XML: its DOCTYPE declares an external entity");
        assertThat(response.body()).doesNotContain("SERVER-SIDE-SECRET");
        HttpResponse<String> file = http.upload("/api/validate", "xxe.rdf", xml.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(store.graphNames()).isEqualTo(before);
        assertThat(store.size()).isEqualTo(size);
    }

    @Test
    void jsonLdWithARemoteContextIs400AndNothingIsFetched() throws Exception {
        List<String> before = store.graphNames();
        long size = store.size();
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1);
            String doc = "{\"@context\": \"http://127.0.0.1:" + listener.getLocalPort() + "/ctx\", \"@id\": \"https://w3id.org/directivegraph/id/doc/x\", \"title\": \"x\"}";
            HttpResponse<String> response = validate("application/ld+json", doc.getBytes(StandardCharsets.UTF_8), null);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(ApiHttp.json(response).get("message").asString()).contains("remote contexts are not fetched", "/ctx");
            assertThatNoConnectionWasMade(listener);
        }
        String unreachable = "{\"@context\": \"http://127.0.0.1:1/ctx\", \"@id\": \"https://w3id.org/directivegraph/id/doc/x\"}";
        HttpResponse<String> response = validate("application/ld+json", unreachable.getBytes(StandardCharsets.UTF_8), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.json(response).get("message").asString()).contains("remote contexts are not fetched", "http://127.0.0.1:1/ctx");
        assertThat(store.graphNames()).isEqualTo(before);
        assertThat(store.size()).isEqualTo(size);
    }

    private static void assertThatNoConnectionWasMade(java.net.ServerSocket listener) throws Exception {
        try (java.net.Socket s = listener.accept()) {
            throw new AssertionError("the server fetched the remote context");
        } catch (java.net.SocketTimeoutException expected) {
            // nobody connected
        }
    }
}
