package org.directivegraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        return writeCounted(store, target).bytes();
    }

    /** What {@link #writeCounted} wrote: the file's size, the quads in it and the SHA-256 of the file's bytes. */
    public record Written(long bytes, long quads, String sha256) {
    }

    /**
     * Dumps {@code store} to {@code target} like {@link #write}, counting the quads as they are written (one N-Quads
     * line each, so the count is of the same snapshot as the file) and computing the SHA-256 of the file.
     *
     * @throws IOException when the file cannot be written (the message names it); nothing is left behind
     */
    public static Written writeCounted(GraphStore store, Path target) throws IOException {
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
        MessageDigest sha256 = sha256();
        LineCounter lines;
        try {
            try (OutputStream file = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(temp), sha256), 1 << 16);
                 OutputStream out = absolute.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
                 LineCounter counter = new LineCounter(out)) {
                lines = counter;
                store.dump(counter);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Written(Files.size(absolute), lines.lines, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            if (e instanceof IOException io) {
                throw new IOException("cannot write " + target + ": " + io, io);
            }
            throw e;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** Counts the newlines written through it: N-Quads has one quad per line. */
    private static final class LineCounter extends java.io.FilterOutputStream {
        private long lines;

        LineCounter(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (b == '\n') {
                lines++;
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
            out.write(b, off, len);
        }
    }
}
