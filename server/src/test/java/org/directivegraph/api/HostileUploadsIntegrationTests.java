package org.directivegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.directivegraph.extract.source.TestDocuments;
import org.directivegraph.server.ApplicationIntegrationTest;
import org.directivegraph.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Hostile uploads over real HTTP, each sent by the writer with {@code commit=true} where it could store anything:
 * a Word file with an external entity, a Word zip bomb, JSON-LD over the upload limit and nested 100,000 deep,
 * deeply nested Turtle. Each gets a 4xx with a message that says what is wrong, the server keeps answering, and the
 * store holds exactly the graphs and quads it held before. (XXE in RDF/XML, a remote {@code @context} and malformed
 * Turtle are in {@link ValidateIntegrationTests}.)
 */
@ApplicationIntegrationTest
class HostileUploadsIntegrationTests {

    private static final int DEEP = 100_000;

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    ApiHttp http;
    List<String> graphsBefore;
    long quadsBefore;

    @BeforeEach
    void client() {
        http = new ApiHttp(port);
        graphsBefore = store.graphNames();
        quadsBefore = store.size();
    }

    @AfterEach
    void nothingWasStoredAndTheServerStillAnswers() {
        assertThat(store.graphNames()).as("graphs after a hostile upload").isEqualTo(graphsBefore);
        assertThat(store.size()).as("quads after a hostile upload").isEqualTo(quadsBefore);
        HttpResponse<String> valid = http.post("/api/validate", "text/turtle",
                "<https://w3id.org/directivegraph/id/doc/x> <https://w3id.org/directivegraph/ontology#title> \"x\" ."
                        .getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
    }

    private static String message(HttpResponse<String> response) {
        JsonNode answer = ApiHttp.json(response);
        assertThat(answer.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        return answer.get("message").asString();
    }

    @Test
    void aWordFileWithAnExternalEntityIs400AndNothingIsStored(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "XXE-SECRET-9c2e");
        Path xxe = TestDocuments.rewriteEntry(TestDocuments.fixture(TestDocuments.DOCX), dir.resolve("xxe.docx"), "word/document.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                        .replaceFirst("ỦY BAN NHÂN DÂN</w:t>", "ỦY BAN NHÂN DÂN &xxe;</w:t>"));
        HttpResponse<String> response = http.upload("/api/ingest?commit=true", "xxe.docx", Files.readAllBytes(xxe), ApiHttp.WRITER, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(message(response)).startsWith("xxe.docx is not a readable Word document").contains("DOCTYPE");
        assertThat(response.body()).doesNotContain("XXE-SECRET");
    }

    @Test
    void aWordZipBombIs400AtOnceAndNothingIsStored(@TempDir Path dir) throws Exception {
        Path bomb = TestDocuments.zipBomb(dir.resolve("bomb.docx"), "", (byte) 0, 1100, "", -1);
        HttpResponse<String> response = http.upload("/api/ingest?commit=true", "bomb.docx", Files.readAllBytes(bomb), ApiHttp.WRITER, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(message(response)).startsWith("bomb.docx looks like a zip bomb").contains("1.1 GB");

        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>";
        Path liar = TestDocuments.zipBomb(dir.resolve("liar.docx"), head, (byte) ' ', 1100, "</w:body></w:document>", 900_000);
        HttpResponse<String> lying = http.upload("/api/ingest?commit=true", "liar.docx", Files.readAllBytes(liar), ApiHttp.WRITER, null);
        assertThat(lying.statusCode()).as(lying.body()).isEqualTo(400);
        assertThat(message(lying)).startsWith("liar.docx looks like a zip bomb").contains("more than");
    }

    @Test
    void jsonLdOverTheUploadLimitIs413InTheBodyAndAsAFile() {
        byte[] big = oversizedJsonLd(21 * 1024 * 1024);
        HttpResponse<String> body = http.post("/api/validate", "application/ld+json", big, null, null);
        assertThat(body.statusCode()).isEqualTo(413);
        assertThat(message(body)).contains("larger than the limit of 20 MB", "directivegraph.upload.max-file-size");
        HttpResponse<String> file = http.upload("/api/validate", "big.jsonld", big, null, null);
        assertThat(file.statusCode()).isEqualTo(413);
        assertThat(message(file)).contains("larger than the limit of 20 MB");
    }

    @Test
    void jsonLdNested100000DeepIs400WithoutAStackOverflow() {
        String arrays = "{\"@context\": {\"@vocab\": \"https://w3id.org/directivegraph/ontology#\"},"
                + " \"@id\": \"https://w3id.org/directivegraph/id/doc/x\", \"title\": " + "[".repeat(DEEP) + "\"x\"" + "]".repeat(DEEP) + "}";
        String objects = "{\"@context\": {\"@vocab\": \"https://w3id.org/directivegraph/ontology#\"}, \"@id\": \"https://w3id.org/directivegraph/id/doc/x\","
                + " \"task\": " + "{\"task\": ".repeat(DEEP) + "\"x\"" + "}".repeat(DEEP) + "}";
        for (String doc : List.of(arrays, objects)) {
            HttpResponse<String> response = http.post("/api/validate", "application/ld+json", doc.getBytes(StandardCharsets.UTF_8), null, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(message(response)).startsWith("not read as JSON-LD: it nests brackets deeper than 100 levels (line 1, column ");
        }
        HttpResponse<String> file = http.upload("/api/validate", "deep.jsonld", arrays.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(message(file)).contains("deeper than 100 levels");
    }

    @Test
    void deeplyNestedTurtleAndTrigAre400() {
        String turtle = "@prefix dg: <https://w3id.org/directivegraph/ontology#> .\n<https://w3id.org/directivegraph/id/doc/x> dg:task "
                + "[ dg:task ".repeat(DEEP) + "\"x\"" + " ]".repeat(DEEP) + " .\n";
        HttpResponse<String> response = http.post("/api/validate", "text/turtle", turtle.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(message(response)).startsWith("not read as Turtle: it nests brackets deeper than 100 levels (line 2");
        String list = "<https://w3id.org/directivegraph/id/doc/x> <https://w3id.org/directivegraph/ontology#task> "
                + "(".repeat(DEEP) + "1" + ")".repeat(DEEP) + " .";
        HttpResponse<String> trig = http.post("/api/validate", "application/trig", list.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(trig.statusCode()).as(trig.body()).isEqualTo(400);
        assertThat(message(trig)).startsWith("not read as TriG: it nests brackets deeper than 100 levels");
    }

    /** Valid JSON-LD of about {@code size} bytes: one node with a long list of titles. */
    private static byte[] oversizedJsonLd(int size) {
        StringBuilder b = new StringBuilder(size + 100).append("{\"@context\": {\"@vocab\": \"https://w3id.org/directivegraph/ontology#\"},"
                + " \"@id\": \"https://w3id.org/directivegraph/id/doc/x\", \"title\": [");
        for (int i = 0; b.length() < size; i++) {
            b.append(i == 0 ? "" : ", ").append("\"Kế hoạch số ").append(i).append('"');
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
