package org.directivegraph.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.server.ApplicationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /sparql} over HTTP on the running application with the seeds: formats, methods, refusals, limits. */
@ApplicationIntegrationTest
class SparqlEndpointIntegrationTests {

    static final String PLANS = "PREFIX dg: <https://w3id.org/directivegraph/ontology#>\n"
            + "SELECT ?plan ?title WHERE { ?plan a dg:Plan ; dg:title ?title } ORDER BY ?plan LIMIT 50";
    static final String CONSTRUCT = "PREFIX dg: <https://w3id.org/directivegraph/ontology#>\n"
            + "CONSTRUCT { ?plan a dg:Plan ; dg:title ?title } WHERE { ?plan a dg:Plan ; dg:title ?title } LIMIT 50";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(String query, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String contentType, String body, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static List<String> column(ResultSet rs, String var) {
        List<String> values = new ArrayList<>();
        rs.forEachRemaining(s -> values.add(s.get(var).toString()));
        return values;
    }

    static ResultSet parse(String body, Lang lang) {
        return ResultSetFactory.copyResults(ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang));
    }

    @Test
    void selectInEveryResultFormatGivesTheSameRows() throws Exception {
        HttpResponse<String> json = get(PLANS, "application/sparql-results+json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        List<String> plans = column(parse(json.body(), ResultSetLang.RS_JSON), "plan");
        assertThat(plans).hasSizeGreaterThanOrEqualTo(3).allMatch(p -> p.startsWith("https://w3id.org/directivegraph/id/doc/"));
        assertThat(json.headers().firstValue(QueryLimits.LIMIT_HEADER)).isEmpty();

        HttpResponse<String> xml = get(PLANS, "application/sparql-results+xml");
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+xml");
        assertThat(column(parse(xml.body(), ResultSetLang.RS_XML), "plan")).isEqualTo(plans);

        HttpResponse<String> csv = get(PLANS, "text/csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(csv.body())).getRecords();
        assertThat(records.stream().map(r -> r.get("plan")).toList()).isEqualTo(plans);
        // Vietnamese titles arrive whole
        assertThat(records.stream().map(r -> r.get("title")).toList()).anyMatch(t -> t.matches(".*[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ].*"));

        HttpResponse<String> tsv = get(PLANS, "text/tab-separated-values");
        assertThat(tsv.headers().firstValue("Content-Type").orElse("")).startsWith("text/tab-separated-values");
        List<String> lines = tsv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("?plan\t?title");
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.substring(1, l.indexOf('>'))).toList()).isEqualTo(plans);
    }

    @Test
    void askAnswersInJsonAndXml() throws Exception {
        String ask = "ASK { ?s a <https://w3id.org/directivegraph/ontology#Plan> }";
        assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(get(ask, "application/sparql-results+json").body().getBytes()), ResultSetLang.RS_JSON)).isTrue();
        assertThat(get(ask, "application/sparql-results+xml").body()).contains("<boolean>true</boolean>");
        String none = "ASK { ?s a <https://w3id.org/directivegraph/ontology#NoSuchClass> }";
        assertThat(get(none, "application/sparql-results+json").body()).containsPattern("\"boolean\"\\s*:\\s*false");
    }

    @Test
    void constructInTurtleJsonLdNTriplesAndRdfXmlGivesOneGraph() throws Exception {
        Graph turtle = graph(get(CONSTRUCT, "text/turtle"), Lang.TURTLE);
        assertThat(turtle.size()).isGreaterThanOrEqualTo(6);
        for (Lang lang : List.of(Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML)) {
            Graph other = graph(get(CONSTRUCT, lang.getHeaderString()), lang);
            assertThat(other.size()).as(lang.getName()).isEqualTo(turtle.size());
            assertThat(other.isIsomorphicWith(turtle)).as(lang.getName()).isTrue();
        }
    }

    static Graph graph(HttpResponse<String> response, Lang lang) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(lang.getHeaderString());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).parse(g);
        return g;
    }

    @Test
    void postAsFormAndAsSparqlQueryAnswerLikeGet() throws Exception {
        Set<String> viaGet = new TreeSet<>(column(parse(get(PLANS, "application/sparql-results+json").body(), ResultSetLang.RS_JSON), "plan"));
        HttpResponse<String> form = post("application/x-www-form-urlencoded", "query=" + URLEncoder.encode(PLANS, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(new TreeSet<>(column(parse(form.body(), ResultSetLang.RS_JSON), "plan"))).isEqualTo(viaGet);
        HttpResponse<String> body = post("application/sparql-query", PLANS, "application/sparql-results+json");
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(new TreeSet<>(column(parse(body.body(), ResultSetLang.RS_JSON), "plan"))).isEqualTo(viaGet);
    }

    @Test
    void updatesAreRefusedAndNothingChanges() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        String before = get(count, "text/csv").body();
        String drop = "DROP ALL";
        HttpResponse<String> asForm = post("application/x-www-form-urlencoded", "update=" + URLEncoder.encode(drop, StandardCharsets.UTF_8), "*/*");
        assertThat(asForm.statusCode()).isEqualTo(403);
        assertThat(asForm.body()).contains("read-only");
        HttpResponse<String> asBody = post("application/sparql-update", "INSERT DATA { <urn:x> <urn:y> <urn:z> }", "*/*");
        assertThat(asBody.statusCode()).isEqualTo(403);
        HttpResponse<String> asQuery = get(drop, null);
        assertThat(asQuery.statusCode()).isEqualTo(403);
        assertThat(asQuery.body()).contains("read-only");
        assertThat(get(count, "text/csv").body()).isEqualTo(before);
    }

    @Test
    void aSyntaxErrorIsA400WithLineAndColumn() throws Exception {
        HttpResponse<String> r = get("SELECT ?s WHERE {\n  ?s ?p \n}", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("SPARQL syntax error").containsPattern("line 3, column \\d+");
    }

    @Test
    void theResultLimitIsAppliedAndAnnounced() throws Exception {
        // the test application allows 5000 rows; the units graph holds far more triples
        HttpResponse<String> r = get("SELECT ?s ?p ?o { ?s ?p ?o }", "text/tab-separated-values");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue(QueryLimits.LIMIT_HEADER)).contains("5000");
        assertThat(r.body().lines().count()).isEqualTo(5001);
        HttpResponse<String> larger = get("SELECT ?s { ?s ?p ?o } LIMIT 100000", "text/csv");
        assertThat(larger.headers().firstValue(QueryLimits.LIMIT_HEADER)).contains("5000");
        assertThat(larger.body().lines().count()).isEqualTo(5001);
        HttpResponse<String> smaller = get("SELECT ?s { ?s ?p ?o } LIMIT 7", "text/csv");
        assertThat(smaller.headers().firstValue(QueryLimits.LIMIT_HEADER)).isEmpty();
        assertThat(smaller.body().lines().count()).isEqualTo(8);
    }

    @Test
    void aQueryThatRunsForeverIsStoppedAndTheServerStillAnswers() throws Exception {
        String forever = "PREFIX dg: <https://w3id.org/directivegraph/ontology#>\n"
                + "SELECT (COUNT(*) AS ?n) { ?a a dg:AdministrativeUnit . ?b a dg:AdministrativeUnit . ?c a dg:AdministrativeUnit ."
                + " ?d a dg:AdministrativeUnit . FILTER (STR(?a) != STR(?d)) }";
        long start = System.nanoTime();
        HttpResponse<String> r = get(forever, "application/sparql-results+json");
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("Query stopped").contains("5 s").contains("directivegraph.sparql.timeout");
        assertThat(seconds).isLessThan(15);
        long next = System.nanoTime();
        HttpResponse<String> quick = get(PLANS, "application/sparql-results+json");
        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - next).toSeconds()).isLessThan(3);
    }

    @Test
    void unknownFormatsAndMethodsAreRefused() throws Exception {
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isBetween(400, 499);
        HttpResponse<String> noQuery = get("", "application/sparql-results+json");
        assertThat(noQuery.statusCode()).isEqualTo(400);
        assertThat(noQuery.body()).contains("No query");
    }
}
