package org.directivegraph.concurrency;

/**
 * One write of a run: an ingest of a version of a document (forced, committed), or its deletion when
 * {@code version} is {@code null}; with when its request was sent and when its answer came (nanoTime).
 */
record Write(int number, Version version, long sent, long answered) {

    /** The state of the document after this write: its version, or {@code null} when it is absent. */
    Version after() {
        return version;
    }
}
