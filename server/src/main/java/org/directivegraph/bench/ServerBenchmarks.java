package org.directivegraph.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Benchmarks 4, 5 and 7, which measure DirectiveGraph as a server process against a plain Fuseki process over the same
 * store: prepares the served store ({@link ServedStore}), starts the two servers (each a child of this JVM, which is the
 * load generator), measures their start-up and idle size (7), runs 4 and then 5 on them while sampling their resident
 * size (7), stops them, and starts them again afresh for the remaining start-up and idle figures of 7.
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
        MemoryBenchmark memory = new MemoryBenchmark(store, options, logs);
        List<MemoryBenchmark.Start> ours = new ArrayList<>();
        List<MemoryBenchmark.Start> theirs = new ArrayList<>();
        MemoryBenchmark.UnderLoad[] underLoad = new MemoryBenchmark.UnderLoad[2];
        // one server after the other, so that each starts alone on the machine
        try (ServerProcess dg = ServerProcess.directiveGraph(store.directiveGraph(), options.heap(), logs);
             ServerProcess fuseki = FusekiServerProcess.start(options.fusekiJar(), store.fuseki(), options.heap(),
                     run.work().resolve("fuseki-run"))) {
            out.printf("Started DirectiveGraph (pid %d, %s) in %.1f s and Fuseki (pid %d, %s) in %.1f s%n", dg.pid(), dg.baseUrl(),
                    dg.startSeconds(), fuseki.pid(), fuseki.baseUrl(), fuseki.startSeconds());
            if (selected.contains(7)) {
                ours.add(memory.idle(dg));
                theirs.add(memory.idle(fuseki));
            }
            if (selected.contains(4)) {
                tables.add(new LatencyBenchmark(client, dg, fuseki, store.samples(), run.warmup(), run.runs(), options.samples())
                        .run(out));
            }
            if (selected.contains(5) || selected.contains(7)) {
                boolean five = selected.contains(5);
                ConcurrencyBenchmark load = new ConcurrencyBenchmark(client, dg, fuseki, store.samples().resources(),
                        options.threads(), Duration.ofSeconds(options.loadSeconds()), five ? run.warmup() : 0, five ? run.runs() : 1,
                        run.seed());
                // resident sizes are sampled only for 7 (they need Linux's /proc)
                MemoryBenchmark.Sampler sampler = selected.contains(7) ? new MemoryBenchmark.Sampler(List.of(dg, fuseki)) : null;
                try {
                    BenchTable t = load.run(five ? out : new PrintStream(OutputStream.nullOutputStream()));
                    if (five) {
                        tables.add(t);
                    } else {
                        out.printf("Load of 5 for benchmark 7: %,d requests, %d error(s)%n", load.requests(), load.errors());
                        client.errors().forEach(e -> out.println("  error: " + e));
                    }
                } finally {
                    if (sampler != null) {
                        sampler.close();
                    }
                }
                if (sampler != null) {
                    underLoad[0] = sampler.result(0);
                    underLoad[1] = sampler.result(1);
                }
            }
        }
        if (selected.contains(7)) {
            // the start above is the first measured one without warm-up, else the first warm-up one
            int unmeasured = Math.max(0, run.warmup() - 1);
            int measured = run.warmup() == 0 ? run.runs() - 1 : run.runs();
            if (run.warmup() > 0) {
                ours.clear();
                theirs.clear();
            }
            memory.restarts(unmeasured);
            List<List<MemoryBenchmark.Start>> more = memory.restarts(measured);
            ours.addAll(more.get(0));
            theirs.addAll(more.get(1));
            tables.add(memory.table(ours, theirs, underLoad[0], underLoad[1], "the load of 5 (" + options.threads() + " clients, "
                    + options.loadSeconds() + " s per phase)", out));
        }
        return tables;
    }
}
