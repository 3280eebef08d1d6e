package org.directivegraph.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

import org.directivegraph.bench.Benchmarks;
import org.directivegraph.bench.ServerBenchmarks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the benchmarks of issue 6 and prints a table per benchmark. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generate a dataset and run the benchmarks: 1 bulk load, 2 ingest of one plan,",
            "3 validation, 4 trace and coverage latency, 5 pages and SPARQL under load,",
            "6 extraction, 7 memory and start-up. Each figure is a median over --runs runs",
            "after --warmup unmeasured ones, with its spread and its ratio to a reference",
            "measured in the same run. 4, 5 and 7 run DirectiveGraph and a plain Fuseki as",
            "child processes over copies of the same store. See BENCHMARKS.md."},
        footer = {"", "Examples:",
            "  java -jar directivegraph.jar bench --size one-province --runs 5 --warmup 2",
            "  java -jar directivegraph.jar bench --size country --years 5 --runs 5 --warmup 2 --long-runs 2",
            "  java -jar directivegraph.jar bench --size one-province --runs 3 --warmup 1 --benchmarks 4,5,7"})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--size", defaultValue = "one-province", paramLabel = "SIZE",
            description = "one-province (province 01, Hà Nội), country, or a province/district code. Default: ${DEFAULT-VALUE}")
    String size;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs. Default: ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured warm-up runs. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--long-runs", defaultValue = "0", paramLabel = "N",
            description = {"Run the long measurements (the bulk loads of 1, the whole-store validation of 3) N times",
                "without warm-up instead of warmup + runs times; for the national size, where each takes minutes.",
                "0 (default): same as the others."})
    int longRuns;

    @Option(names = "--years", defaultValue = "1", description = "Years of plans. Default: ${DEFAULT-VALUE}")
    int years;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Most communes per district (0: all). Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR",
            description = "Work folder for the dataset and the stores (an earlier run's are deleted first). Default: ${DEFAULT-VALUE}")
    Path work;

    @Option(names = "--benchmarks", split = ",", paramLabel = "N",
            description = "Which benchmarks to run, e.g. 4,5,7 (among 1-7). Default: all")
    Set<Integer> benchmarks;

    @Option(names = "--threads", defaultValue = "16", description = "Concurrent clients in benchmarks 5 and 7. Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--load-seconds", defaultValue = "10", paramLabel = "S",
            description = "How long each load of benchmarks 5 and 7 lasts, per kind of request and run. Default: ${DEFAULT-VALUE}")
    int loadSeconds;

    @Option(names = "--samples", defaultValue = "100", paramLabel = "N",
            description = "Requests per figure and run in benchmark 4 (p50, p99). Default: ${DEFAULT-VALUE}")
    int samples;

    @Option(names = "--heap", defaultValue = "2g", paramLabel = "SIZE",
            description = "-Xmx of both server processes (DirectiveGraph and Fuseki) in 4, 5, 7. Default: ${DEFAULT-VALUE}")
    String heap;

    @Option(names = "--fuseki-jar", defaultValue = "server/target/fuseki/jena-fuseki-server.jar", paramLabel = "PATH",
            description = "The plain Fuseki server jar of 4, 5, 7 (the build copies it there). Default: ${DEFAULT-VALUE}")
    Path fusekiJar;

    @Override
    public Integer call() {
        String scope = switch (size) {
            case "one-province" -> "01";
            case "country" -> "country";
            default -> size;
        };
        try {
            new Benchmarks(new Benchmarks.Options(scope, limit, years, runs, warmup, seed, work, true),
                    benchmarks == null ? Benchmarks.ALL : benchmarks,
                    new ServerBenchmarks.Options(threads, loadSeconds, samples, heap, fusekiJar), System.out)
                    .longRuns(longRuns).run();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        return 0;
    }
}
