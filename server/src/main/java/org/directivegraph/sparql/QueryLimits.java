package org.directivegraph.sparql;

import java.time.Duration;

import org.directivegraph.server.DirectiveGraphProperties;

/**
 * What the operator allows one query: how long it may run and how many rows (or solutions) it may answer.
 *
 * @param timeout longest a query may run before it is stopped
 * @param resultLimit most solutions one answer may hold; a query asking for more gets this many
 */
public record QueryLimits(Duration timeout, long resultLimit) {

    /** The response header that tells a client its query was given the maximum LIMIT. */
    public static final String LIMIT_HEADER = "DirectiveGraph-Result-Limit";

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("directivegraph.sparql.timeout must be positive, got " + timeout);
        }
        if (resultLimit < 1) {
            throw new IllegalArgumentException("directivegraph.sparql.result-limit must be at least 1, got " + resultLimit);
        }
    }

    /** The limits set in {@code directivegraph.sparql.*}. */
    public static QueryLimits of(DirectiveGraphProperties properties) {
        return new QueryLimits(properties.getSparql().getTimeout(), properties.getSparql().getResultLimit());
    }

    /** The message a client gets when its query ran out of time. */
    public String timeoutMessage() {
        return "Query stopped: it ran longer than " + human(timeout) + ", the most this server allows one query"
                + " (directivegraph.sparql.timeout). Make it more selective (fewer unbound patterns, a smaller LIMIT)"
                + " or ask the operator for a longer limit.";
    }

    private static String human(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
