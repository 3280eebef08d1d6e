package org.directivegraph.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Benchmark 5: resource pages and SPARQL under concurrent load. {@code threads} clients in the benchmark JVM (a
 * separate process, on loopback) each ask, for a fixed time, for a random (seeded) document or task of the dataset:
 * DirectiveGraph's page in HTML, the same resource in Turtle, and {@code DESCRIBE <iri>} through DirectiveGraph's
 * SPARQL endpoint; then plain Fuseki answering the same {@code DESCRIBE <iri>} for the same resources, under the same
 * load, in a phase right before or after each of DirectiveGraph's. Throughput (answered requests per second) and p99
 * latency of each, medians over the runs. Every answer must be a 200: errors are counted and printed.
 */
final class ConcurrencyBenchmark {

    /** A pause before each phase, so that the last one's background work (JIT, GC) is over. */
    static final long PAUSE_MILLIS = 1000;

    /** One kind of load: a name and, for a resource IRI, the request. */
    record Load(String name, Function<String, LoadGenerator.Request> request) {
    }

    /** What one phase of load gave. */
    record Phase(List<Double> throughput, List<Double> p99) {
    }

    private final LoadGenerator client;
    private final ServerProcess dg;
    private final ServerProcess fuseki;
    private final List<String> resources;
    private final int threads;
    private final Duration duration;
    private final int warmup;
    private final int runs;
    private final long seed;
    private long requests;
    private int errors;

    ConcurrencyBenchmark(LoadGenerator client, ServerProcess dg, ServerProcess fuseki, List<String> resources, int threads,
                         Duration duration, int warmup, int runs, long seed) {
        this.client = client;
        this.dg = dg;
        this.fuseki = fuseki;
        this.resources = resources;
        this.threads = threads;
        this.duration = duration;
        this.warmup = warmup;
        this.runs = runs;
        this.seed = seed;
    }

    /** DirectiveGraph's page of a resource: {@code /id/…} in HTML. */
    static Load html(ServerProcess dg) {
        return new Load("resource page, HTML", iri -> new LoadGenerator.Request(URI.create(dg.baseUrl() + path(iri)), "text/html"));
    }

    /** The same in Turtle (content negotiation). */
    static Load turtle(ServerProcess dg) {
        return new Load("resource, Turtle", iri -> new LoadGenerator.Request(URI.create(dg.baseUrl() + path(iri)), "text/turtle"));
    }

    /** {@code DESCRIBE <iri>} through a SPARQL query endpoint, answered in Turtle. */
    static Load describe(String name, String endpoint) {
        return new Load(name, iri -> new LoadGenerator.Request(URI.create(endpoint + "?query="
                + URLEncoder.encode("DESCRIBE <" + iri + ">", StandardCharsets.UTF_8)), "text/turtle"));
    }

    /** The loads DirectiveGraph is measured under, and Fuseki's DESCRIBE. */
    static List<Load> ours(ServerProcess dg) {
        return List.of(html(dg), turtle(dg), describe("SPARQL DESCRIBE, /sparql", dg.baseUrl() + "/sparql"));
    }

    static Load reference(ServerProcess fuseki) {
        return describe("Fuseki DESCRIBE", fuseki.baseUrl() + FusekiServerProcess.queryPath());
    }

    /** A request drawer: a random resource of the list, asked as one of the loads at random. */
    static Function<Random, LoadGenerator.Request> mixed(List<Load> loads, List<String> resources) {
        return random -> loads.get(random.nextInt(loads.size())).request().apply(resources.get(random.nextInt(resources.size())));
    }

    private static String path(String iri) {
        String base = "https://w3id.org/directivegraph";
        if (!iri.startsWith(base + "/")) {
            throw new IllegalArgumentException("not a DirectiveGraph IRI: " + iri);
        }
        return iri.substring(base.length());
    }

    BenchTable run(PrintStream out) {
        Load reference = reference(fuseki);
        List<Load> loads = ours(dg);
        Map<String, Phase> phases = new LinkedHashMap<>();
        Map<String, Phase> references = new LinkedHashMap<>();
        loads.forEach(l -> {
            phases.put(l.name(), new Phase(new ArrayList<>(), new ArrayList<>()));
            references.put(l.name(), new Phase(new ArrayList<>(), new ArrayList<>()));
        });
        int errorsBefore = client.errorCount();
        long sent = 0;
        for (int r = 0; r < warmup + runs; r++) {
            boolean measured = r >= warmup;
            for (Load l : loads) {
                // each kind is paired with a Fuseki phase right before or after it (alternating by run), so that the
                // machine's other load and the servers' background work fall on both alike
                List<Load> pair = r % 2 == 0 ? List.of(l, reference) : List.of(reference, l);
                for (Load p : pair) {
                    ServerProcess.sleep(PAUSE_MILLIS);
                    // the same seed for both: each server is asked for the same resources in the same order
                    LoadGenerator.Result res = client.run(threads, duration, seed + 1000L * r, mixed(List.of(p), resources));
                    sent += res.requests() + res.errorCount();
                    if (measured && res.requests() > 0) {
                        Phase into = p == reference ? references.get(l.name()) : phases.get(l.name());
                        into.throughput().add(res.throughput());
                        into.p99().add(BenchTable.percentile(res.latenciesMs(), 99));
                    }
                }
            }
        }
        requests = sent;
        errors = client.errorCount() - errorsBefore;
        BenchTable t = new BenchTable("5. Under load: " + threads + " clients for " + duration.toSeconds() + " s per kind and run, "
                + resources.size() + " resources (documents and tasks)");
        for (Load l : loads) {
            Phase p = phases.get(l.name());
            Phase ref = references.get(l.name());
            if (p.throughput().isEmpty() || ref.throughput().isEmpty()) {
                continue;
            }
            t.add(row(l.name() + ", throughput", "req/s", p.throughput(), ref.throughput()));
            t.add(row(l.name() + ", p99", "ms", p.p99(), ref.p99()));
        }
        t.print(out);
        out.printf("Benchmark 5: %,d requests, %d error(s) (answers other than 200 or failed exchanges)%n", requests, errors);
        client.errors().forEach(e -> out.println("  error: " + e));
        return t;
    }

    /** Errors in the last {@link #run}. */
    int errors() {
        return errors;
    }

    /** Requests sent in the last {@link #run}. */
    long requests() {
        return requests;
    }

    private static BenchTable.Row row(String figure, String unit, List<Double> ours, List<Double> theirs) {
        double m = BenchTable.median(ours);
        double r = BenchTable.median(theirs);
        return new BenchTable.Row("5 load", figure, unit, m, BenchTable.min(ours), BenchTable.max(ours),
                "Fuseki DESCRIBE of the same resources", r, m / r, BenchTable.Goal.NONE, Double.NaN);
    }
}
