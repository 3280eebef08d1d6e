package org.directivegraph.sparql;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.directivegraph.query.QueryRunner;
import org.directivegraph.query.SavedQueries;
import org.directivegraph.query.SavedQuery;

/**
 * Runs a saved query for an HTTP request: binds the raw parameter values as RDF terms through
 * {@link QueryRunner#bind} (a bad value is a 400 with its message), applies the result limit and the timeout,
 * and writes the answer in the chosen format.
 */
public final class SavedQueryRuns {

    private static final AcceptList JSON_OR_HTML = AcceptList.create("application/json", "text/html");

    private final SavedQueries queries;
    private final BoundedExecution execution;

    public SavedQueryRuns(SavedQueries queries, BoundedExecution execution) {
        this.queries = queries;
        this.execution = execution;
    }

    /** The catalogue. */
    public SavedQueries queries() {
        return queries;
    }

    /** The limits applied. */
    public QueryLimits limits() {
        return execution.limits();
    }

    /** A written answer. */
    public record Run(AnswerFormat format, byte[] body, boolean limited) {
    }

    /**
     * Runs {@code query} with raw parameter values.
     *
     * @throws BadSparqlRequestException 400 for a missing, unknown or malformed parameter or an unknown format
     */
    public Run run(SavedQuery query, Map<String, String> raw, String accept, String format) {
        Map<String, Node> bound;
        try {
            bound = QueryRunner.bind(query, raw);
        } catch (IllegalArgumentException e) {
            throw new BadSparqlRequestException(400, e.getMessage());
        }
        Query q = query.query();
        boolean limited = false;
        long max = execution.limits().resultLimit();
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > max)) {
            q.setLimit(max);
            limited = true;
        }
        // choose the format before running, so a bad one costs no query
        AnswerFormat chosen = AnswerFormat.choose(kind(q), true, accept, format);
        QueryAnswer answer = execution.run(q, bound);
        byte[] body = chosen == AnswerFormat.HTML
                ? SavedQueryPages.table(query, raw, answer).getBytes(StandardCharsets.UTF_8)
                : AnswerWriter.write(answer, chosen);
        return new Run(chosen, body, limited);
    }

    private static QueryAnswer.Kind kind(Query q) {
        return q.isSelectType() ? QueryAnswer.Kind.ROWS : q.isAskType() ? QueryAnswer.Kind.BOOLEAN : QueryAnswer.Kind.GRAPH;
    }

    /** Whether a browser-like Accept header prefers HTML to JSON. */
    static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        MediaType m = AcceptList.match(new AcceptList(accept), JSON_OR_HTML);
        return m != null && m.getContentTypeStr().equals("text/html");
    }
}
