package org.directivegraph.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.QueryCancelledException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the query engine on {@code /sparql}: sends a browser that asks for no query to the editor
 * page, refuses updates, answers syntax errors with Jena's message (line and column), gives a query without a
 * LIMIT (or with a larger one) the operator's maximum and says so in the {@value QueryLimits#LIMIT_HEADER}
 * header, and turns the engine's timeout into a clear 503 answer. The engine (Fuseki, or the forwarding to a
 * remote store) comes next in the chain and sees the checked query as a form POST.
 */
public final class SparqlGuardFilter extends OncePerRequestFilter {

    /** Where the editor page is served from (forwarded to, inside the application). */
    static final String EDITOR_PATH = "/sparql/editor";

    private static final AcceptList HTML_OR_RESULTS = AcceptList.create("text/html", "application/sparql-results+json",
            "application/sparql-results+xml", "text/turtle", "*/*");

    private final QueryLimits limits;

    public SparqlGuardFilter(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getMethod().equals("OPTIONS")) {
            response.setHeader("Allow", "GET, POST, OPTIONS");
            response.setStatus(204);
            return;
        }
        if (request.getMethod().equals("GET") && !SparqlRequest.hasQuery(request) && request.getParameter("update") == null
                && wantsHtml(request)) {
            request.getRequestDispatcher(EDITOR_PATH).forward(request, response);
            return;
        }
        LimitedQuery query;
        try {
            query = LimitedQuery.prepare(SparqlRequest.queryText(request), limits.resultLimit());
        } catch (BadSparqlRequestException e) {
            writeError(response, e.status(), e.getMessage());
            return;
        }
        if (query.limited()) {
            response.setHeader(QueryLimits.LIMIT_HEADER, Long.toString(limits.resultLimit()));
        }
        HeldErrorResponse held = new HeldErrorResponse(response);
        try {
            chain.doFilter(new PreparedRequest(request, query), held);
        } catch (QueryCancelledException e) {
            held.setStatus(503);
        }
        if (held.errorStatus() == 503) {
            writeError(response, 503, limits.timeoutMessage());
        } else if (held.errorStatus() != 0) {
            String message = held.errorMessage();
            writeError(response, held.errorStatus(), message.isEmpty() ? "The query failed (HTTP " + held.errorStatus() + ")." : message);
        }
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), HTML_OR_RESULTS);
        return chosen != null && "text/html".equals(chosen.getContentTypeStr());
    }

    /** Answers with a plain-text error message. */
    static void writeError(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
