package org.directivegraph.concurrency;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks what the reads saw against the history of the writes: a read of a document may show a state only if
 * the document was in that state at some moment while the read was under way. State {@code i} (after the
 * {@code i}-th write; the document is absent before the first) may be current from the moment write {@code i} was
 * sent to the moment write {@code i+1} was answered. A read outside that window saw a stale (or future) state: a
 * cache that lags, say.
 */
final class History {

    private History() {
    }

    /** The observations no state of the history explains, described. */
    static List<String> unexplained(List<Observation> observations, Writers writers) {
        List<String> out = new ArrayList<>();
        for (Observation o : observations) {
            if (!explained(o, writers.doneTo(o.number()))) {
                out.add(o.kind() + " saw " + o.states() + " of " + o.number() + " during [" + o.sent() + ", " + o.answered()
                        + "]; writes: " + writers.doneTo(o.number()));
            }
        }
        return out;
    }

    private static boolean explained(Observation o, List<Write> writes) {
        for (int i = 0; i <= writes.size(); i++) {
            State state = i == 0 ? State.ABSENT : State.of(writes.get(i - 1).after());
            long from = i == 0 ? Long.MIN_VALUE : writes.get(i - 1).sent();
            long to = i == writes.size() ? Long.MAX_VALUE : writes.get(i).answered();
            if (o.states().contains(state) && from <= o.answered() && to >= o.sent()) {
                return true;
            }
        }
        return false;
    }
}
