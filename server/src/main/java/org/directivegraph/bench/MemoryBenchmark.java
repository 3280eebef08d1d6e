package org.directivegraph.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Benchmark 7: memory and start-up. Each run starts DirectiveGraph and then plain Fuseki afresh over the same data,
 * with the same heap option, and measures: the time from the process start to its first answered SPARQL {@code ASK};
 * its resident size ({@code VmRSS}) at idle, after a full GC ({@code jcmd GC.run}) and a settle; its largest resident
 * size sampled every {@value #SAMPLE_MILLIS} ms under the load of benchmark 5 (DirectiveGraph: HTML pages, Turtle and
 * SPARQL DESCRIBE mixed; Fuseki: the same DESCRIBE) for the same time with the same clients; and its peak resident
 * size ({@code VmHWM}) after that load.
 */
final class MemoryBenchmark {

    static final long SAMPLE_MILLIS = 100;
    static final long SETTLE_MILLIS = 2000;

    /** The figures of one server over the runs. */
    private record Figures(List<Double> start, List<Double> idle, List<Double> load, List<Double> hwm) {
        Figures() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private final LoadGenerator client;
    private final ServedStore store;
    private final ServerBenchmarks.Options options;
    private final Path logs;
    private final int warmup;
    private final int runs;
    private final long seed;
    private boolean gcAsked = true;

    MemoryBenchmark(LoadGenerator client, ServedStore store, ServerBenchmarks.Options options, Path logs, int warmup, int runs,
                    long seed) {
        this.client = client;
        this.store = store;
        this.options = options;
        this.logs = logs;
        this.warmup = warmup;
        this.runs = runs;
        this.seed = seed;
    }

    BenchTable run(PrintStream out) {
        Figures ours = new Figures();
        Figures theirs = new Figures();
        int errorsBefore = client.errorCount();
        List<String> resources = store.samples().resources();
        for (int r = 0; r < warmup + runs; r++) {
            boolean measured = r >= warmup;
            try (ServerProcess dg = ServerProcess.directiveGraph(store.directiveGraph(), options.heap(), logs)) {
                measure(dg, ConcurrencyBenchmark.mixed(ConcurrencyBenchmark.ours(dg), resources), measured ? ours : null, r);
            }
            try (ServerProcess fuseki = FusekiServerProcess.start(options.fusekiJar(), store.fuseki(), options.heap(),
                    logs.resolve("fuseki-run-" + r))) {
                measure(fuseki, ConcurrencyBenchmark.mixed(List.of(ConcurrencyBenchmark.reference(fuseki)), resources),
                        measured ? theirs : null, r);
            }
        }
        int errors = client.errorCount() - errorsBefore;
        BenchTable t = new BenchTable("7. Memory and start-up, -Xmx" + options.heap() + " for both, " + options.threads()
                + " clients for " + options.loadSeconds() + " s of load");
        String ref = "plain Fuseki";
        t.add(row("start-up to the first answered ASK", "s", ours.start(), ref, theirs.start()));
        t.add(row("resident size at idle (VmRSS after " + (gcAsked ? "a full GC and " : "") + SETTLE_MILLIS / 1000 + " s)", "MiB",
                ours.idle(), ref, theirs.idle()));
        t.add(row("resident size under load (largest VmRSS)", "MiB", ours.load(), ref + " under its DESCRIBE load", theirs.load()));
        t.add(row("peak resident size after the load (VmHWM)", "MiB", ours.hwm(), ref, theirs.hwm()));
        t.print(out);
        out.printf("Benchmark 7: %d error(s) under load%n", errors);
        return t;
    }

    private void measure(ServerProcess server, Function<Random, LoadGenerator.Request> load, Figures into, int run) {
        double start = server.startSeconds();
        gcAsked &= server.gcAndSettle(SETTLE_MILLIS);
        double idle = server.rssMiB();
        double[] peak = {idle};
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (loading.get()) {
                peak[0] = Math.max(peak[0], server.rssMiB());
                ServerProcess.sleep(SAMPLE_MILLIS);
            }
        }, "rss-sampler");
        sampler.start();
        try {
            client.run(options.threads(), Duration.ofSeconds(options.loadSeconds()), seed + run, load);
        } finally {
            loading.set(false);
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        peak[0] = Math.max(peak[0], server.rssMiB());
        if (into != null) {
            into.start().add(start);
            into.idle().add(idle);
            into.load().add(peak[0]);
            into.hwm().add(server.hwmMiB());
        }
    }

    private static BenchTable.Row row(String figure, String unit, List<Double> ours, String reference, List<Double> theirs) {
        double m = BenchTable.median(ours);
        double r = BenchTable.median(theirs);
        return new BenchTable.Row("7 memory", figure, unit, m, BenchTable.min(ours), BenchTable.max(ours), reference, r, m / r,
                BenchTable.Goal.NONE, Double.NaN);
    }
}
