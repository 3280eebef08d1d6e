package org.directivegraph.concurrency;

/** What a read can see of a document: absent, or one of its versions. */
enum State {
    ABSENT, A, B;

    /** The state a version makes; {@code null} (a deletion) makes {@link #ABSENT}. */
    static State of(Version v) {
        return v == null ? ABSENT : valueOf(v.name());
    }
}
