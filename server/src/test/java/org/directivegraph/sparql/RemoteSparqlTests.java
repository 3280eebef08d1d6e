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
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.store.RemoteStore;
import org.directivegraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /sparql} when the store is remote: a Fuseki server started in this process over an in-memory TDB2
 * dataset with the union default graph plays the remote store, and the endpoint's own filters (the guard, then
 * the forwarding to the remote store) run in a second, empty servlet container in front of it, over real HTTP.
 */
class RemoteSparqlTests {

    static final String DG = "https://w3id.org/directivegraph/ontology#";
    static KnowledgeStore backing;
    static FusekiServer remote;
    static FusekiServer front;
    static BoundedExecution execution;
    static int port;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        backing = KnowledgeStore.inMemory();
        DatasetGraph dsg = backing.dataset().asDatasetGraph();
        // the remote server stops runaway queries itself too
        dsg.getContext().set(ARQ.queryTimeout, "4000");
        remote = FusekiServer.create().port(0).loopback(true).add("/dg", dsg).build().start();
        RemoteStore store = new RemoteStore("http://localhost:" + remote.getHttpPort() + "/dg", null, null);
        // two graphs of 150 units each, written through the graph store protocol
        for (int g = 0; g < 2; g++) {
            Graph units = GraphFactory.createDefaultGraph();
            for (int i = 0; i < 150; i++) {
                Node unit = NodeFactory.createURI("https://w3id.org/directivegraph/id/unit/" + (g * 1000 + i));
                units.add(Triple.create(unit, RDF.type.asNode(), NodeFactory.createURI(DG + "AdministrativeUnit")));
                units.add(Triple.create(unit, NodeFactory.createURI(DG + "officialCode"), NodeFactory.createLiteralString(String.format("%05d", g * 1000 + i))));
            }
            store.putGraph("https://w3id.org/directivegraph/graph/test-units-" + g, units);
        }
        QueryLimits limits = new QueryLimits(Duration.ofSeconds(2), 50);
        execution = new BoundedExecution(store, limits);
        front = FusekiServer.create().port(0).loopback(true)
                .addFilter(ReadOnlyFuseki.PATH, new SparqlGuardFilter(limits))
                .addFilter(ReadOnlyFuseki.PATH, new RemoteSparqlFilter(execution))
                .build().start();
        port = front.getHttpPort();
    }

    @AfterAll
    static void stop() {
        for (FusekiServer s : new FusekiServer[] {front, remote}) {
            if (s != null) {
                s.stop();
            }
        }
        if (execution != null) {
            execution.close();
        }
        if (backing != null) {
            backing.close();
        }
    }

    static HttpResponse<String> get(String query, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static final String UNITS = "PREFIX dg: <https://w3id.org/directivegraph/ontology#>\n"
            + "SELECT ?unit ?code WHERE { ?unit a dg:AdministrativeUnit ; dg:officialCode ?code } ORDER BY ?code LIMIT 20";

    @Test
    void selectIsForwardedAndAnsweredInEveryFormat() throws Exception {
        HttpResponse<String> json = get(UNITS, "application/sparql-results+json");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        List<String> units = column(json.body(), ResultSetLang.RS_JSON, "unit");
        assertThat(units).hasSize(20).doesNotHaveDuplicates().allMatch(u -> u.startsWith("https://w3id.org/directivegraph/id/unit/"));
        assertThat(column(get(UNITS, "application/sparql-results+xml").body(), ResultSetLang.RS_XML, "unit")).isEqualTo(units);
        assertThat(CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(get(UNITS, "text/csv").body()))
                .getRecords().stream().map(r -> r.get("unit")).toList()).isEqualTo(units);
        HttpResponse<String> tsv = get(UNITS, "text/tab-separated-values");
        assertThat(tsv.headers().firstValue("Content-Type").orElse("")).startsWith("text/tab-separated-values");
        assertThat(tsv.body().lines().count()).isEqualTo(21);
    }

    static List<String> column(String body, Lang lang, String var) {
        ResultSet rs = ResultSetFactory.copyResults(ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang));
        List<String> values = new ArrayList<>();
        rs.forEachRemaining(s -> values.add(s.get(var).toString()));
        return values;
    }

    @Test
    void constructIsTheSameGraphInEveryFormatAndAskWorks() throws Exception {
        String construct = "PREFIX dg: <https://w3id.org/directivegraph/ontology#>\n"
                + "CONSTRUCT { ?unit dg:officialCode ?code } WHERE { ?unit a dg:AdministrativeUnit ; dg:officialCode ?code } LIMIT 10";
        Graph turtle = graph(get(construct, "text/turtle"), Lang.TURTLE);
        assertThat(turtle.size()).isEqualTo(10);
        for (Lang lang : List.of(Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML)) {
            assertThat(graph(get(construct, lang.getHeaderString()), lang).isIsomorphicWith(turtle)).as(lang.getName()).isTrue();
        }
        assertThat(get("ASK { ?s a <https://w3id.org/directivegraph/ontology#AdministrativeUnit> }", "application/sparql-results+json").body())
                .containsPattern("\"boolean\"\\s*:\\s*true");
    }

    static Graph graph(HttpResponse<String> r, Lang lang) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(lang.getHeaderString());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(g);
        return g;
    }

    @Test
    void theLimitTheGuardAndTheTimeoutWorkTheSame() throws Exception {
        HttpResponse<String> all = get("SELECT * { ?s ?p ?o }", "text/csv");
        assertThat(all.headers().firstValue(QueryLimits.LIMIT_HEADER)).contains("50");
        assertThat(all.body().lines().count()).isEqualTo(51);
        HttpResponse<String> syntax = get("SELECT * {", null);
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(syntax.body()).contains("line 1, column");
        assertThat(get("CLEAR ALL", null).statusCode()).isEqualTo(403);
        String forever = "PREFIX dg: <https://w3id.org/directivegraph/ontology#>\n"
                + "SELECT (COUNT(*) AS ?n) { ?a a dg:AdministrativeUnit . ?b a dg:AdministrativeUnit . ?c a dg:AdministrativeUnit . ?d a dg:AdministrativeUnit . }";
        long start = System.nanoTime();
        HttpResponse<String> stopped = get(forever, "application/sparql-results+json");
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body()).contains("Query stopped").contains("2 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start).toSeconds()).isLessThan(8);
        assertThat(get(UNITS, "application/sparql-results+json").statusCode()).isEqualTo(200);
    }
}
