package org.directivegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.StoreNotWritableException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Compacts the embedded store: TDB2 keeps the old versions of its indexes until then. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Rewrite the embedded store's files without the space that earlier writes left behind. TDB2",
            "never overwrites a committed block, so every ingest, replacement and delete leaves old copies of index",
            "blocks until the store is compacted (a national store: 4.7 GB after a few dozen writes, 4.2 GB",
            "compacted). The live data is copied into a new generation of the store's files (Data-0002, ...), which",
            "replaces the old one once complete; the old one is then deleted. Needs free space for the live data; the",
            "store is locked while it runs, so stop the server first. A remote Fuseki compacts with its own admin",
            "call (POST /$/compact/NAME)."},
        footer = {"", "Example:", "  java -jar directivegraph.jar compact --store directivegraph-data"})
public class CompactCommand implements Callable<Integer> {

    @Mixin
    DirectiveGraphCommand.StoreOption store;

    @Override
    public Integer call() {
        if (store.remote != null && !store.remote.isBlank()) {
            System.err.println("compact works on the embedded store; a remote Fuseki compacts with POST /$/compact/NAME");
            return 2;
        }
        if (!Files.isDirectory(store.folder)) {
            System.err.println("No store in " + store.folder.toAbsolutePath() + " (give --store DIR)");
            return 2;
        }
        long before = bytes(store.folder);
        long start = System.nanoTime();
        long quads;
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(store.folder, store.minFreeMiB * 1024 * 1024)) {
            quads = ks.size();
            ks.compact(before);
        } catch (StoreNotWritableException e) {
            System.err.println("Not compacted: " + e.getMessage());
            return 3;
        }
        long after = bytes(store.folder);
        System.out.printf("Compacted %s in %.1f s: %,d quads, %,d bytes before, %,d bytes now.%n", store.folder.toAbsolutePath(),
                (System.nanoTime() - start) / 1e9, quads, before, after);
        return 0;
    }

    private static long bytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
