package org.directivegraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.directivegraph.store.DumpFiles;
import org.directivegraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the whole store as N-Quads, for a backup or to move the data to another store. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = {"Write every quad of the store (reference data and documents, each in its named graph) as N-Quads.",
            "With --out FILE the dump goes to a temporary file that replaces FILE only once complete, so a failed",
            "dump leaves no half-written file; a name ending in .gz is gzip-compressed. Without --out it goes to",
            "standard output. Read it back with: load FILE"},
        footer = {"", "Examples:",
            "  java -jar directivegraph.jar dump --out store.nq.gz",
            "  java -jar directivegraph.jar dump --remote http://localhost:3030/dg --out backup.nq.gz",
            "  java -jar directivegraph.jar dump | grep kh-10"})
public class DumpCommand implements Callable<Integer> {

    @Mixin
    DirectiveGraphCommand.StoreOption store;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (.nq, or .nq.gz for gzip). Default: standard output.")
    Path out;

    @Override
    public Integer call() {
        try (GraphStore ks = store.open()) {
            if (out == null || out.toString().equals("-")) {
                OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                ks.dump(stdout);
                stdout.flush();
                return 0;
            }
            long bytes = DumpFiles.write(ks, out);
            long quads = ks.size();
            System.out.printf("Wrote %,d quads in %d graphs from %s to %s (%,d bytes).%n", quads, ks.graphNames().size(),
                    ks.location(), out, bytes);
            return 0;
        } catch (IOException | RuntimeException e) {
            // a file that cannot be written, or a store that fails while being read: no file is left behind
            System.err.println("dump failed: " + e.getMessage());
            return 1;
        }
    }
}
