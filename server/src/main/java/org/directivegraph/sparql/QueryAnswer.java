package org.directivegraph.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * The whole answer to one query, copied out of the store so it can be written after the query has finished:
 * rows (SELECT), a graph (CONSTRUCT, DESCRIBE) or a boolean (ASK). Exactly one is set.
 */
public record QueryAnswer(RowSetRewindable rows, Graph graph, Boolean bool) {

    static QueryAnswer of(RowSetRewindable rows) {
        return new QueryAnswer(rows, null, null);
    }

    static QueryAnswer of(Graph graph) {
        return new QueryAnswer(null, graph, null);
    }

    static QueryAnswer of(boolean bool) {
        return new QueryAnswer(null, null, bool);
    }

    /** The kind of answer, for choosing its formats. */
    public Kind kind() {
        return rows != null ? Kind.ROWS : graph != null ? Kind.GRAPH : Kind.BOOLEAN;
    }

    /** What a query answers. */
    public enum Kind {
        /** Variable bindings. */
        ROWS,
        /** RDF triples. */
        GRAPH,
        /** Yes or no. */
        BOOLEAN
    }
}
