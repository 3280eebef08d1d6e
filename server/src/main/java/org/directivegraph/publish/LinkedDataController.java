package org.directivegraph.publish;

import java.nio.charset.StandardCharsets;

import org.directivegraph.store.GraphNames;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Dereferences the IRIs under the base: {@code /id/…} and {@code /vocab/…} stand for
 * {@code https://w3id.org/directivegraph/id/…} and {@code …/vocab/…}; {@code /ontology} (and its dated version)
 * and {@code /shapes} for the namespaces. Content negotiation on the IRI's own path, plus format-specific URLs.
 */
@RestController
public class LinkedDataController {

    private final Publisher publisher;

    public LinkedDataController(Publisher publisher) {
        this.publisher = publisher;
    }

    /** A resource under {@code id/} or {@code vocab/}. */
    @GetMapping({"/id/**", "/vocab/**"})
    public ResponseEntity<String> resource(HttpServletRequest request, @RequestParam(required = false) String format,
                                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()), StandardCharsets.UTF_8);
        return Responses.answer(path, format, accept,
                base -> publisher.resource(GraphNames.BASE + base.substring(1), base));
    }

    /** The ontology, by its IRI. */
    @GetMapping({"/ontology", "/ontology.{ext}"})
    public ResponseEntity<String> ontology(HttpServletRequest request, @RequestParam(required = false) String format,
                                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return Responses.answer(pathOf(request), format, accept, base -> publisher.ontology(null, base));
    }

    /** A dated version of the ontology, by its version IRI. */
    @GetMapping({"/ontology/{version}"})
    public ResponseEntity<String> ontologyVersion(@PathVariable String version, HttpServletRequest request,
                                                  @RequestParam(required = false) String format,
                                                  @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return Responses.answer(pathOf(request), format, accept,
                base -> publisher.ontology(base.substring("/ontology/".length()), base));
    }

    /** The shapes graph. */
    @GetMapping({"/shapes", "/shapes.{ext}"})
    public ResponseEntity<String> shapes(HttpServletRequest request, @RequestParam(required = false) String format,
                                         @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return Responses.answer(pathOf(request), format, accept, publisher::shapes);
    }

    static String pathOf(HttpServletRequest request) {
        return UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()), StandardCharsets.UTF_8);
    }
}
