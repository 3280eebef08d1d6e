package org.directivegraph.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.directivegraph.store.DocumentsChanged;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /api/documents?iri=…}: removes a document's graph (writers only). */
@RestController
public class DocumentsController {

    private static final String DOCUMENTS = GraphNames.BASE + "id/doc/";

    private final GraphStore store;
    private final ApplicationEventPublisher events;

    public DocumentsController(GraphStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @DeleteMapping(path = "/api/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> delete(@RequestParam("iri") String iri) {
        if (!iri.startsWith(DOCUMENTS) || iri.length() == DOCUMENTS.length() || iri.contains(" ")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'" + iri + "' is not a document IRI (they start with " + DOCUMENTS + ")");
        }
        String graph = GraphNames.ofDocument(iri);
        if (!store.graphNames().contains(graph)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "no document " + iri + " is stored");
        }
        long triples = store.graph(graph).size();
        store.deleteGraph(graph);
        events.publishEvent(new DocumentsChanged(this, iri));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deleted", iri);
        body.put("graph", graph);
        body.put("triples", triples);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }
}
