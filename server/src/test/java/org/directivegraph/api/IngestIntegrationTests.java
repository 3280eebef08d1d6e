package org.directivegraph.api;

import org.directivegraph.server.SeedTexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.server.ApplicationIntegrationTest;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/ingest} and {@code DELETE /api/documents} over real HTTP on the shared application. Every
 * document written here is a copy of seed 001 with a number of its own; the seeds are never replaced.
 */
@ApplicationIntegrationTest
class IngestIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    ApiHttp http;

    @BeforeEach
    void client() {
        http = new ApiHttp(port);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    List<String> documentGraphs() {
        return store.graphNames().stream().filter(g -> !GraphNames.isReference(g)).toList();
    }

    @Test
    void aWriterCommitsADocumentThenDeletesIt() {
        HttpResponse<String> response = http.upload("/api/ingest?commit=true", "plan-9101.txt", utf8(SeedTexts.seed001WithNumber(9101)), ApiHttp.WRITER, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode answer = ApiHttp.json(response);
        String iri = answer.get("document").asString();
        assertThat(iri).endsWith("/kh-9101");
        assertThat(answer.get("stored").asBoolean()).isTrue();
        assertThat(answer.get("violations").asLong()).isZero();
        assertThat(answer.get("graph").toString()).contains("9101/KH-UBND");
        assertThat(response.headers().firstValue("Location")).contains(iri);

        String graphName = GraphNames.ofDocument(iri);
        Graph stored = store.graph(graphName);
        assertThat(stored.size()).isEqualTo(answer.get("triples").asLong()).isPositive();
        assertThat(stored.contains(NodeFactory.createURI(iri), RDF.type.asNode(), org.directivegraph.vocab.DG.Plan.asNode())).isTrue();

        String query = "/api/documents?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        assertThat(http.delete(query, null).statusCode()).as("deleting needs credentials").isEqualTo(401);
        assertThat(store.graphNames()).contains(graphName);
        HttpResponse<String> deleted = http.delete(query, ApiHttp.WRITER);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(ApiHttp.json(deleted).get("triples").asLong()).isEqualTo(stored.size());
        assertThat(store.graphNames()).doesNotContain(graphName);
        HttpResponse<String> again = http.delete(query, ApiHttp.WRITER);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(ApiHttp.json(again).get("message").asString()).contains("no document " + iri);
        assertThat(http.delete("/api/documents?iri=" + URLEncoder.encode(GraphNames.UNITS, StandardCharsets.UTF_8), ApiHttp.WRITER)
                .statusCode()).as("reference graphs cannot be deleted here").isEqualTo(400);
    }

    @Test
    void withoutOrWithWrongCredentialsNothingIsStored() {
        List<String> before = documentGraphs();
        HttpResponse<String> none = http.upload("/api/ingest?commit=true", "plan-9102.txt", utf8(SeedTexts.seed001WithNumber(9102)), null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm=\"DirectiveGraph\""));
        HttpResponse<String> wrong = http.upload("/api/ingest?commit=true", "plan-9102.txt", utf8(SeedTexts.seed001WithNumber(9102)),
                ApiHttp.basic(ApplicationIntegrationTest.WRITER, "not-the-password"), null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(ApiHttp.json(wrong).get("message").asString()).isEqualTo("wrong user name or password");
        assertThat(documentGraphs()).isEqualTo(before);
        assertThat(store.graphNames()).noneMatch(g -> g.contains("kh-9102"));
    }

    @Test
    void checkingOnlyAnswers200AndStoresNothing() {
        List<String> before = documentGraphs();
        HttpResponse<String> response = http.upload("/api/ingest", "plan-9104.md", utf8(SeedTexts.seed001WithNumber(9104)), ApiHttp.WRITER, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = ApiHttp.json(response);
        assertThat(answer.get("stored").asBoolean()).isFalse();
        assertThat(answer.get("commit").asBoolean()).isFalse();
        assertThat(answer.get("triples").asLong()).isPositive();
        assertThat(store.graphNames()).doesNotContain(GraphNames.ofDocument(answer.get("document").asString()));
        assertThat(documentGraphs()).isEqualTo(before);
    }

    @Test
    void aWordFileIsReadByItsContent() throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("src/test/resources/documents/ke-hoach-thai-hoc.docx"));
        // checked only: this file is seed 000 in Word form, and the seed must stay as it is
        HttpResponse<String> response = http.upload("/api/ingest", "upload.bin", docx, ApiHttp.WRITER, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = ApiHttp.json(response);
        assertThat(answer.get("document").asString()).contains("/id/doc/");
        assertThat(answer.get("graph").toString()).contains("Nhữ Đình Thắng");
        assertThat(answer.get("findings").isArray()).isTrue();
    }

    @Test
    void violationsRefuseTheCommitWith422AndTheFindings() {
        String text = SeedTexts.seed001WithNumber(9105);
        String withoutOrganisationAndSignature = text.substring(0, text.indexOf("**III."));
        List<String> before = documentGraphs();
        HttpResponse<String> response = http.upload("/api/ingest?commit=true", "plan-9105.txt", utf8(withoutOrganisationAndSignature), ApiHttp.WRITER, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode answer = ApiHttp.json(response);
        assertThat(answer.get("stored").asBoolean()).isFalse();
        assertThat(answer.get("refusal").asString()).contains("violation", "force=true");
        assertThat(answer.get("findings").findValuesAsString("shape")).contains("PlanSignatureShape");
        JsonNode signature = null;
        for (JsonNode f : answer.get("findings")) {
            if (f.get("shape").asString().equals("PlanSignatureShape")) {
                signature = f;
            }
        }
        assertThat(signature.get("severity").asString()).isEqualTo("violation");
        assertThat(signature.get("message").get("en").asString()).isEqualTo("The plan has no signature block.");
        assertThat(signature.get("message").get("vi").asString()).isEqualTo("Kế hoạch không có phần chữ ký.");
        assertThat(documentGraphs()).isEqualTo(before);
    }

    @Test
    void randomBytesNamedPdfAre400WithTheReadersMessage() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        List<String> before = documentGraphs();
        HttpResponse<String> response = http.upload("/api/ingest?commit=true", "scan.pdf", noise, ApiHttp.WRITER, null);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode answer = ApiHttp.json(response);
        assertThat(answer.get("status").asInt()).isEqualTo(400);
        assertThat(answer.get("message").asString()).contains("scan.pdf");
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        assertThat(documentGraphs()).isEqualTo(before);
    }

    @Test
    void anUploadOverTheLimitIs413WithAClearMessage() {
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> response = http.upload("/api/ingest?commit=true", "big.txt", big, ApiHttp.WRITER, null);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(ApiHttp.json(response).get("message").asString()).contains("larger than the limit of 20 MB", "directivegraph.upload.max-file-size");
    }

    @Test
    void theHtmlAnswerEscapesTheDocumentsText() {
        String text = SeedTexts.seed001WithNumber(9106).replace("Quy chế dân chủ ở cơ sở**", "Quy chế dân chủ <script>alert('x')</script> ở cơ sở**");
        HttpResponse<String> response = http.upload("/api/ingest", "plan-<b>9106</b>.txt", utf8(text), ApiHttp.WRITER, "text/html");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(response.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "plan-&lt;b&gt;9106&lt;/b&gt;.txt", "Extracted facts");
        assertThat(response.body()).doesNotContain("<script>", "<b>9106");
    }

    @Test
    void turtleAndJsonLdAnswersAreTheGraph() {
        byte[] text = utf8(SeedTexts.seed001WithNumber(9107));
        HttpResponse<String> turtle = http.upload("/api/ingest", "plan-9107.txt", text, ApiHttp.WRITER, "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(turtle.body())).lang(Lang.TURTLE).parse(g);
        assertThat(g.find(null, org.directivegraph.vocab.DG.numberAndSymbol.asNode(), null).toList())
                .extracting(t -> t.getObject().getLiteralLexicalForm()).contains("9107/KH-UBND");

        HttpResponse<String> jsonld = http.upload("/api/ingest", "plan-9107.txt", text, ApiHttp.WRITER, "application/ld+json");
        assertThat(jsonld.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/ld+json"));
        Graph both = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(jsonld.body())).lang(Lang.JSONLD).parse(both);
        assertThat(both.contains(null, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/shacl#ValidationReport"))).isTrue();
        assertThat(both.size()).isGreaterThan(g.size());
    }

    @Test
    void badParametersAndMissingFilesAre400() {
        HttpResponse<String> badFlag = http.upload("/api/ingest?commit=maybe", "p.txt", utf8("x"), ApiHttp.WRITER, null);
        assertThat(badFlag.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.json(badFlag).get("message").asString()).contains("'commit' must be true or false");
        HttpResponse<String> notMultipart = http.post("/api/ingest", "text/plain", utf8("Số: 1/KH-UBND"), ApiHttp.WRITER, null);
        assertThat(notMultipart.statusCode()).isBetween(400, 415);
        assertThat(ApiHttp.json(notMultipart).get("message").asString()).contains("file");
    }
}
