package org.directivegraph.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the query text out of a request by the SPARQL 1.1 protocol: {@code GET ?query=}, a form POST with a
 * {@code query} field, or a POST whose body is the query ({@code application/sparql-query}). Updates
 * ({@code update=}, {@code application/sparql-update}) are refused: the endpoint is read-only.
 */
public final class SparqlRequest {

    /** The content type of a query sent as the body of a POST. */
    public static final String SPARQL_QUERY = "application/sparql-query";
    /** The content type of an update sent as the body of a POST. */
    public static final String SPARQL_UPDATE = "application/sparql-update";
    /** The content type of a form POST. */
    public static final String FORM = "application/x-www-form-urlencoded";

    private SparqlRequest() {
    }

    /** The refusal of an update. */
    public static BadSparqlRequestException updateRefused() {
        return new BadSparqlRequestException(403, "This SPARQL endpoint is read-only: SPARQL Update is not accepted."
                + " Documents are added through the ingest API.");
    }

    /** The media type of the request body without parameters, lower case; empty when there is none. */
    static String mediaType(HttpServletRequest request) {
        String ct = request.getContentType();
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the request carries a query at all (as a parameter or a body). */
    static boolean hasQuery(HttpServletRequest request) {
        return request.getParameter("query") != null || SPARQL_QUERY.equals(mediaType(request));
    }

    /**
     * The query text of the request.
     *
     * @throws BadSparqlRequestException for an update, a method other than GET and POST, an unsupported body, or
     *     several queries
     */
    static String queryText(HttpServletRequest request) {
        String method = request.getMethod();
        String type = mediaType(request);
        if (request.getParameter("update") != null || SPARQL_UPDATE.equals(type)) {
            throw updateRefused();
        }
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new BadSparqlRequestException(405, "The SPARQL endpoint answers GET and POST, not " + method + ".");
        }
        if (method.equals("POST") && SPARQL_QUERY.equals(type)) {
            try {
                return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (method.equals("POST") && !type.isEmpty() && !FORM.equals(type)) {
            throw new BadSparqlRequestException(415, "Send the query as " + SPARQL_QUERY + " or as a form (" + FORM
                    + "), not as " + type + ".");
        }
        String[] values = request.getParameterValues("query");
        if (values != null && values.length > 1) {
            throw new BadSparqlRequestException(400, "Send one query per request; this one has " + values.length + ".");
        }
        return values == null ? null : values[0];
    }
}
