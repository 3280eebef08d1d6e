package org.directivegraph.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Benchmarks 4, 5 and 7, which measure DirectiveGraph as a server process against a plain Fuseki process over the same
 * store: prepares the served store ({@link ServedStore}), starts the two servers for 4 and 5 (each a child of this JVM,
 * which is the load generator), stops them, and runs 7, which starts them afresh in each run.
 */
public final class ServerBenchmarks {

    /**
     * The server benchmarks' options.
     *
     * @param threads     concurrent clients in benchmarks 5 and 7
     * @param loadSeconds how long each load lasts, per kind of request and run
     * @param samples     requests per figure and run in benchmark 4 (p99 needs at least 100 to be more than the largest)
     * @param heap        the {@code -Xmx} of both server processes
     * @param fusekiJar   the Fuseki server jar (relative to the working folder)
     */
    public record Options(int threads, int loadSeconds, int samples, String heap, Path fusekiJar) {
        public Options {
            if (threads < 1 || loadSeconds < 1 || samples < 1) {
                throw new IllegalArgumentException("--threads, --load-seconds and --samples must be at least 1");
            }
            if (!heap.matches("[0-9]+[kKmMgG]?")) {
                throw new IllegalArgumentException("--heap must be a JVM size such as 2g or 1536m, got '" + heap + "'");
            }
        }

        /** 16 clients, 10 s, 100 samples, 2 GiB heaps, the jar the build copies to {@code server/target/fuseki/}. */
        public static Options defaults() {
            return new Options(16, 10, 100, "2g", Path.of("server/target/fuseki/jena-fuseki-server.jar"));
        }
    }

    /** The benchmarks this class runs. */
    public static final Set<Integer> NUMBERS = Set.of(4, 5, 7);

    private final Benchmarks.Options run;
    private final Options options;
    private final PrintStream out;

    public ServerBenchmarks(Benchmarks.Options run, Options options, PrintStream out) {
        this.run = run;
        this.options = options;
        this.out = out;
    }

    /** Checks what can be checked before the long work: the Fuseki jar. */
    public void check() {
        FusekiServerProcess.requireJar(options.fusekiJar());
    }

    /**
     * Runs the selected benchmarks among 4, 5 and 7 over the loaded store.
     *
     * @param loaded   the TDB2 folder with DirectiveGraph's load of the dataset
     * @param selected the benchmark numbers chosen
     */
    public List<BenchTable> run(Path loaded, Set<Integer> selected) {
        List<BenchTable> tables = new ArrayList<>();
        if (selected.stream().noneMatch(NUMBERS::contains)) {
            return tables;
        }
        check();
        for (String old : List.of("serve-fuseki", "fuseki-run", "server-logs")) {
            Benchmarks.deleteTree(run.work().resolve(old));
        }
        long t0 = System.nanoTime();
        ServedStore store = ServedStore.prepare(loaded, run.work().resolve("serve-fuseki"), run.seed());
        Path logs = run.work().resolve("server-logs").toAbsolutePath();
        out.printf("%nServed store: %s (DirectiveGraph), copied to %s (Fuseki) in %.1f s; servers: -Xmx%s each, logs in %s%n",
                store.directiveGraph(), store.fuseki(), (System.nanoTime() - t0) / 1e9, options.heap(), logs);
        LoadGenerator client = new LoadGenerator();
        if (selected.contains(4) || selected.contains(5)) {
            try (ServerProcess dg = ServerProcess.directiveGraph(store.directiveGraph(), options.heap(), logs);
                 ServerProcess fuseki = FusekiServerProcess.start(options.fusekiJar(), store.fuseki(), options.heap(),
                         run.work().resolve("fuseki-run"))) {
                out.printf("Started DirectiveGraph (pid %d, %s) in %.1f s and Fuseki (pid %d, %s) in %.1f s%n", dg.pid(), dg.baseUrl(),
                        dg.startSeconds(), fuseki.pid(), fuseki.baseUrl(), fuseki.startSeconds());
                if (selected.contains(4)) {
                    tables.add(new LatencyBenchmark(client, dg, fuseki, store.samples(), run.warmup(), run.runs(), options.samples())
                            .run(out));
                }
                if (selected.contains(5)) {
                    tables.add(new ConcurrencyBenchmark(client, dg, fuseki, store.samples().resources(), options.threads(),
                            Duration.ofSeconds(options.loadSeconds()), run.warmup(), run.runs(), run.seed()).run(out));
                }
            }
        }
        if (selected.contains(7)) {
            tables.add(new MemoryBenchmark(client, store, options, logs, run.warmup(), run.runs(), run.seed()).run(out));
        }
        return tables;
    }
}
