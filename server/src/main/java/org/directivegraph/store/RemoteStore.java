package org.directivegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.directivegraph.vocab.DG;

/**
 * A store on a remote SPARQL 1.1 server such as Apache Jena Fuseki, reached by the SPARQL protocol (queries)
 * and the graph store protocol (graphs). The dataset must query the union of its named graphs as its
 * default graph (Fuseki with TDB2: {@code tdb2:unionDefaultGraph true}); {@link #checkUnionDefaultGraph()}
 * says so when it does not.
 *
 * <p>Each graph write is one HTTP request, which the server applies atomically; a write of several graphs
 * is several requests (reference data writes its fingerprint last, so an interrupted upgrade is redone).
 */
public final class RemoteStore implements GraphStore {

    /** How many IRIs one context query asks about. */
    private static final int BATCH = 200;

    private final String datasetUrl;
    private final String queryUrl;
    private final String gspUrl;
    private final HttpClient http;
    /** The {@code Authorization} header sent with every request, or {@code null}. */
    private final String authorization;

    /**
     * A store at a Fuseki-style dataset URL ({@code http://host:3030/ds}): queries go to {@code {url}/query},
     * graphs to {@code {url}/data}.
     *
     * @param user user name for the server, or {@code null}
     * @param password its password, or {@code null}
     */
    public RemoteStore(String datasetUrl, String user, String password) {
        this(datasetUrl, stripSlash(datasetUrl) + "/query", stripSlash(datasetUrl) + "/data", user, password);
    }

    /** A store with explicit query and graph store endpoints. */
    public RemoteStore(String datasetUrl, String queryUrl, String gspUrl, String user, String password) {
        this.datasetUrl = stripSlash(datasetUrl);
        this.queryUrl = queryUrl;
        this.gspUrl = gspUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
        // sent with every request rather than after a 401 challenge: a challenged PUT would have to send its body twice
        this.authorization = user == null || user.isBlank() ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    }

    private GSP gsp() {
        GSP gsp = GSP.service(gspUrl).httpClient(http);
        if (authorization != null) {
            gsp.httpHeader("Authorization", authorization);
        }
        return gsp;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String location() {
        return datasetUrl;
    }

    @Override
    public <T> T query(Query query, Map<String, Node> bindings, Function<QueryExec, T> action) {
        QueryExecHTTPBuilder builder = QueryExecHTTP.newBuilder().endpoint(queryUrl).httpClient(http)
                .query(BoundQueries.substitute(query, bindings));
        if (authorization != null) {
            builder.httpHeader("Authorization", authorization);
        }
        try (QueryExec qe = builder.build()) {
            return action.apply(qe);
        }
    }

    @Override
    public Graph graph(String name) {
        try {
            return gsp().graphName(name).GET();
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return GraphFactory.createDefaultGraph();
            }
            throw e;
        }
    }

    @Override
    public void putGraphs(Map<String, Graph> graphs) {
        graphs.forEach((name, content) -> gsp().graphName(name).PUT(content));
    }

    @Override
    public void deleteGraph(String name) {
        // sent here rather than through GSP.DELETE, which does not pass the Authorization header on
        String url = gspUrl + "?graph=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request(url).DELETE(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
            throw new HttpException(response.statusCode(), "delete of graph " + name + " at " + gspUrl + " failed", response.body());
        }
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private <B> HttpResponse<B> send(HttpRequest.Builder request, HttpResponse.BodyHandler<B> body) {
        HttpRequest built = request.build();
        try {
            return http.send(built, body);
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(built.method() + " " + built.uri() + " interrupted", e);
        }
    }

    @Override
    public List<String> graphNames() {
        List<String> names = select("SELECT DISTINCT ?g { GRAPH ?g { } }", "g");
        names.sort(null);
        return names;
    }

    @Override
    public long size() {
        List<String> n = select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "n");
        return n.isEmpty() ? 0 : Long.parseLong(n.get(0));
    }

    private List<String> select(String sparql, String var) {
        return query(QueryFactory.create(sparql), Map.of(), qe -> {
            List<String> values = new ArrayList<>();
            RowSet rows = qe.select();
            rows.forEachRemaining(b -> {
                Node n = b.get(var);
                values.add(n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
            });
            return values;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>The backup is read through once to check it, then sent as the body of one {@code PUT} to the graph store
     * endpoint without a graph name, which replaces the whole dataset: Fuseki does so in one transaction.
     */
    @Override
    public long replaceAll(BackupReader backup) {
        long quads = backup.forEachQuad(q -> { });
        HttpResponse<String> response = send(request(gspUrl).header("Content-Type", Lang.NQUADS.getHeaderString())
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        return backup.openNQuads();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new HttpException(response.statusCode(), "restore into " + gspUrl + " failed", response.body());
        }
        return quads;
    }

    @Override
    public void dump(OutputStream out) {
        // streamed as the server writes it, not held in memory
        HttpResponse<InputStream> response = send(request(gspUrl).header("Accept", Lang.NQUADS.getHeaderString()).GET(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new HttpException(response.statusCode(), "dump of " + gspUrl + " failed",
                        new String(in.readNBytes(2000), StandardCharsets.UTF_8));
            }
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("dump of " + gspUrl + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Fetches the part of the store a new graph refers to (two steps out from every IRI it mentions, from every
     * graph but {@code graphName}, and every ancestor unit of a unit reached, which the hierarchy shapes follow to
     * the top) plus the ontology, validates against that and stores it, with the decision's addition, in one PUT.
     * Another writer may store a graph between the fetch and the PUT: the check is as of the fetch.
     */
    @Override
    public <T> T checkAndPut(String graphName, Graph content, Function<Graph, Decision<T>> decide) {
        Graph context = graph(GraphNames.ONTOLOGY);
        Node excluded = NodeFactory.createURI(graphName);
        Set<Node> seen = new HashSet<>();
        Set<Node> frontier = iris(content);
        for (int step = 0; step < 2 && !frontier.isEmpty(); step++) {
            seen.addAll(frontier);
            Graph fetched = fetch(DESCRIBE, new ArrayList<>(frontier), excluded);
            GraphUtil.addInto(context, fetched);
            frontier = iris(fetched);
            frontier.removeAll(seen);
        }
        List<Node> units = GraphUtil.listSubjects(context, DG.parentUnit.asNode(), Node.ANY).toList();
        GraphUtil.addInto(context, fetch(ANCESTORS, units, excluded));
        Decision<T> decision = decide.apply(context);
        if (decision.store()) {
            // content and addition in one PUT, so the server applies them as one write
            Graph stored = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(stored, content);
            GraphUtil.addInto(stored, decision.addition());
            putGraph(graphName, stored);
        }
        return decision.outcome();
    }

    private static final String DESCRIBE = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != ?excluded) }";
    private static final String ANCESTORS = "CONSTRUCT { ?a ?p ?o } WHERE { ?s <" + DG.parentUnit.getURI() + ">+ ?a . "
            + "GRAPH ?g { ?a ?p ?o } FILTER (?g != ?excluded) }";

    private static Set<Node> iris(Graph g) {
        Set<Node> iris = new HashSet<>();
        g.find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                iris.add(t.getSubject());
            }
            if (t.getObject().isURI()) {
                iris.add(t.getObject());
            }
        });
        return iris;
    }

    /** Runs a CONSTRUCT over {@code ?s} bound to each of {@code subjects} in turn, in batches. */
    private Graph fetch(String construct, List<Node> subjects, Node excludedGraph) {
        Graph result = GraphFactory.createDefaultGraph();
        Var s = Var.alloc("s");
        for (int i = 0; i < subjects.size(); i += BATCH) {
            Query q = QueryFactory.create(construct);
            // the IRIs go in as a VALUES block of terms, not as text
            List<Binding> rows = subjects.subList(i, Math.min(subjects.size(), i + BATCH)).stream()
                    .map(n -> BindingFactory.binding(s, n)).toList();
            q.setValuesDataBlock(List.of(s), rows);
            GraphUtil.addInto(result, query(q, Map.of("excluded", excludedGraph), QueryExec::construct));
        }
        return result;
    }

    /**
     * Checks that the server queries the union of the named graphs as its default graph, as the saved queries
     * need.
     *
     * @throws IllegalStateException with what to change when it does not
     */
    public void checkUnionDefaultGraph() {
        boolean inNamed = query(QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } }"), Map.of(), QueryExec::ask);
        boolean inDefault = query(QueryFactory.create("ASK { ?s ?p ?o }"), Map.of(), QueryExec::ask);
        if (inNamed && !inDefault) {
            throw new IllegalStateException("the remote store " + datasetUrl + " does not query the union of its named graphs as"
                    + " its default graph; configure its dataset with tdb2:unionDefaultGraph true (see docs/scaling.md)");
        }
    }

    @Override
    public void close() {
        // the HTTP client holds no resources that need closing on Java 17
    }
}
