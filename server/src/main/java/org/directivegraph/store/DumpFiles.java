package org.directivegraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a whole store as N-Quads to a file, gzip-compressed when the name ends in {@code .gz}. The quads go to
 * a hidden temporary file next to the target, which is moved into place only once complete: a failed dump leaves
 * no half-written file, and an earlier dump of the same name stays as it was.
 */
public final class DumpFiles {

    private DumpFiles() {
    }

    /**
     * Dumps {@code store} to {@code target}.
     *
     * @return the size of the file written, in bytes
     * @throws IOException when the file cannot be written (the message names it); nothing is left behind
     */
    public static long write(GraphStore store, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder; give a file name such as store.nq.gz");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + target + ": the folder " + folder + " does not exist");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + e, e);
        }
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
                 OutputStream out = absolute.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file) {
                store.dump(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.size(absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            if (e instanceof IOException io) {
                throw new IOException("cannot write " + target + ": " + io, io);
            }
            throw e;
        }
    }
}
