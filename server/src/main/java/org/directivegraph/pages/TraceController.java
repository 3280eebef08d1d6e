package org.directivegraph.pages;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.NodeFactory;
import org.directivegraph.report.Counts;
import org.directivegraph.report.Labels;
import org.directivegraph.report.TraceTree;
import org.directivegraph.search.Rows;
import org.directivegraph.store.GraphStore;
import org.directivegraph.web.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /trace?document=IRI} and its exports; without a document, a form to pick one; an unknown document is a 404. */
@RestController
public class TraceController {

    private static final String KNOWN = """
            SELECT ?c WHERE { VALUES ?c { dg:Document dg:Plan dg:UnresolvedDocument } ?d a ?c } LIMIT 1
            """;

    private final GraphStore store;

    public TraceController(GraphStore store) {
        this.store = store;
    }

    @GetMapping("/trace")
    public ResponseEntity<String> trace(@RequestParam(name = "document", required = false) String document,
                                        HttpServletRequest request, HttpServletResponse response) {
        Lang lang = Lang.of(request, response);
        if (document == null || document.isBlank()) {
            Counts.Result counts = new Counts(store).compute(null, 1000);
            return PageResponses.html(new TracePage(Labels.load(store), lang).picker(counts.latest()));
        }
        // whether the document is known, its trace and the labels from one state of the store
        return store.snapshot(() -> {
            ResponseEntity<String> unknown = check(document.strip(), lang);
            if (unknown != null) {
                return unknown;
            }
            TraceTree.Trace trace = new TraceTree(store).trace(document.strip());
            return PageResponses.html(new TracePage(Labels.load(store), lang).html(trace));
        });
    }

    @GetMapping("/trace.{format:csv|xlsx}")
    public ResponseEntity<?> export(@PathVariable("format") String format,
                                    @RequestParam(name = "document", required = false) String document,
                                    HttpServletRequest request, HttpServletResponse response) {
        Lang lang = Lang.of(request, response);
        if (document == null || document.isBlank()) {
            return PageResponses.error(HttpStatus.BAD_REQUEST, lang, lang.pick("Thiếu tham số document.", "The parameter document is missing."));
        }
        return store.<ResponseEntity<?>>snapshot(() -> {
            ResponseEntity<String> unknown = check(document.strip(), lang);
            if (unknown != null) {
                return unknown;
            }
            return PageResponses.export(new TraceTree(store).trace(document.strip()).table(), format, "trace");
        });
    }

    private ResponseEntity<String> check(String iri, Lang lang) {
        boolean wellFormed = (iri.startsWith("http://") || iri.startsWith("https://")) && iri.chars().noneMatch(c -> c <= ' '
                || "<>\"{}|\\^`".indexOf(c) >= 0);
        if (!wellFormed) {
            return PageResponses.error(HttpStatus.BAD_REQUEST, lang, lang.pick("Không phải IRI của văn bản: ", "Not a document IRI: ") + iri);
        }
        if (Rows.select(store, KNOWN, Map.of("d", NodeFactory.createURI(iri))).isEmpty()) {
            return PageResponses.error(HttpStatus.NOT_FOUND, lang, lang.pick("Không có văn bản ", "No document ") + iri
                    + lang.pick(" trong kho dữ liệu.", " in the store."));
        }
        return null;
    }
}
