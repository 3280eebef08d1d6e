package org.directivegraph.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.directivegraph.report.Labels;
import org.directivegraph.search.SearchFilters;
import org.directivegraph.search.SearchResult;
import org.directivegraph.store.GraphStore;
import org.directivegraph.web.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /search} and its exports {@code /search.csv}, {@code /search.xlsx}. */
@RestController
public class SearchController {

    private final SiteIndex index;
    private final GraphStore store;

    public SearchController(SiteIndex index, GraphStore store) {
        this.index = index;
        this.store = store;
    }

    @GetMapping("/search")
    public ResponseEntity<String> search(@RequestParam(name = "q", required = false) String q,
                                         @RequestParam(name = "kind", required = false) String kind,
                                         @RequestParam(name = "level", required = false) String level,
                                         @RequestParam(name = "type", required = false) String type,
                                         @RequestParam(name = "year", required = false) String year,
                                         @RequestParam(name = "issuer", required = false) String issuer,
                                         HttpServletRequest request, HttpServletResponse response) {
        Lang lang = Lang.of(request, response);
        SearchParams params = new SearchParams(q, kind, level, type, year, issuer);
        SearchFilters filters;
        try {
            filters = params.filters();
        } catch (IllegalArgumentException e) {
            return PageResponses.error(HttpStatus.BAD_REQUEST, lang, e.getMessage());
        }
        SearchResult result = index.index().search(params.q(), filters, SearchPage.LIMIT);
        return PageResponses.html(new SearchPage(Labels.load(store), lang).html(params, result));
    }

    @GetMapping("/search.{format:csv|xlsx}")
    public ResponseEntity<?> export(@PathVariable("format") String format,
                                    @RequestParam(name = "q", required = false) String q,
                                    @RequestParam(name = "kind", required = false) String kind,
                                    @RequestParam(name = "level", required = false) String level,
                                    @RequestParam(name = "type", required = false) String type,
                                    @RequestParam(name = "year", required = false) String year,
                                    @RequestParam(name = "issuer", required = false) String issuer,
                                    HttpServletRequest request, HttpServletResponse response) {
        SearchParams params = new SearchParams(q, kind, level, type, year, issuer);
        SearchFilters filters;
        try {
            filters = params.filters();
        } catch (IllegalArgumentException e) {
            return PageResponses.error(HttpStatus.BAD_REQUEST, Lang.of(request, response), e.getMessage());
        }
        SearchResult result = index.index().search(params.q(), filters, SearchPage.LIMIT);
        return PageResponses.export(SearchPage.table(result), format, "search");
    }
}
