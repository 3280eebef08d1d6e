package org.directivegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.directivegraph.cli.CliTests.Run;
import org.directivegraph.server.SeedTexts;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.SmallReferenceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} and {@code restore} on a real store whose disk has less free space than asked: exit 3, nothing stored. */
class StoreNotWritableCliTests {

    @Test
    void ingestAndRestoreStopWithExitCode3AndStoreNothing(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        SmallReferenceStore.create(store);
        long before;
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(store, 0)) {
            before = ks.size();
        }
        Path plan = Files.writeString(dir.resolve("kh-9401.txt"), SeedTexts.seed001WithNumber(9401));
        String tooMuch = Long.toString(Long.MAX_VALUE / (1024L * 1024 * 8));

        Run ingest = CliTests.run("ingest", "--store", store.toString(), "--min-free-space", tooMuch, "--force", plan.toString());
        assertThat(ingest.code()).as(ingest.out() + ingest.err()).isEqualTo(3);
        assertThat(ingest.err()).contains("kh-9401.txt: NOT STORED, nothing of it was written", "no space left for the store in",
                store.toAbsolutePath().toString());

        Path backup = Files.writeString(dir.resolve("b.nq"), "<https://example.org/a> <https://example.org/p> \"x\" <https://example.org/g> .\n");
        Run restore = CliTests.run("restore", "--store", store.toString(), "--min-free-space", tooMuch, backup.toString());
        assertThat(restore.code()).as(restore.err()).isEqualTo(3);
        assertThat(restore.err()).contains("Nothing restored, the store is unchanged", "no space left");

        try (KnowledgeStore ks = KnowledgeStore.openTdb2(store, 0)) {
            assertThat(ks.size()).isEqualTo(before);
            assertThat(ks.graphNames()).allMatch(GraphNames::isReference);
        }
    }
}
