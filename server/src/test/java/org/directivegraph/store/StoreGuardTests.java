package org.directivegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The free-space check before each write of a real TDB2 store (this machine's real free space, with a minimum no
 * disk has), and how storage errors are told from others.
 */
class StoreGuardTests {

    private static Graph one(String value) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI("https://example.org/a"), NodeFactory.createURI("https://example.org/p"),
                NodeFactory.createLiteralString(value)));
        return g;
    }

    @Test
    void aWriteNeedingMoreSpaceThanTheDiskHasIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        Path folder = dir.resolve("store");
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(folder, 0)) {
            ks.putGraph("https://example.org/g1", one("kept"));
        }
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(folder, Long.MAX_VALUE / 4)) {
            assertThatThrownBy(() -> ks.putGraph("https://example.org/g2", one("refused")))
                    .isInstanceOfSatisfying(StoreNotWritableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(StoreNotWritableException.Reason.NO_SPACE);
                        assertThat(e.getMessage()).contains("no space left for the store in " + folder.toAbsolutePath(), "MiB free", "needed");
                    });
            assertThat(ks.graphNames()).as("reads go on, nothing was written").containsExactly("https://example.org/g1");
            assertThat(ks.fault()).as("a refusal before writing is no fault").isEmpty();
        }
    }

    @Test
    void storageErrorsAreToldFromOthers() {
        assertThat(StoreGuard.storageFailure(new RuntimeException("wrapped", new IOException("No space left on device"))))
                .hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo(StoreNotWritableException.Reason.NO_SPACE));
        assertThat(StoreGuard.storageFailure(new UncheckedIOException(new IOException("Read-only file system"))))
                .hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo(StoreNotWritableException.Reason.READ_ONLY));
        assertThat(StoreGuard.storageFailure(new InternalError("a fault occurred in a recent unsafe memory access operation")))
                .isPresent();
        assertThat(StoreGuard.storageFailure(new IllegalArgumentException("not an IRI"))).isEmpty();
        assertThat(StoreGuard.storageFailure(new RdfSyntaxException("f.nq", 1, 2, "bad"))).isEmpty();
    }
}
