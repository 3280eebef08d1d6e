package org.directivegraph.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Benchmark 7: memory and start-up of DirectiveGraph vs plain Fuseki, with the same heap option, over the same data.
 * Start-up is the time from the process start to its first answered SPARQL {@code ASK}; the resident size at idle is
 * {@code VmRSS} after a full GC ({@code jcmd GC.run}) and a settle of {@value #SETTLE_MILLIS} ms. Both are measured on
 * the servers started for benchmarks 4 and 5, and on servers started again afresh (one server at a time), as many
 * starts as {@code runs} after {@code warmup} unmeasured ones. Under load: the largest {@code VmRSS}, sampled every
 * {@value #SAMPLE_MILLIS} ms while the load of benchmark 5 runs on the servers of 4 and 5, and {@code VmHWM} after it
 * (one measurement per server: the load is not repeated on each fresh start).
 */
final class MemoryBenchmark {

    static final long SAMPLE_MILLIS = 100;
    static final long SETTLE_MILLIS = 2000;

    /** A start of a server: seconds to its first answered ASK, and its resident size at idle after it, MiB. */
    record Start(double seconds, double idleMiB) {
    }

    /** What was measured of one server under load: the largest VmRSS during it, VmHWM after it. */
    record UnderLoad(double peakMiB, double hwmMiB) {
    }

    private final ServedStore store;
    private final ServerBenchmarks.Options options;
    private final Path logs;
    private boolean gcAsked = true;

    MemoryBenchmark(ServedStore store, ServerBenchmarks.Options options, Path logs) {
        this.store = store;
        this.options = options;
        this.logs = logs;
    }

    /** A started server's start-up time, and its resident size once idle after a full GC. */
    Start idle(ServerProcess server) {
        gcAsked &= server.gcAndSettle(SETTLE_MILLIS);
        return new Start(server.startSeconds(), server.rssMiB());
    }

    /** Starts and stops DirectiveGraph, then Fuseki, {@code n} times; their starts in order ([0] DirectiveGraph, [1] Fuseki). */
    List<List<Start>> restarts(int n) {
        List<Start> ours = new ArrayList<>();
        List<Start> theirs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try (ServerProcess dg = ServerProcess.directiveGraph(store.directiveGraph(), options.heap(), logs)) {
                ours.add(idle(dg));
            }
            try (ServerProcess fuseki = FusekiServerProcess.start(options.fusekiJar(), store.fuseki(), options.heap(),
                    logs.resolve("fuseki-start-" + i))) {
                theirs.add(idle(fuseki));
            }
        }
        return List.of(ours, theirs);
    }

    /** Samples the resident size of servers while a load runs; {@link #close} stops it and keeps the largest of each. */
    static final class Sampler implements AutoCloseable {
        private final List<ServerProcess> servers;
        private final double[] peak;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Sampler(List<ServerProcess> servers) {
            this.servers = servers;
            this.peak = new double[servers.size()];
            this.thread = new Thread(() -> {
                while (running.get()) {
                    sample();
                    ServerProcess.sleep(SAMPLE_MILLIS);
                }
            }, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            for (int i = 0; i < servers.size(); i++) {
                peak[i] = Math.max(peak[i], servers.get(i).rssMiB());
            }
        }

        /** After {@link #close}: the largest VmRSS of server {@code i} and its VmHWM now. */
        UnderLoad result(int i) {
            return new UnderLoad(peak[i], servers.get(i).hwmMiB());
        }

        @Override
        public void close() {
            running.set(false);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sample();
        }
    }

    /** The table: start-up and idle over the measured starts, the figures under load of the servers of benchmark 5. */
    BenchTable table(List<Start> ours, List<Start> theirs, UnderLoad ourLoad, UnderLoad theirLoad, String load, PrintStream out) {
        BenchTable t = new BenchTable("7. Memory and start-up, -Xmx" + options.heap() + " for both; " + ours.size()
                + " start(s) of each; under " + load);
        String ref = "plain Fuseki";
        t.add(row("start-up to the first answered ASK", "s", ours.stream().map(Start::seconds).toList(), ref,
                theirs.stream().map(Start::seconds).toList()));
        t.add(row("resident size at idle (VmRSS after " + (gcAsked ? "a full GC and " : "") + SETTLE_MILLIS / 1000 + " s)", "MiB",
                ours.stream().map(Start::idleMiB).toList(), ref, theirs.stream().map(Start::idleMiB).toList()));
        t.add(row("resident size under the load of 5 (largest VmRSS)", "MiB", List.of(ourLoad.peakMiB()),
                ref + " under its DESCRIBE load", List.of(theirLoad.peakMiB())));
        t.add(row("peak resident size after the load of 5 (VmHWM)", "MiB", List.of(ourLoad.hwmMiB()), ref, List.of(theirLoad.hwmMiB())));
        t.print(out);
        return t;
    }

    private static BenchTable.Row row(String figure, String unit, List<Double> ours, String reference, List<Double> theirs) {
        double m = BenchTable.median(ours);
        double r = BenchTable.median(theirs);
        return new BenchTable.Row("7 memory", figure, unit, m, BenchTable.min(ours), BenchTable.max(ours), reference, r, m / r,
                BenchTable.Goal.NONE, Double.NaN);
    }
}
