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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.directivegraph.query.QueryRunner;
import org.directivegraph.query.SavedQueries;
import org.directivegraph.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.directivegraph.server.ApplicationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code /queries} and the editor page on the running application with the seeds. */
@ApplicationIntegrationTest
class SavedQueriesHttpIntegrationTests {

    static final String CT33 = "https://w3id.org/directivegraph/id/doc/VN/ttg/2021/ct-33";

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theListNamesEveryQueryWithItsParametersInJsonAndHtml() throws Exception {
        HttpResponse<String> json = get("/queries", "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode list = new ObjectMapper().readTree(json.body());
        List<String> names = new ArrayList<>();
        list.forEach(q -> names.add(q.get("name").asString()));
        assertThat(names).isEqualTo(SavedQueries.packaged().all().stream().map(q -> q.name()).toList());
        JsonNode gaps = list.get(names.indexOf("gaps"));
        assertThat(gaps.get("title").asString()).isEqualTo("Gaps");
        JsonNode directive = gaps.get("parameters").get(0);
        assertThat(directive.get("name").asString()).isEqualTo("directive");
        assertThat(directive.get("type").asString()).isEqualTo("iri");
        assertThat(directive.get("required").asBoolean()).isTrue();

        HttpResponse<String> html = get("/queries", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("<meta charset=\"utf-8\">").contains("action=\"/queries/gaps\"")
                .contains("name=\"asOf\"").contains("type=\"date\"");
    }

    @Test
    void aSavedQueryWithParametersAnswersTheSameRowsInEveryFormat() throws Exception {
        String path = "/queries/trace-down?directive=" + enc(CT33);
        HttpResponse<String> json = get(path, "application/sparql-results+json");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        List<String> documents = column(ResultSetMgr.read(new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON), "document");
        assertThat(documents).isNotEmpty();
        // every row has its level, copied out of the store (not left to resolve after the transaction)
        List<String> levels = column(ResultSetMgr.read(new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON), "level");
        List<String> direct = new ArrayList<>();
        new QueryRunner(store).select(SavedQueries.packaged().find("trace-down").orElseThrow(), java.util.Map.of("directive", CT33))
                .forEachRemaining(s -> direct.add(String.valueOf(s.get("level"))));
        assertThat(levels).isEqualTo(direct).anyMatch(l -> l.startsWith("https://w3id.org/directivegraph/vocab/level/"));

        HttpResponse<String> xml = get(path + "&format=xml", null);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+xml");
        assertThat(column(ResultSetMgr.read(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML), "document")).isEqualTo(documents);

        HttpResponse<String> csv = get(path, "text/csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(csv.body())).getRecords();
        assertThat(records.stream().map(r -> r.get("document")).toList()).isEqualTo(documents);

        HttpResponse<String> tsv = get(path + "&format=tsv", "application/json");
        assertThat(tsv.headers().firstValue("Content-Type").orElse("")).startsWith("text/tab-separated-values");
        assertThat(tsv.body().lines().count()).isEqualTo(documents.size() + 1);

        HttpResponse<String> html = get(path, "text/html");
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("<th>document</th>");
        assertThat(html.body().split("<tr>").length - 2).isEqualTo(documents.size());
        assertThat(html.body()).contains("href=\"" + documents.get(0) + "\"");
    }

    static List<String> column(ResultSet rs, String var) {
        List<String> values = new ArrayList<>();
        ResultSetFactory.copyResults(rs).forEachRemaining(s -> values.add(String.valueOf(s.get(var))));
        return values;
    }

    @Test
    void unknownQueriesAndBadOrMissingParametersAreSaidWhatIsWrong() throws Exception {
        HttpResponse<String> unknown = get("/queries/no-such-query", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no-such-query").contains("trace-down").contains("gaps");

        HttpResponse<String> missing = get("/queries/gaps?area=" + enc("https://w3id.org/directivegraph/id/unit/31"), null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("needs parameter 'directive'");

        HttpResponse<String> badDate = get("/queries/gaps?directive=" + enc(CT33) + "&area=" + enc("https://w3id.org/directivegraph/id/unit/31")
                + "&asOf=" + enc("2024-13-45"), null);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("asOf").contains("YYYY-MM-DD");

        HttpResponse<String> extra = get("/queries/trace-down?directive=" + enc(CT33) + "&plan=x", null);
        assertThat(extra.statusCode()).isEqualTo(400);
        assertThat(extra.body()).contains("has no parameter 'plan'");

        HttpResponse<String> format = get("/queries/trace-down?directive=" + enc(CT33) + "&format=pdf", null);
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("Unknown format 'pdf'");
    }

    @Test
    void injectionThroughAParameterIsRefusedAndChangesNothing() throws Exception {
        String count = "/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        String before = get(count, "text/csv").body();
        HttpResponse<String> iri = get("/queries/trace-down?directive=" + enc(CT33 + "> } UNION { ?s ?p ?o"), null);
        assertThat(iri.statusCode()).isEqualTo(400);
        assertThat(iri.body()).contains("directive").contains("IRI");
        HttpResponse<String> date = get("/queries/obligations-due?from=" + enc("2024-01-01\" } ; DROP ALL ; SELECT * { \""), null);
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(get(count, "text/csv").body()).isEqualTo(before);
    }

    @Test
    void theEditorPageIsServedWithItsAssetsFromTheApplication() throws Exception {
        HttpResponse<String> page = get("/sparql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains(EditorPage.YASGUI + "yasgui.min.js").contains(EditorPage.YASGUI + "yasgui.min.css");
        // every script and stylesheet comes from this server
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
        for (String asset : List.of("yasgui.min.js", "yasgui.min.css")) {
            HttpResponse<String> a = get(EditorPage.YASGUI + asset, null);
            assertThat(a.statusCode()).as(asset).isEqualTo(200);
            assertThat(a.body().length()).as(asset).isGreaterThan(10_000);
        }
        // the saved queries and prefixes are in the page's configuration
        int start = html.indexOf("<script type=\"application/json\" id=\"dg-editor\">");
        String json = html.substring(html.indexOf('>', start) + 1, html.indexOf("</script>", start));
        JsonNode config = new ObjectMapper().readTree(json);
        assertThat(config.get("queries")).hasSize(SavedQueries.packaged().all().size());
        assertThat(config.get("prefixes").get("dg").asString()).isEqualTo("https://w3id.org/directivegraph/ontology#");
        assertThat(config.get("start").asString()).contains("PREFIX dgsh:");

        // a client that wants results, not a page, is told to send a query
        HttpResponse<String> noQuery = get("/sparql", "application/sparql-results+json");
        assertThat(noQuery.statusCode()).isEqualTo(400);
    }

    @Test
    void savedQueriesRespectTheResultLimit() throws Exception {
        // trace-down has no LIMIT of its own, so it gets the test application's maximum, 5000, and says so
        HttpResponse<String> r = get("/queries/trace-down?directive=" + enc(CT33), "text/csv");
        assertThat(r.headers().firstValue(QueryLimits.LIMIT_HEADER)).contains("5000");
        assertThat(r.statusCode()).isEqualTo(200);
    }
}
