package org.directivegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivegraph.cli.CliTests.run;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compact} gives back the space old writes left in the store's files, and every quad stays. */
class CompactCommandTests {

    @Test
    void compactingShrinksAStoreThatWasRewrittenAndKeepsEveryQuad(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("store");
        assertThat(run("load", "--store", folder.toString()).code()).isZero();
        KnowledgeStore store = KnowledgeStore.openTdb2(folder);
        for (int i = 0; i < 40; i++) {
            // each write transaction leaves the blocks it replaced in the files
            store.putGraph("https://w3id.org/directivegraph/id/doc/x/graph", graph(i));
        }
        Set<Quad> quads = quads(store);
        long before = bytes(folder);

        CliTests.Run compact = run("compact", "--store", folder.toString());

        assertThat(compact.code()).as(compact.err()).isZero();
        assertThat(compact.out()).contains("Compacted", String.format("%,d quads", quads.size()));
        assertThat(bytes(folder)).isLessThan(before);
        assertThat(quads(KnowledgeStore.openTdb2(folder))).isEqualTo(quads);
        try (Stream<Path> entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-"))).hasSize(1);
        }
    }

    @Test
    void aMissingStoreOrARemoteOneIsRefusedWithoutCreatingAnything(@TempDir Path dir) {
        Path missing = dir.resolve("nothing-here");
        CliTests.Run none = run("compact", "--store", missing.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("No store in");
        assertThat(missing).doesNotExist();

        CliTests.Run remote = run("compact", "--remote", "http://127.0.0.1:9/dg");
        assertThat(remote.code()).isEqualTo(2);
        assertThat(remote.err()).contains("/$/compact/");
    }

    private static Graph graph(int version) {
        StringBuilder ttl = new StringBuilder("@prefix dg: <https://w3id.org/directivegraph/ontology#> .\n");
        for (int t = 0; t < 200; t++) {
            ttl.append("<https://w3id.org/directivegraph/id/doc/x/task/").append(t).append("> dg:title \"Nhiệm vụ ")
                    .append(t).append(", bản ").append(version).append("\" .\n");
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(ttl.toString())).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static Set<Quad> quads(KnowledgeStore store) {
        return store.read(ds -> {
            Set<Quad> all = new HashSet<>();
            ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::add);
            return all;
        });
    }

    private static long bytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
