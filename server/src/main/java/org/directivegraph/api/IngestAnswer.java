package org.directivegraph.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.directivegraph.ingest.Ingester;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer to an ingest: its status (201 stored, 200 checked only, 422 refused for violations, 400 unreadable)
 * and its body in the form asked for. The JSON form is
 * {@code {file, document, stored, commit, triples, conforms, violations, warnings, refusal, findings, graph}}, where
 * {@code graph} is the document graph as JSON-LD; the JSON-LD form is the document graph with a
 * {@code sh:ValidationReport}; Turtle is the document graph; HTML a readable page.
 */
final class IngestAnswer {

    private IngestAnswer() {
    }

    /** The answer for {@code result}; throws an {@link ApiException} (400) when the file could not be read. */
    static ResponseEntity<String> of(Ingester.Result result, boolean commit, AnswerFormat format) {
        if (!result.readable()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, forApi(result.refusal()));
        }
        HttpStatus status = result.stored() ? HttpStatus.CREATED : commit ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(format.mediaType());
        if (result.stored()) {
            answer.location(URI.create(result.documentIri()));
        }
        String body = switch (format) {
            case JSON -> Json.write(json(result, commit));
            case JSONLD -> RdfGraphs.write(RdfGraphs.merged(result.graph(), FindingsJson.reportGraph(result.findings())), Lang.JSONLD);
            case TURTLE -> RdfGraphs.write(result.graph(), Lang.TURTLE);
            case HTML -> IngestPage.html(result, commit, forApi(result.refusal()));
        };
        return answer.body(body);
    }

    /** The JSON object of an ingest. */
    static Map<String, Object> json(Ingester.Result result, boolean commit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", result.file());
        m.put("document", result.documentIri());
        m.put("stored", result.stored());
        m.put("commit", commit);
        m.put("triples", result.triples());
        m.put("conforms", result.findings().isEmpty());
        m.put("violations", result.violations());
        m.put("warnings", result.warnings());
        m.put("refusal", forApi(result.refusal()));
        m.put("findings", FindingsJson.of(result.findings()));
        m.put("graph", Json.read(RdfGraphs.write(result.graph(), Lang.JSONLD)));
        return m;
    }

    /** The ingester's messages name the command line's option; over HTTP it is a parameter. */
    static String forApi(String message) {
        return message == null ? null : message.replace("--force", "force=true");
    }
}
