package org.directivegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks run end to end at the smallest size (one district, two communes, one run, no warm-up, no reference data);
 * the server benchmarks 4, 5 and 7 are in {@link ServerBenchmarkSmokeTests}.
 */
class BenchmarkSmokeTests {

    @TempDir
    Path work;

    @Test
    void everyImplementedBenchmarkPrintsATableWithNumbers() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<BenchTable> tables = new Benchmarks(new Benchmarks.Options("001", 2, 1, 1, 0, 42, work.resolve("bench"), false),
                Set.of(1, 2, 3, 6), ServerBenchmarks.Options.defaults(), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(tables).hasSize(4);
        for (BenchTable t : tables) {
            assertThat(t.rows()).isNotEmpty();
            for (BenchTable.Row r : t.rows()) {
                assertThat(r.median()).isPositive().isFinite();
                assertThat(r.referenceMedian()).isPositive().isFinite();
                assertThat(r.ratio()).isPositive().isFinite();
                assertThat(r.min()).isLessThanOrEqualTo(r.median());
                assertThat(r.max()).isGreaterThanOrEqualTo(r.median());
            }
        }
        assertThat(printed).contains("### 1. Bulk load", "### 2. Ingest", "### 3. Validation", "### 6. Extraction", "| 1 bulk load |", "triples/s", "docs/s/core");
        assertThat(printed).containsPattern("\\| 2 ingest \\| ingest into the store with the dataset \\(ms\\) \\| [0-9.,]+ \\|");
    }
}
