package org.directivegraph.sparql;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The query engine of {@code /sparql} when the store is remote: there is no local dataset, so the query checked
 * by {@link SparqlGuardFilter} is forwarded to the remote store and its answer written in the negotiated format.
 */
public final class RemoteSparqlFilter extends OncePerRequestFilter {

    private final BoundedExecution execution;

    public RemoteSparqlFilter(BoundedExecution execution) {
        this.execution = execution;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
        LimitedQuery query = PreparedRequest.query(request);
        if (query == null) {
            SparqlGuardFilter.writeError(response, 400, "No query.");
            return;
        }
        try {
            QueryAnswer answer = execution.run(query.query(), Map.of());
            AnswerFormat format = AnswerFormat.choose(answer.kind(), false, request.getHeader("Accept"), formatParameter(request));
            byte[] body = AnswerWriter.write(answer, format);
            response.setStatus(200);
            response.setContentType(format.mediaType() + ";charset=UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (BadSparqlRequestException e) {
            SparqlGuardFilter.writeError(response, e.status(), e.getMessage());
        } catch (QueryExceptionHTTP | HttpException e) {
            SparqlGuardFilter.writeError(response, 502, "The remote store could not answer the query: " + e.getMessage());
        }
    }

    private static String formatParameter(HttpServletRequest request) {
        String f = request.getParameter("format");
        return f != null ? f : request.getParameter("output");
    }
}
