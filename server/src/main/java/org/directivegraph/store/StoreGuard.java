package org.directivegraph.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the folder of an embedded store before each write, so that the usual way of running out of room is a
 * clear refusal before TDB2 writes anything: the folder must be writable (not on a read-only file system, not
 * read-only for this process) and its file system must have at least {@code minFreeBytes} free. Also tells
 * whether an error thrown by a write came from the storage (no space left, read-only file system, an I/O error, or
 * a memory-mapped page of the store that could not be written), as opposed to a bug or bad data.
 */
public final class StoreGuard {

    /** The default minimum of free space: 64 MiB, several times what the largest ingest writes. */
    public static final long DEFAULT_MIN_FREE_BYTES = 64L * 1024 * 1024;

    private final Path folder;
    private final long minFreeBytes;

    /** A guard of {@code folder} requiring {@code minFreeBytes} free (0: only that the folder is writable). */
    public StoreGuard(Path folder, long minFreeBytes) {
        this.folder = folder.toAbsolutePath();
        this.minFreeBytes = Math.max(0, minFreeBytes);
    }

    /** The minimum of free space required before a write. */
    public long minFreeBytes() {
        return minFreeBytes;
    }

    /**
     * Refuses a write that would need {@code moreBytes} beyond the minimum (0 for an ordinary write).
     *
     * @throws StoreNotWritableException when the folder is read-only or the space is short
     */
    public void checkWritable(long moreBytes) {
        if (!Files.isWritable(folder)) {
            throw new StoreNotWritableException(StoreNotWritableException.Reason.READ_ONLY,
                    "the store folder " + folder + " is read-only (" + readOnlyCause() + ")", null);
        }
        long needed = minFreeBytes + Math.max(0, moreBytes);
        if (needed == 0) {
            return;
        }
        long free;
        try {
            free = Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            throw new StoreNotWritableException(StoreNotWritableException.Reason.READ_ONLY,
                    "cannot tell the free space of the store folder " + folder + ": " + e.getMessage(), e);
        }
        if (free < needed) {
            throw new StoreNotWritableException(StoreNotWritableException.Reason.NO_SPACE,
                    "no space left for the store in " + folder + ": " + mib(free) + " free, " + mib(needed) + " needed"
                            + " (directivegraph.store.min-free-space is " + mib(minFreeBytes) + ")", null);
        }
    }

    /**
     * What stops a write in the folder right now, found by creating and removing a small file there: {@code Read-only
     * file system}, {@code No space left on device} …; empty when that works. Used after a write failed, to name the
     * cause when the error itself does not (a memory-mapped page that could not be written).
     */
    public Optional<String> probe() {
        try {
            Path probe = Files.createTempFile(folder, ".write-probe", ".tmp");
            try {
                Files.write(probe, new byte[4096]);
            } finally {
                Files.deleteIfExists(probe);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private String readOnlyCause() {
        try {
            FileStore store = Files.getFileStore(folder);
            return store.isReadOnly() ? "its file system " + store + " is mounted read-only" : "this process may not write in it";
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /**
     * The storage failure behind {@code error}, if it is one: {@code No space left on device}, {@code Read-only file
     * system}, an I/O error, or the JVM's report of a fault while writing a memory-mapped page (what a full disk
     * gives when TDB2 writes a page of a mapped file).
     */
    public static Optional<StorageFailure> storageFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            String lower = message.toLowerCase(Locale.ROOT);
            if (t instanceof InternalError && lower.contains("unsafe memory access")) {
                return Optional.of(new StorageFailure(StoreNotWritableException.Reason.NO_SPACE,
                        "a memory-mapped page of the store could not be written (the disk is probably full)"));
            }
            if (lower.contains("no space left") || lower.contains("disk quota exceeded")) {
                return Optional.of(new StorageFailure(StoreNotWritableException.Reason.NO_SPACE, "no space left on the device"));
            }
            if (lower.contains("read-only file system")) {
                return Optional.of(new StorageFailure(StoreNotWritableException.Reason.READ_ONLY, "the file system is read-only"));
            }
            if (t instanceof IOException || lower.contains("input/output error") || lower.contains("permission denied")) {
                return Optional.of(new StorageFailure(StoreNotWritableException.Reason.READ_ONLY, "the store's files cannot be written: " + message));
            }
        }
        return Optional.empty();
    }

    /** What went wrong in the storage, in words. */
    public record StorageFailure(StoreNotWritableException.Reason reason, String cause) {
    }
}
