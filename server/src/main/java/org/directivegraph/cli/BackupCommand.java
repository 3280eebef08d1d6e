package org.directivegraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.directivegraph.store.Backups;
import org.directivegraph.store.DumpFiles;
import org.directivegraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a backup of the whole store: every named graph as gzip N-Quads, atomically. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a backup of the whole store (every named graph: reference data and documents) as gzip-compressed",
            "N-Quads. The backup goes to a temporary file that takes its final name only once complete, so a failed",
            "backup leaves no half-written file. Without --out it is a new file directivegraph-YYYYMMDD-HHMMSS-mmm.nq.gz",
            "(UTC) in --folder, with its SHA-256 beside it (NAME.sha256, checked by sha256sum -c). Prints the file, its",
            "size, its quads and its SHA-256. Bring it back with: restore FILE"},
        footer = {"", "Examples:",
            "  java -jar directivegraph.jar backup",
            "  java -jar directivegraph.jar backup --out before-upgrade.nq.gz",
            "  java -jar directivegraph.jar backup --remote http://localhost:3030/dg --folder /var/backups/dg"})
public class BackupCommand implements Callable<Integer> {

    @Mixin
    DirectiveGraphCommand.StoreOption store;

    @Option(names = "--folder", paramLabel = "DIR", defaultValue = "directivegraph-backups",
            description = "Folder of the backups (created if missing). Default: ${DEFAULT-VALUE}")
    Path folder;

    @Option(names = "--out", paramLabel = "FILE", description = "Write this file instead (gzip-compressed whatever its name).")
    Path out;

    @Override
    public Integer call() {
        try (GraphStore ks = store.open()) {
            String file;
            long bytes;
            long quads;
            String sha256;
            if (out != null) {
                Path target = out.getFileName().toString().endsWith(".gz") ? out : out.resolveSibling(out.getFileName() + ".gz");
                DumpFiles.Written w = DumpFiles.writeCounted(ks, target);
                file = target.toString();
                bytes = w.bytes();
                quads = w.quads();
                sha256 = w.sha256();
            } else {
                Backups.Backup b = new Backups(folder).create(ks);
                file = b.file().toString();
                bytes = b.bytes();
                quads = b.quads();
                sha256 = b.sha256();
            }
            System.out.printf("Backup of %s: %,d quads in %s (%,d bytes), SHA-256 %s%n", ks.location(), quads, file, bytes, sha256);
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("backup failed, no file written: " + e.getMessage());
            return 1;
        }
    }
}
