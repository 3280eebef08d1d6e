package org.directivegraph.store;

/**
 * The store cannot take a write: its disk is (nearly) full, its folder is read-only, or an earlier write failed in
 * the middle and the store refuses everything until the application is restarted. The message names the store's
 * folder and the cause; nothing of the refused write was stored.
 */
public final class StoreNotWritableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the store cannot be written. */
    public enum Reason {
        /** Less free space than the configured minimum, or the disk filled up during a write. */
        NO_SPACE,
        /** The folder or its file system is read-only, or not writable by this process. */
        READ_ONLY,
        /** An earlier write failed inside the store's files: nothing more is read or written until a restart. */
        FAULTED
    }

    private final Reason reason;

    /** A refusal for {@code reason}, with a message naming the folder and the cause. */
    public StoreNotWritableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }
}
