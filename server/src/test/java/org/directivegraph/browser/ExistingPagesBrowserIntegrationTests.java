package org.directivegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.directivegraph.server.ApplicationIntegrationTest;
import org.directivegraph.store.GraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A seed document's page and the SPARQL editor, in a real headless Chromium. */
@ApplicationIntegrationTest
class ExistingPagesBrowserIntegrationTests {

    @RegisterExtension
    static final BrowserExtension BROWSER = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    AppHttp app;

    @BeforeEach
    void app() {
        app = new AppHttp(port);
    }

    @Test
    void aSeedDocumentPageShowsItsTitleAndEveryTask() {
        Map<String, String> doc = store.query(QueryFactory.create("""
                PREFIX dg: <https://w3id.org/directivegraph/ontology#>
                SELECT ?d ?title (COUNT(DISTINCT ?t) AS ?tasks)
                WHERE { GRAPH ?g { ?d dg:title ?title ; dg:task ?t ; dg:implements ?x } }
                GROUP BY ?d ?title ORDER BY ?d LIMIT 1
                """), Map.of(), qe -> {
                    Binding b = qe.select().next();
                    return Map.of("iri", b.get("d").getURI(), "title", b.get("title").getLiteralLexicalForm(),
                            "tasks", b.get("tasks").getLiteralLexicalForm());
                });
        Browser browser = BROWSER.get();

        browser.open(app.page(doc.get("iri")));

        String title = doc.get("title").replaceAll("\\s+", " ").strip();
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.driver().getTitle()).contains(title);
        assertThat(browser.visible(By.id("tasks")).getText()).contains("(" + doc.get("tasks") + ")");
        List<WebElement> tasks = browser.all("ol.tasks > li");
        assertThat(tasks).hasSize(Integer.parseInt(doc.get("tasks")));
        assertThat(tasks).allSatisfy(t -> assertThat(t.isDisplayed()).isTrue())
                .allSatisfy(t -> assertThat(t.findElement(By.tagName("strong")).getText()).isNotBlank());
        assertThat(browser.all("#trace-up ~ ul a, #trace-up + * a")).as("links up to the directives").isNotEmpty();
        browser.screenshot("document-page");
    }

    @Test
    void theSparqlEditorLoadsYasguiFromTheApplicationAndShowsAResultTable() {
        Browser browser = BROWSER.get();

        browser.open(app.url("/sparql"));
        browser.visible(By.cssSelector(".yasgui .yasqe .CodeMirror"));
        browser.screenshot("sparql-editor");

        String query = "PREFIX dg: <https://w3id.org/directivegraph/ontology#>\n"
                + "SELECT ?document ?title WHERE { GRAPH ?g { ?document dg:title ?title } } ORDER BY ?document LIMIT 3";
        browser.script("window.yasgui.getTab().getYasqe().setValue(arguments[0]);", query);
        browser.visible(By.cssSelector(".yasgui .yasqe_queryButton")).click();

        WebElement table = browser.visible(By.cssSelector(".yasr table"));
        browser.until(d -> table.findElements(By.cssSelector("tbody tr")).size() == 3);
        assertThat(table.getText()).contains("document").contains("title").contains("https://w3id.org/directivegraph/id/doc/");
        browser.screenshot("sparql-results");

        List<String> resources = browser.script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(resources).as("resources the page loaded").isNotEmpty()
                .anySatisfy(url -> assertThat(url).contains("/webjars/zazuko__yasgui/"))
                .allSatisfy(url -> assertThat(url).startsWith(app.origin() + "/"));
        assertThat(browser.<String>script("return location.origin;")).isEqualTo(app.origin());
    }

    @Test
    void aClickedAttachmentLandsInTheDownloadFolder() throws Exception {
        Browser browser = BROWSER.get().open(app.url("/sparql"));
        browser.clearDownloads();
        browser.script("var a = document.createElement('a'); a.id = 'dl'; a.download = 'rows.csv';"
                + "a.href = URL.createObjectURL(new Blob(['a,b\\r\\nđ,\\u0111\\r\\n'], {type: 'text/csv'}));"
                + "a.textContent = 'download'; document.body.prepend(a);");

        browser.visible(By.id("dl")).click();

        java.nio.file.Path file = browser.download(".csv");
        assertThat(file.getFileName().toString()).isEqualTo("rows.csv");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("a,b\r\nđ,đ\r\n");
    }
}
