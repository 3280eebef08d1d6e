package org.directivegraph.concurrency;

import java.util.Set;

/**
 * What one read saw of one document: the states that agree with it (one, or several when the read cannot tell
 * them apart), and when the request was sent and answered (nanoTime), to check it against the writes' history.
 */
record Observation(String kind, int number, Set<State> states, long sent, long answered) {
}
