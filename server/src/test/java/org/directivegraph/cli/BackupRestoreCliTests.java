package org.directivegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.directivegraph.cli.CliTests.Run;
import org.directivegraph.store.Backups;
import org.directivegraph.store.FusekiProcess;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.PackagedData;
import org.directivegraph.store.QuadSets;
import org.directivegraph.store.RemoteStore;
import org.directivegraph.store.SeedPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} and {@code restore} on real TDB2 stores in fresh folders, and a real Fuseki: the restored store
 * holds the same quads as the one backed up (ground quads as sets, quads with blank nodes up to renaming), and a
 * backup that cannot be read changes nothing.
 */
class BackupRestoreCliTests {

    private static final Pattern WRITTEN = Pattern.compile("([,\\d]+) quads in (\\S+) \\(([,\\d]+) bytes\\), SHA-256 ([0-9a-f]{64})");

    /**
     * The store backed up: the reference data without the 300,000 quads of the units (with {@code -Dbackup.full=true},
     * everything {@code load} puts in: about 2 minutes) and the five seed plans' gold graphs.
     */
    static void fill(Path store) {
        if (Boolean.getBoolean("backup.full")) {
            assertThat(CliTests.run("load", "--store", store.toString()).code()).isZero();
            return;
        }
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(store)) {
            ks.putGraphs(Map.of(
                    GraphNames.ONTOLOGY, PackagedData.graph("ontology/*.ttl"),
                    GraphNames.VOCABULARIES, PackagedData.graph("ontology/vocab/*.ttl"),
                    GraphNames.SHAPES, PackagedData.graph("shapes/*.ttl"),
                    GraphNames.BODIES, PackagedData.graph("data/bodies/*.ttl"),
                    GraphNames.DOCUMENTS, PackagedData.graph("data/documents/*.ttl")));
            SeedPlans.load(ks);
        }
    }

    @Test
    void aBackupRestoredIntoAFreshFolderAndOverAChangedStoreGivesTheSameQuads(@TempDir Path dir) throws Exception {
        Path original = dir.resolve("original");
        fill(original);

        Run backup = CliTests.run("backup", "--store", original.toString(), "--folder", dir.resolve("backups").toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        Matcher m = WRITTEN.matcher(backup.out());
        assertThat(m.find()).as(backup.out()).isTrue();
        Path file = Path.of(m.group(2));
        assertThat(Backups.isBackupName(file.getFileName().toString())).isTrue();
        assertThat(m.group(4)).isEqualTo(sha256(file));
        assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".sha256"))).isEqualTo(m.group(4) + "  " + file.getFileName() + "\n");
        assertThat(leftovers(file.getParent())).isEmpty();

        QuadSets.Quads before;
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(original)) {
            before = QuadSets.of(ks);
        }
        assertThat(Long.parseLong(m.group(1).replace(",", ""))).isEqualTo(before.size());
        assertThat(before.withBlankNodes()).as("the shapes and the ontology have blank nodes").isNotEmpty();

        Path copy = dir.resolve("copy");
        Run restored = CliTests.run("restore", "--store", copy.toString(), file.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored", Boolean.getBoolean("backup.full") ? "12 graphs" : "10 graphs");
        QuadSets.Comparison fresh;
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(copy)) {
            fresh = QuadSets.compare(before, QuadSets.of(ks));
            // now change it: a graph added, a seed's graph deleted, another replaced
            String seed = ks.graphNames().stream().filter(g -> !GraphNames.isReference(g)).findFirst().orElseThrow();
            ks.deleteGraph(seed);
            ks.putGraph("https://example.org/graph/added", PackagedData.graph("ontology/documents.ttl"));
            ks.putGraph(GraphNames.BODIES, PackagedData.graph("ontology/tasks.ttl"));
            assertThat(QuadSets.compare(before, QuadSets.of(ks)).differences()).isPositive();
        }
        assertThat(fresh.differences()).as(fresh.toString()).isZero();

        Run again = CliTests.run("restore", "--store", copy.toString(), file.toString());
        assertThat(again.code()).as(again.err()).isZero();
        QuadSets.Comparison overChanged;
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(copy)) {
            overChanged = QuadSets.compare(before, QuadSets.of(ks));
        }
        assertThat(overChanged.differences()).as(overChanged.toString()).isZero();
        System.out.println("[figures] CLI round trip: backed up " + before.size() + " quads (" + before.withBlankNodes().size()
                + " with blank nodes); fresh folder: " + fresh + "; over a changed store: " + overChanged);
    }

    @Test
    void aBrokenBackupIsRefusedWithItsReasonAndTheStoreIsUnchanged(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        Path good = Files.writeString(dir.resolve("good.nq"), """
                <https://example.org/a> <https://example.org/p> "one" <https://example.org/g1> .
                _:b <https://example.org/p> "blank" <https://example.org/g1> .
                <https://example.org/b> <https://example.org/p> _:b <https://example.org/g2> .
                """);
        assertThat(CliTests.run("restore", "--store", store.toString(), good.toString()).code()).isZero();
        QuadSets.Quads before = quads(store);
        assertThat(before.size()).isEqualTo(3);

        Path syntax = Files.writeString(dir.resolve("syntax.nq"), """
                <https://example.org/c> <https://example.org/p> "two" <https://example.org/g3> .
                <https://example.org/d> <https://example.org/p> "three" <https://example.org/g3> .
                <https://example.org/e> <https://example.org/p> "four" "five" <https://example.org/g3> .
                """);
        Path outside = Files.writeString(dir.resolve("outside.nq"), """
                <https://example.org/c> <https://example.org/p> "two" <https://example.org/g3> .
                <https://example.org/d> <https://example.org/p> "no graph" .
                """);
        Path empty = Files.writeString(dir.resolve("empty.nq"), "");
        Path valid = dir.resolve("valid.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(valid))) {
            for (int i = 0; i < 20_000; i++) {
                out.write(("<https://example.org/s" + i + "> <https://example.org/p> \"" + i + "\" <https://example.org/big> .\n").getBytes());
            }
        }
        byte[] whole = Files.readAllBytes(valid);
        Path truncated = Files.write(dir.resolve("truncated.nq.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path garbage = Files.write(dir.resolve("garbage.nq.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3, 4, 5});

        Map<Path, String> expected = Map.of(
                syntax, "syntax.nq, line 3, column",
                outside, "quad 2 has no graph name",
                empty, "holds no quads",
                truncated, "truncated or damaged",
                garbage, "garbage.nq.gz",
                dir.resolve("missing.nq.gz"), "missing.nq.gz: does not exist");
        for (var e : expected.entrySet()) {
            Run run = CliTests.run("restore", "--store", store.toString(), e.getKey().toString());
            assertThat(run.code()).as(e.getKey() + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).contains("Nothing restored", e.getValue());
            QuadSets.Comparison after = QuadSets.compare(before, quads(store));
            assertThat(after.differences()).as(e.getKey() + ": " + after).isZero();
        }
        System.out.println("[figures] broken backups refused: " + expected.size() + ", store unchanged each time (3 quads, 0 differences)");
    }

    @Test
    void aBackupOfARemoteFusekiRestoresIntoAnEmbeddedStoreAndBack(@TempDir Path dir) throws Exception {
        try (FusekiProcess fuseki = FusekiProcess.start(); RemoteStore remote = fuseki.store()) {
            remote.putGraphs(Map.of(
                    GraphNames.SHAPES, PackagedData.graph("shapes/*.ttl"),
                    GraphNames.ONTOLOGY, PackagedData.graph("ontology/*.ttl"),
                    GraphNames.BODIES, PackagedData.graph("data/bodies/*.ttl")));
            QuadSets.Quads inRemote = QuadSets.ofDump(remote);
            assertThat(inRemote.withBlankNodes()).isNotEmpty();

            // what `backup --remote URL` does, with the test server's credentials
            Backups.Backup backup = new Backups(dir.resolve("backups")).create(remote);
            assertThat(backup.quads()).isEqualTo(inRemote.size());

            Path embedded = dir.resolve("embedded");
            Run restored = CliTests.run("restore", "--store", embedded.toString(), backup.file().toString());
            assertThat(restored.code()).as(restored.err()).isZero();
            QuadSets.Comparison remoteToEmbedded = QuadSets.compare(inRemote, quads(embedded));
            assertThat(remoteToEmbedded.differences()).as(remoteToEmbedded.toString()).isZero();

            // and back: a restore into the remote store replaces its whole dataset in one PUT
            remote.putGraph("https://example.org/graph/extra", PackagedData.graph("ontology/tasks.ttl"));
            try (KnowledgeStore ks = KnowledgeStore.openTdb2(embedded)) {
                Backups.Backup fromEmbedded = new Backups(dir.resolve("backups")).create(ks);
                remote.replaceAll(org.directivegraph.store.BackupReader.of(fromEmbedded.file()));
            }
            QuadSets.Comparison embeddedToRemote = QuadSets.compare(inRemote, QuadSets.ofDump(remote));
            assertThat(embeddedToRemote.differences()).as(embeddedToRemote.toString()).isZero();
            assertThat(remote.graphNames()).doesNotContain("https://example.org/graph/extra");
            System.out.println("[figures] remote Fuseki backup -> embedded: " + remoteToEmbedded + "; embedded backup -> remote: " + embeddedToRemote);
        }
    }

    private static QuadSets.Quads quads(Path store) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(store)) {
            return QuadSets.of(ks);
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @SuppressWarnings("unused")
    private static long size(Graph g) {
        return g.size();
    }
}
