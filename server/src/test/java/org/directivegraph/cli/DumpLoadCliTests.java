package org.directivegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.directivegraph.cli.CliTests.Run;
import org.directivegraph.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dump} and {@code load FILE…} on real TDB2 stores in fresh folders. */
class DumpLoadCliTests {

    record Snapshot(long size, List<String> graphNames) {
    }

    static Snapshot snapshot(Path store) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(store)) {
            return new Snapshot(ks.size(), ks.graphNames());
        }
    }

    @Test
    void aDumpReloadsIntoAnEmptyStoreWithTheSameQuadsAndGraphs(@TempDir Path dir) throws IOException {
        String original = dir.resolve("original").toString();
        assertThat(CliTests.run("load", "--store", original).code()).isZero();
        Path dump = dir.resolve("store.nq.gz");

        Run dumped = CliTests.run("dump", "--store", original, "--out", dump.toString());
        assertThat(dumped.code()).as(dumped.err()).isZero();
        assertThat(dumped.out()).contains("Wrote", "store.nq.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            assertThat(new String(in.readNBytes(200))).as("gzip of N-Quads").startsWith("<");
        }
        assertThat(leftovers(dir)).isEmpty();

        String copy = dir.resolve("copy").toString();
        Run loaded = CliTests.run("load", "--store", copy, dump.toString());
        assertThat(loaded.code()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("Loaded", "12 graphs");

        Snapshot before = snapshot(Path.of(original));
        Snapshot after = snapshot(Path.of(copy));
        assertThat(before.size()).isGreaterThan(300_000);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aSyntaxErrorInAnyFileLoadsNothingAndSaysWhere(@TempDir Path dir) throws IOException {
        String store = dir.resolve("store").toString();
        Path good = Files.writeString(dir.resolve("good.ttl"), "<https://example.org/a> <https://example.org/p> \"one\" .\n");
        Run first = CliTests.run("load", "--store", store, "--graph", "https://example.org/graph/first", good.toString());
        assertThat(first.code()).as(first.err()).isZero();
        Snapshot before = snapshot(Path.of(store));
        assertThat(before.graphNames()).containsExactly("https://example.org/graph/first");

        Path other = Files.writeString(dir.resolve("other.nq"), "<https://example.org/b> <https://example.org/p> \"two\" <https://example.org/graph/other> .\n");
        Path bad = Files.writeString(dir.resolve("bad.ttl"), """
                @prefix ex: <https://example.org/> .
                ex:a ex:p "fine" .
                ex:b ex:p ex:c ex:d .
                """);
        Run failed = CliTests.run("load", "--store", store, "--graph", "https://example.org/graph/second", other.toString(), bad.toString());
        assertThat(failed.code()).isEqualTo(2);
        assertThat(failed.err()).contains("Nothing loaded", "bad.ttl, line 3, column");
        assertThat(snapshot(Path.of(store))).isEqualTo(before);

        // the load streams into one transaction: a file that replaces a graph and then breaks leaves the old graph
        StringBuilder replacing = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            replacing.append("<https://example.org/s").append(i).append("> <https://example.org/p> \"new\" <https://example.org/graph/first> .\n");
        }
        replacing.append("<https://example.org/broken> <https://example.org/p> \"unterminated <https://example.org/graph/first> .\n");
        Path late = Files.writeString(dir.resolve("late-error.nq"), replacing);
        Run lateFailure = CliTests.run("load", "--store", store, late.toString());
        assertThat(lateFailure.code()).isEqualTo(2);
        assertThat(lateFailure.err()).contains("Nothing loaded", "late-error.nq, line 500");
        assertThat(snapshot(Path.of(store))).isEqualTo(before);

        Run noGraph = CliTests.run("load", "--store", store, good.toString());
        assertThat(noGraph.code()).isEqualTo(2);
        assertThat(noGraph.err()).contains("good.ttl", "--graph IRI");

        Run unknown = CliTests.run("load", "--store", store, Files.writeString(dir.resolve("notes.txt"), "x").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("notes.txt: cannot tell its RDF syntax");
        assertThat(snapshot(Path.of(store))).isEqualTo(before);
    }

    @Test
    void quadFilesKeepTheirGraphsAndTripleFilesGoIntoTheGivenOne(@TempDir Path dir) throws IOException {
        String store = dir.resolve("store").toString();
        Path trig = Files.writeString(dir.resolve("two.trig"), """
                @prefix ex: <https://example.org/> .
                ex:g1 { ex:a ex:p 1 . ex:b ex:p 2 . }
                ex:g2 { ex:c ex:p 3 . }
                """);
        Path nt = Files.writeString(dir.resolve("one.nt"), "<https://example.org/d> <https://example.org/p> \"4\" .\n");
        Run run = CliTests.run("load", "--store", store, "--graph", "https://example.org/g3", trig.toString(), nt.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(Path.of(store))) {
            assertThat(ks.graphNames()).containsExactly("https://example.org/g1", "https://example.org/g2", "https://example.org/g3");
            assertThat(ks.graph("https://example.org/g1").size()).isEqualTo(2);
            assertThat(ks.graph("https://example.org/g3").size()).isEqualTo(1);
        }
        Run again = CliTests.run("load", "--store", store, trig.toString());
        assertThat(again.code()).isZero();
        assertThat(snapshot(Path.of(store)).size()).as("loading again replaces each graph, adds nothing").isEqualTo(4);
    }

    @Test
    void aDumpThatCannotBeWrittenSaysSoAndLeavesNoFile(@TempDir Path dir) throws IOException {
        String store = dir.resolve("store").toString();
        Path good = Files.writeString(dir.resolve("good.ttl"), "<https://example.org/a> <https://example.org/p> \"one\" .\n");
        assertThat(CliTests.run("load", "--store", store, "--graph", "https://example.org/g", good.toString()).code()).isZero();

        Path missingFolder = dir.resolve("no-such-folder/store.nq");
        Run noFolder = CliTests.run("dump", "--store", store, "--out", missingFolder.toString());
        assertThat(noFolder.code()).isEqualTo(1);
        assertThat(noFolder.err()).contains("dump failed", "no-such-folder", "does not exist");
        assertThat(missingFolder.getParent()).doesNotExist();

        Run proc = CliTests.run("dump", "--store", store, "--out", "/proc/directivegraph-dump.nq");
        assertThat(proc.code()).isEqualTo(1);
        assertThat(proc.err()).contains("dump failed", "cannot write /proc/directivegraph-dump.nq");
        assertThat(Path.of("/proc/directivegraph-dump.nq")).doesNotExist();

        // a store that fails while being dumped: the earlier dump of the same name stays, no partial file is left
        Path earlier = Files.writeString(dir.resolve("backup.nq.gz"), "earlier dump");
        Run unreachable = CliTests.run("dump", "--remote", "http://127.0.0.1:9/dg", "--out", earlier.toString());
        assertThat(unreachable.code()).isEqualTo(1);
        assertThat(unreachable.err()).contains("dump failed");
        assertThat(Files.readString(earlier)).isEqualTo("earlier dump");
        assertThat(leftovers(dir)).isEmpty();
    }

    private static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
