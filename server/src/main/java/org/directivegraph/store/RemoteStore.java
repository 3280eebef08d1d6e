package org.directivegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
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
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL);
        if (user != null && !user.isBlank()) {
            char[] pw = password == null ? new char[0] : password.toCharArray();
            b.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, pw);
                }
            });
        }
        this.http = b.build();
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
        QueryExecHTTPBuilder builder = QueryExecHTTP.newBuilder().endpoint(queryUrl).httpClient(http).query(query);
        bindings.forEach(builder::substitution);
        try (QueryExec qe = builder.build()) {
            return action.apply(qe);
        }
    }

    @Override
    public Graph graph(String name) {
        try {
            return GSP.service(gspUrl).httpClient(http).graphName(name).GET();
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return GraphFactory.createDefaultGraph();
            }
            throw e;
        }
    }

    @Override
    public void putGraphs(Map<String, Graph> graphs) {
        graphs.forEach((name, content) -> GSP.service(gspUrl).httpClient(http).graphName(name).PUT(content));
    }

    @Override
    public void deleteGraph(String name) {
        try {
            GSP.service(gspUrl).httpClient(http).graphName(name).DELETE();
        } catch (HttpException e) {
            if (e.getStatusCode() != 404) {
                throw e;
            }
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

    @Override
    public void dump(OutputStream out) {
        // streamed as the server writes it, not held in memory
        HttpRequest request = HttpRequest.newBuilder(URI.create(gspUrl)).header("Accept", Lang.NQUADS.getHeaderString()).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new HttpException(response.statusCode(), "dump of " + gspUrl + " failed", new String(in.readNBytes(2000)));
                }
                in.transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("dump of " + gspUrl + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("dump of " + gspUrl + " interrupted", e);
        }
    }

    /**
     * Fetches the part of the store a new graph refers to (two steps out from every IRI it mentions, from every
     * graph but {@code graphName}) plus the ontology, validates against that and stores with one PUT.
     */
    @Override
    public <T> T checkAndPut(String graphName, Graph content, Function<Graph, Decision<T>> decide) {
        Graph context = graph(GraphNames.ONTOLOGY);
        Set<Node> seen = new HashSet<>();
        Set<Node> frontier = iris(content);
        for (int step = 0; step < 2 && !frontier.isEmpty(); step++) {
            seen.addAll(frontier);
            Graph fetched = describe(new ArrayList<>(frontier), graphName);
            fetched.find().forEachRemaining(context::add);
            frontier = iris(fetched);
            frontier.removeAll(seen);
        }
        Decision<T> decision = decide.apply(context);
        if (decision.store()) {
            putGraph(graphName, content);
        }
        return decision.outcome();
    }

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

    private Graph describe(List<Node> subjects, String excludedGraph) {
        Graph result = GraphFactory.createDefaultGraph();
        Var s = Var.alloc("s");
        for (int i = 0; i < subjects.size(); i += BATCH) {
            Query q = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != ?excluded) }");
            // the IRIs go in as a VALUES block of terms, not as text
            List<Binding> rows = subjects.subList(i, Math.min(subjects.size(), i + BATCH)).stream()
                    .map(n -> BindingFactory.binding(s, n)).toList();
            q.setValuesDataBlock(List.of(s), rows);
            Graph part = query(q, Map.of("excluded", NodeFactory.createURI(excludedGraph)), QueryExec::construct);
            part.find().forEachRemaining((Triple t) -> result.add(t));
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
