package org.directivegraph.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.directivegraph.report.Counts;
import org.directivegraph.report.Labels;
import org.directivegraph.store.GraphStore;
import org.directivegraph.web.Lang;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The home page {@code /}. */
@RestController
public class HomeController {

    private final GraphStore store;
    private final QualityCache quality;

    public HomeController(GraphStore store, QualityCache quality) {
        this.store = store;
        this.quality = quality;
    }

    @GetMapping("/")
    public ResponseEntity<String> home(HttpServletRequest request, HttpServletResponse response) {
        Lang lang = Lang.of(request, response);
        Counts.Result counts = new Counts(store).compute(quality.current(), HomePage.LATEST);
        return PageResponses.html(new HomePage(Labels.load(store), lang).html(counts));
    }
}
