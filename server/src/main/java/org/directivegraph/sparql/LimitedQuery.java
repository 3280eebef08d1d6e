package org.directivegraph.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;

/**
 * A query checked and made to respect the result limit: parsed with Jena, and given {@code LIMIT max} when it
 * has no LIMIT or a larger one. The text is the client's own when nothing had to change.
 *
 * @param query the parsed (possibly limited) query
 * @param text the text to run: the client's, or the limited query written out again
 * @param limited whether the limit was imposed
 */
public record LimitedQuery(Query query, String text, boolean limited) {

    /**
     * Parses and limits a query.
     *
     * @throws BadSparqlRequestException 400 with Jena's message (line and column) on a syntax error, 403 for an
     *     update
     */
    public static LimitedQuery prepare(String text, long max) {
        if (text == null || text.isBlank()) {
            throw new BadSparqlRequestException(400, "No query: send one as ?query=…, as a form field query=…,"
                    + " or as the body of a POST with Content-Type: application/sparql-query.");
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw SparqlRequest.updateRefused();
            }
            throw new BadSparqlRequestException(400, "SPARQL syntax error: " + e.getMessage());
        }
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= max)) {
            return new LimitedQuery(query, text, false);
        }
        query.setLimit(max);
        return new LimitedQuery(query, query.serialize(), true);
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
