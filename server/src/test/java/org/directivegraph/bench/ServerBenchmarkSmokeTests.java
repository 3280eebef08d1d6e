package org.directivegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmarks 4, 5 and 7 run end to end at the smallest size (one district, two communes, one run, no warm-up, short
 * loads): DirectiveGraph and a plain Fuseki really start as child processes over copies of the same store, answer the
 * same queries with the same number of rows, serve pages under concurrent load without an error, and report finite
 * positive figures. No timing thresholds.
 */
class ServerBenchmarkSmokeTests {

    private static final Path FUSEKI_JAR = Path.of("target/fuseki/jena-fuseki-server.jar");

    @TempDir
    Path work;

    @Test
    void latencyLoadAndMemoryBenchmarksPrintTablesWithNumbersAndNoErrors() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<BenchTable> tables = new Benchmarks(new Benchmarks.Options("001", 2, 1, 1, 0, 42, work.resolve("bench"), false),
                Set.of(4, 5, 7), new ServerBenchmarks.Options(2, 1, 5, "1g", FUSEKI_JAR),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        assertThat(tables).hasSize(3);
        for (BenchTable t : tables) {
            assertThat(t.rows()).isNotEmpty();
            for (BenchTable.Row r : t.rows()) {
                assertThat(r.median()).as(r.figure()).isPositive().isFinite();
                assertThat(r.referenceMedian()).as(r.figure()).isPositive().isFinite();
                assertThat(r.ratio()).as(r.figure()).isPositive().isFinite();
                assertThat(r.min()).isLessThanOrEqualTo(r.median());
                assertThat(r.max()).isGreaterThanOrEqualTo(r.median());
            }
        }
        assertThat(printed).contains("### 4. Latency", "### 5. Under load", "### 7. Memory and start-up",
                "| 4 latency | trace up, /queries/trace-up, p50 (ms) |", "| 4 latency | trace down, /queries/trace-down, p99 (ms) |",
                "| 4 latency | coverage report page, /coverage, p99 vs the issue's target (ms) |",
                "| 5 load | resource page, HTML, throughput (req/s) |", "| 5 load | resource, Turtle, p99 (ms) |",
                "| 5 load | SPARQL DESCRIBE, /sparql, throughput (req/s) |",
                "| 7 memory | start-up to the first answered ASK (s) |", "| 7 memory | resident size under the load of 5 (largest VmRSS) (MiB) |",
                "Benchmark 5: ", " 0 error(s) (answers other than 200");
        // both servers answered each saved query with the same, non-zero number of rows
        assertThat(printed).containsPattern("trace up, /queries/trace-up=[1-9]")
                .containsPattern("trace down, /queries/trace-down=[1-9]")
                .containsPattern("coverage, /queries/coverage=[1-9]");
        // every server process the benchmarks started is stopped
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(work.toString()))).isEmpty();
    }

    @Test
    void aMissingFusekiJarIsRefusedBeforeAnythingIsGenerated() {
        Path bench = work.resolve("bench");
        Path missing = work.resolve("no-such/jena-fuseki-server.jar");
        Benchmarks b = new Benchmarks(new Benchmarks.Options("001", 2, 1, 1, 0, 42, bench, false), Set.of(2, 5),
                new ServerBenchmarks.Options(2, 1, 5, "1g", missing), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThatThrownBy(b::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString()).hasMessageContaining("--fuseki-jar");
        assertThat(bench.resolve("dataset.nq.gz")).doesNotExist();
    }

    @Test
    void unknownBenchmarkNumbersAndBadServerOptionsAreRefused() {
        Benchmarks.Options options = new Benchmarks.Options("001", 2, 1, 1, 0, 42, work, false);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new Benchmarks(options, Set.of(4, 8), ServerBenchmarks.Options.defaults(), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--benchmarks").hasMessageContaining("8");
        assertThatThrownBy(() -> new Benchmarks(options, Set.of(), ServerBenchmarks.Options.defaults(), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--benchmarks");
        assertThatThrownBy(() -> new ServerBenchmarks.Options(16, 10, 100, "2 GB; rm -rf /", FUSEKI_JAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--heap");
        assertThatThrownBy(() -> new ServerBenchmarks.Options(0, 10, 100, "2g", FUSEKI_JAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--threads");
    }
}
