package org.directivegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load into an empty store goes through Jena's bulk loader into a fresh database that replaces the empty one; into
 * a store with data, through one transaction. Either way every quad of the files or none, and nothing left behind.
 */
class FolderLoadTests {

    private static final String G = "https://w3id.org/directivegraph/id/doc/";

    private static final String TWO_GRAPHS = """
            <https://w3id.org/directivegraph/id/doc/a> <https://w3id.org/directivegraph/ontology#title> "Kế hoạch A" <https://w3id.org/directivegraph/id/doc/a/graph> .
            <https://w3id.org/directivegraph/id/doc/a> <https://w3id.org/directivegraph/ontology#implements> <https://w3id.org/directivegraph/id/doc/d> <https://w3id.org/directivegraph/id/doc/a/graph> .
            <https://w3id.org/directivegraph/id/doc/b> <https://w3id.org/directivegraph/ontology#title> "Kế hoạch B"@vi <https://w3id.org/directivegraph/id/doc/b/graph> .
            """;

    @TempDir
    Path dir;

    @Test
    void intoAnEmptyStoreEveryQuadArrivesThroughTheBulkLoaderAndNothingIsLeftBeside() throws IOException {
        Path file = write("two.nq", TWO_GRAPHS);
        Path folder = dir.resolve("store");

        Map<String, Long> loaded = FolderLoad.load(folder, List.of(file), null, 0);

        assertThat(loaded).containsExactly(Map.entry(G + "a/graph", 2L), Map.entry(G + "b/graph", 1L));
        assertThat(quads(folder)).isEqualTo(quadsOf(file));
        assertThat(entries(folder)).noneMatch(n -> n.startsWith(FolderLoad.LOADING)).contains("Data-0001");
    }

    @Test
    void intoAStoreWithDataEachGraphOfTheFileReplacesItsNamesakeAndTheOthersStay() throws IOException {
        Path folder = dir.resolve("store");
        FolderLoad.load(folder, List.of(write("first.nq", TWO_GRAPHS)), null, 0);
        Path second = write("second.nq", """
                <https://w3id.org/directivegraph/id/doc/a> <https://w3id.org/directivegraph/ontology#title> "Kế hoạch A, sửa" <https://w3id.org/directivegraph/id/doc/a/graph> .
                <https://w3id.org/directivegraph/id/doc/c> <https://w3id.org/directivegraph/ontology#title> "C" <https://w3id.org/directivegraph/id/doc/c/graph> .
                """);

        assertThat(FolderLoad.load(folder, List.of(second), null, 0)).containsOnlyKeys(G + "a/graph", G + "c/graph");

        Set<Quad> expected = quadsOf(second);
        quadsOf(write("b.nq", TWO_GRAPHS)).stream().filter(q -> q.getGraph().getURI().equals(G + "b/graph")).forEach(expected::add);
        assertThat(quads(folder)).isEqualTo(expected);
    }

    @Test
    void aSyntaxErrorLoadsNothingIntoAnEmptyStoreAndDeletesTheFreshDatabase() throws IOException {
        Path file = write("broken.nq", TWO_GRAPHS + "<https://w3id.org/directivegraph/id/doc/x> <p> \"unterminated .\n");
        Path folder = dir.resolve("store");

        assertThatThrownBy(() -> FolderLoad.load(folder, List.of(file), null, 0))
                .isInstanceOf(RdfSyntaxException.class).hasMessageContaining("broken.nq");

        assertThat(quads(folder)).isEmpty();
        assertThat(entries(folder)).noneMatch(n -> n.startsWith(FolderLoad.LOADING));
    }

    @Test
    void triplesWithoutAGraphAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path file = write("triples.ttl", "<https://w3id.org/directivegraph/id/doc/a> <https://w3id.org/directivegraph/ontology#title> \"A\" .");
        Path folder = dir.resolve("store");

        assertThatThrownBy(() -> FolderLoad.load(folder, List.of(file), null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--graph");
        assertThat(quads(folder)).isEmpty();

        assertThat(FolderLoad.load(folder, List.of(file), G + "a/graph", 0)).containsExactly(Map.entry(G + "a/graph", 1L));
    }

    @Test
    void whatAKilledBulkLoadLeftIsDeletedWhenTheStoreOpens() throws IOException {
        Path folder = dir.resolve("store");
        Path leftover = Files.createDirectories(folder.resolve(FolderLoad.LOADING + "killed/Data-0001"));
        Files.writeString(leftover.resolve("nodes.dat"), "half a database");

        KnowledgeStore store = KnowledgeStore.openTdb2(folder);
        try {
            assertThat(store.isEmpty()).isTrue();
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
        assertThat(entries(folder)).noneMatch(n -> n.startsWith(FolderLoad.LOADING));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Set<Quad> quadsOf(Path file) {
        Set<Quad> quads = new HashSet<>();
        RDFParser.source(file).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        return quads;
    }

    private static Set<Quad> quads(Path folder) {
        KnowledgeStore store = KnowledgeStore.openTdb2(folder);
        try {
            return store.read(ds -> {
                Set<Quad> all = new HashSet<>();
                ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::add);
                return all;
            });
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
