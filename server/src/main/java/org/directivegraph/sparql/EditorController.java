package org.directivegraph.sparql;

import org.directivegraph.query.SavedQueries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SPARQL editor page, which {@link SparqlGuardFilter} shows a browser that opens {@code /sparql}. */
@RestController
public class EditorController {

    private final String page;

    public EditorController(SavedQueryRuns runs) {
        SavedQueries queries = runs.queries();
        this.page = EditorPage.render(queries.all());
    }

    @GetMapping(value = SparqlGuardFilter.EDITOR_PATH)
    public ResponseEntity<String> editor() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(page);
    }
}
