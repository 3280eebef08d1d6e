package org.directivegraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.directivegraph.store.BackupReader;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.RdfSyntaxException;
import org.directivegraph.store.StoreNotWritableException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Replaces the whole store with a backup, in one transaction. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace everything in the store with the quads of a backup (N-Quads, gzip-compressed or not, as",
            "written by backup or dump), in one transaction: the file is read as it is stored, never held in memory.",
            "A file that cannot be read, is truncated, has a syntax error (reported with its line and column), holds",
            "a quad outside any named graph or no quad at all is refused with exit code 2, and the store keeps what it",
            "had. A store that cannot be written (disk short of --min-free-space, read-only folder) gives exit code 3.",
            "On a remote store the file is sent as one PUT of the whole dataset, which Fuseki applies in one transaction."},
        footer = {"", "Examples:",
            "  java -jar directivegraph.jar restore directivegraph-backups/directivegraph-20250101-120000-000.nq.gz",
            "  java -jar directivegraph.jar restore --store fresh-copy backup.nq.gz"})
public class RestoreCommand implements Callable<Integer> {

    @Mixin
    DirectiveGraphCommand.StoreOption store;

    @Parameters(paramLabel = "FILE", description = "The backup to restore (.nq or .nq.gz).")
    Path file;

    @Override
    public Integer call() {
        BackupReader backup;
        try {
            backup = BackupReader.of(file);
        } catch (RdfSyntaxException e) {
            System.err.println("Nothing restored: " + e.getMessage());
            return 2;
        }
        try (GraphStore ks = store.open()) {
            long quads = ks.replaceAll(backup);
            System.out.printf("Restored %,d quads in %d graphs from %s into %s.%n", quads, ks.graphNames().size(), file, ks.location());
            return 0;
        } catch (RdfSyntaxException e) {
            System.err.println("Nothing restored, the store is unchanged: " + e.getMessage());
            return 2;
        } catch (StoreNotWritableException e) {
            System.err.println("Nothing restored, the store is unchanged: " + e.getMessage());
            return 3;
        }
    }
}
