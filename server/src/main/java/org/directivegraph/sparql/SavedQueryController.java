package org.directivegraph.sparql;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.query.QueryCancelledException;
import org.directivegraph.query.SavedQueries;
import org.directivegraph.query.SavedQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The saved queries over HTTP: {@code GET /queries} lists them (JSON, or HTML with a form per query) and
 * {@code GET /queries/{name}?param=…} runs one with its parameters bound as RDF terms, answering in SPARQL JSON,
 * XML, CSV, TSV or an HTML table (by {@code Accept} or {@code ?format=}).
 */
@RestController
public class SavedQueryController {

    private final SavedQueries queries;
    private final SavedQueryRuns runs;

    public SavedQueryController(SavedQueryRuns runs) {
        this.runs = runs;
        this.queries = runs.queries();
    }

    /** Every saved query with its parameters. */
    @GetMapping("/queries")
    public ResponseEntity<?> list(@RequestHeader(value = "Accept", required = false) String accept) {
        if (SavedQueryRuns.prefersHtml(accept)) {
            return html(HttpStatus.OK, SavedQueryPages.list(queries.all()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(queries.all().stream().map(SavedQueryController::describe).toList());
    }

    private static Map<String, Object> describe(SavedQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("title", q.title());
        m.put("description", q.description());
        m.put("url", "/queries/" + q.name());
        m.put("parameters", q.parameters().stream().map(p -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("type", p.type().name().toLowerCase());
            pm.put("required", p.required());
            pm.put("description", p.description());
            return pm;
        }).toList());
        return m;
    }

    /** Runs one saved query. */
    @GetMapping("/queries/{name}")
    public ResponseEntity<byte[]> run(@PathVariable String name, HttpServletRequest request) {
        SavedQuery query = queries.find(name).orElseThrow(() -> new BadSparqlRequestException(404, "No saved query '" + name
                + "'; the saved queries are " + queries.all().stream().map(SavedQuery::name).toList() + "."));
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!k.equals("format")) {
                if (v.length > 1) {
                    throw new BadSparqlRequestException(400, "Parameter '" + k + "' is given " + v.length + " times; give it once.");
                }
                params.put(k, v[0]);
            }
        });
        SavedQueryRuns.Run run = runs.run(query, params, request.getHeader("Accept"), request.getParameter("format"));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (run.limited()) {
            ok.header(QueryLimits.LIMIT_HEADER, Long.toString(runs.limits().resultLimit()));
        }
        return ok.contentType(MediaType.parseMediaType(run.format().mediaType() + ";charset=UTF-8")).body(run.body());
    }

    @ExceptionHandler(BadSparqlRequestException.class)
    ResponseEntity<byte[]> refused(BadSparqlRequestException e) {
        return text(HttpStatus.valueOf(e.status()), e.getMessage());
    }

    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<byte[]> timedOut() {
        return text(HttpStatus.SERVICE_UNAVAILABLE, runs.limits().timeoutMessage());
    }

    private static ResponseEntity<byte[]> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .body((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> html(HttpStatus status, String page) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(page.getBytes(StandardCharsets.UTF_8));
    }
}
