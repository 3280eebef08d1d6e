package org.directivegraph.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.directivegraph.store.GraphStore;

/**
 * Runs a query on the store, embedded or remote, within the operator's limits: the query gets the maximum
 * LIMIT when it asks for more, and is aborted when it runs past the timeout ({@link QueryCancelledException}).
 * The answer is copied whole before it is returned, so a timeout never leaves a half-written result.
 */
public final class BoundedExecution implements AutoCloseable {

    private final GraphStore store;
    private final QueryLimits limits;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sparql-timeout");
        t.setDaemon(true);
        return t;
    });

    public BoundedExecution(GraphStore store, QueryLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** The limits applied. */
    public QueryLimits limits() {
        return limits;
    }

    /**
     * Runs {@code query} (already limited) with variables bound to terms.
     *
     * @throws QueryCancelledException when it ran past the timeout
     */
    public QueryAnswer run(Query query, Map<String, Node> bindings) {
        AtomicBoolean timedOut = new AtomicBoolean();
        try {
            return store.query(query, bindings, qe -> {
                ScheduledFuture<?> abort = timer.schedule(() -> {
                    timedOut.set(true);
                    qe.abort();
                }, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
                try {
                    return answer(query, qe);
                } finally {
                    abort.cancel(false);
                }
            });
        } catch (RuntimeException e) {
            if (timedOut.get() && !(e instanceof QueryCancelledException)) {
                // a remote store answers an aborted request with an I/O error
                throw new QueryCancelledException();
            }
            throw e;
        }
    }

    private static QueryAnswer answer(Query query, QueryExec qe) {
        if (query.isSelectType()) {
            // each row copied term by term while the read transaction is open (TDB2 rows resolve lazily)
            RowSet rows = qe.select();
            List<Binding> copied = new ArrayList<>();
            rows.forEachRemaining(b -> copied.add(BindingFactory.copy(b)));
            return QueryAnswer.of(RowSetStream.create(rows.getResultVars(), copied.iterator()).rewindable());
        }
        if (query.isAskType()) {
            return QueryAnswer.of(qe.ask());
        }
        if (query.isConstructType()) {
            return QueryAnswer.of(qe.construct());
        }
        if (query.isDescribeType()) {
            return QueryAnswer.of(qe.describe());
        }
        throw new BadSparqlRequestException(400, "This endpoint answers SELECT, ASK, CONSTRUCT and DESCRIBE queries.");
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
