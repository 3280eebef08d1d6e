package org.directivegraph.bench;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.directivegraph.query.QueryRunner;
import org.directivegraph.query.SavedQueries;
import org.directivegraph.query.SavedQuery;

/**
 * Benchmark 4: latency of trace up (from commune plans), trace down and coverage (from the directive implemented by
 * the most plans, over the whole dataset) as a user asks DirectiveGraph for them ({@code /queries/{name}?…}, and the
 * coverage report page {@code /coverage?directive=…}), against plain Fuseki answering exactly the SPARQL text
 * DirectiveGraph runs for the saved query: the parameters substituted as DirectiveGraph's execution does
 * ({@link QueryTransformOps#replaceVars}) and the same result limit. One client, one request at a time, the two
 * servers alternating request by request so that the machine's other load falls on both alike. Before measuring, the
 * two answers to each saved query are compared: they must have the same number of rows.
 */
final class LatencyBenchmark {

    /**
     * The result limit DirectiveGraph is started with ({@code directivegraph.sparql.result-limit}) and adds to the
     * saved queries; the same LIMIT goes into the text sent to Fuseki, so both give whole answers at any size.
     */
    static final long RESULT_LIMIT = ServerProcess.RESULT_LIMIT;
    /** The absolute target for the coverage report over the whole country. */
    static final double COVERAGE_TARGET_MS = 2000;
    private static final String JSON = "application/sparql-results+json";

    private final LoadGenerator client;
    private final ServerProcess dg;
    private final ServerProcess fuseki;
    private final ServedStore.Samples samples;
    private final int warmup;
    private final int runs;
    private final int perRun;
    private final SavedQueries queries = SavedQueries.packaged();

    /** A measured figure: what DirectiveGraph is asked for the {@code i}-th sample, and what Fuseki is asked. */
    private record Figure(String name, IntFunction<LoadGenerator.Request> ours, IntFunction<LoadGenerator.Request> reference) {
    }

    LatencyBenchmark(LoadGenerator client, ServerProcess dg, ServerProcess fuseki, ServedStore.Samples samples, int warmup,
                     int runs, int perRun) {
        this.client = client;
        this.dg = dg;
        this.fuseki = fuseki;
        this.samples = samples;
        this.warmup = warmup;
        this.runs = runs;
        this.perRun = perRun;
    }

    BenchTable run(PrintStream out) {
        List<String> plans = samples.communePlans();
        String d = samples.directive();
        List<Figure> figures = List.of(
                new Figure("trace up, /queries/trace-up", i -> saved("trace-up", Map.of("plan", plans.get(i % plans.size()))),
                        i -> sparql("trace-up", Map.of("plan", plans.get(i % plans.size())))),
                new Figure("trace down, /queries/trace-down", i -> saved("trace-down", Map.of("directive", d)),
                        i -> sparql("trace-down", Map.of("directive", d))),
                new Figure("coverage, /queries/coverage", i -> saved("coverage", Map.of("directive", d)),
                        i -> sparql("coverage", Map.of("directive", d))),
                new Figure("coverage report page, /coverage", i -> page("/coverage?directive=" + enc(d)),
                        i -> sparql("coverage", Map.of("directive", d))));
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Figure f : figures.subList(0, 3)) {
            int ours = rowCount(client.get(f.ours().apply(0)));
            int theirs = rowCount(client.get(f.reference().apply(0)));
            if (ours != theirs) {
                throw new IllegalStateException(f.name() + ": DirectiveGraph answers " + ours + " rows, Fuseki " + theirs
                        + " to the same query over the same data");
            }
            rows.put(f.name(), ours);
        }
        Map<String, List<Double>[]> perFigure = new LinkedHashMap<>();
        for (int r = 0; r < warmup + runs; r++) {
            for (Figure f : figures) {
                List<Double> a = new ArrayList<>();
                List<Double> b = new ArrayList<>();
                for (int i = 0; i < count(f); i++) {
                    a.add(timed(f.ours().apply(i)));
                    b.add(timed(f.reference().apply(i)));
                }
                if (r >= warmup) {
                    @SuppressWarnings("unchecked")
                    List<Double>[] lists = perFigure.computeIfAbsent(f.name(), k -> new List[] {
                        new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>() });
                    lists[0].add(BenchTable.percentile(a, 50));
                    lists[1].add(BenchTable.percentile(b, 50));
                    lists[2].add(BenchTable.percentile(a, 99));
                    lists[3].add(BenchTable.percentile(b, 99));
                }
            }
        }
        out.printf("%nBenchmark 4: %d requests per figure per run to each server (%d for the page), alternating, after %d warm-up"
                + " run(s); p99 of %d is its %s highest, of %d its %s. Trace up from %d commune plans in turn; trace down and coverage"
                + " of %s (implemented by %,d plans); rows: %s%n", perRun, pageSamples(), warmup, perRun, ordinal(rank(perRun)),
                pageSamples(), ordinal(rank(pageSamples())), plans.size(), d, samples.directivePlans(), rows);
        BenchTable t = new BenchTable("4. Latency through DirectiveGraph vs the same SPARQL on plain Fuseki (one client, "
                + perRun + " requests per figure and run, " + pageSamples() + " for the page)");
        for (Figure f : figures) {
            List<Double>[] l = perFigure.get(f.name());
            boolean page = f.name().startsWith("coverage report page");
            String ref = "Fuseki, the same SPARQL" + (page ? " (the coverage query)" : "");
            t.add(row(f.name() + ", p50", l[0], ref + ", p50", l[1], page ? BenchTable.Goal.NONE : BenchTable.Goal.BELOW));
            t.add(row(f.name() + ", p99", l[2], ref + ", p99", l[3], page ? BenchTable.Goal.NONE : BenchTable.Goal.BELOW));
            if (page) {
                double m = BenchTable.median(l[2]);
                t.add(new BenchTable.Row("4 latency", f.name() + ", p99 vs the issue's target", "ms", m, BenchTable.min(l[2]),
                        BenchTable.max(l[2]), "the target", COVERAGE_TARGET_MS, m / COVERAGE_TARGET_MS, BenchTable.Goal.BELOW, 1.0));
            }
        }
        t.print(out);
        return t;
    }

    /** Requests per run: {@code perRun}, but a fifth of it (at least 2) for the page, which takes seconds. */
    private int count(Figure f) {
        return f.name().startsWith("coverage report page") ? pageSamples() : perRun;
    }

    private int pageSamples() {
        return Math.max(2, perRun / 5);
    }

    private static BenchTable.Row row(String figure, List<Double> ours, String reference, List<Double> theirs, BenchTable.Goal goal) {
        double m = BenchTable.median(ours);
        double r = BenchTable.median(theirs);
        return new BenchTable.Row("4 latency", figure, "ms", m, BenchTable.min(ours), BenchTable.max(ours), reference, r, m / r, goal,
                goal == BenchTable.Goal.NONE ? Double.NaN : 1.2);
    }

    private double timed(LoadGenerator.Request r) {
        double ms = client.time(r);
        if (Double.isNaN(ms)) {
            throw new IllegalStateException("benchmark 4 request failed: " + client.errors().get(client.errors().size() - 1));
        }
        return ms;
    }

    private LoadGenerator.Request saved(String name, Map<String, String> params) {
        StringBuilder path = new StringBuilder("/queries/").append(name).append("?format=json");
        params.forEach((k, v) -> path.append('&').append(k).append('=').append(enc(v)));
        return new LoadGenerator.Request(URI.create(dg.baseUrl() + path), JSON);
    }

    private LoadGenerator.Request page(String pathAndQuery) {
        return new LoadGenerator.Request(URI.create(dg.baseUrl() + pathAndQuery), "text/html");
    }

    private LoadGenerator.Request sparql(String name, Map<String, String> params) {
        return new LoadGenerator.Request(URI.create(fuseki.baseUrl() + FusekiServerProcess.queryPath() + "?query="
                + enc(boundText(name, params))), JSON);
    }

    /** The SPARQL DirectiveGraph runs for a saved query with these parameters: limited, then the parameters substituted. */
    String boundText(String name, Map<String, String> params) {
        SavedQuery saved = queries.find(name).orElseThrow(() -> new IllegalStateException("no saved query " + name));
        Query q = saved.query();
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > RESULT_LIMIT)) {
            q.setLimit(RESULT_LIMIT);
        }
        Map<Var, Node> vars = new HashMap<>();
        QueryRunner.bind(saved, params).forEach((k, v) -> vars.put(Var.alloc(k), v));
        return QueryTransformOps.replaceVars(q, vars).serialize();
    }

    private static int rowCount(byte[] json) {
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
        int n = 0;
        while (rows.hasNext()) {
            rows.next();
            n++;
        }
        return n;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Which highest of n values the nearest-rank p99 is (1: the largest). */
    private static int rank(int n) {
        return n - (int) Math.ceil(0.99 * n) + 1;
    }

    private static String ordinal(int n) {
        return n == 1 ? "1st" : n == 2 ? "2nd" : n == 3 ? "3rd" : n + "th";
    }
}
