package org.directivegraph.browser;

import org.directivegraph.server.SeedTexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.directivegraph.server.ApplicationIntegrationTest;
import org.directivegraph.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A document whose title and a task carry HTML and script, ingested through the API, shows that markup as text
 * in every page that shows the document's text: no script runs, no element is made from it.
 */
@ApplicationIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapingBrowserIntegrationTests {

    /**
     * Markup that would set the global {@code dgxss} if it ran. No underscores (the text reader takes
     * {@code __} for emphasis) and no full stop (it ends a task's title).
     */
    static final String PAYLOAD = "<img src=x onerror=\"dgxss=1\"><script>dgxss=2</script><b>đậm</b>";
    static final String SCRIPT = "<script>dgxss=2</script>";
    static final int NUMBER = 9601;
    private static final String TITLE_LINE = "**Triển khai thực hiện công tác dân vận chính quyền năm 2024**";
    private static final String TASK_LINE = "## **2. Gắn thực hiện công tác dân vận với đẩy mạnh cải cách hành chính.";

    @RegisterExtension
    static final BrowserExtension BROWSER = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    AppHttp app;
    String document;

    @BeforeAll
    void ingestADocumentWithMarkupInItsTitleAndATask() {
        app = new AppHttp(port);
        String text = SeedTexts.seed001WithNumber(NUMBER);
        assertThat(text).contains(TITLE_LINE).contains(TASK_LINE);
        text = text.replace(TITLE_LINE, TITLE_LINE.replace("2024**", "2024 " + PAYLOAD + " tại phường**"))
                .replace(TASK_LINE, TASK_LINE.replace("dân vận với", "dân vận " + PAYLOAD + " với"));

        HttpResponse<String> answer = app.ingest("xss-" + NUMBER + ".txt", text);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        document = AppHttp.json(answer).get("document").asString();
        List<String> texts = store.query(QueryFactory.create("""
                PREFIX dg: <https://w3id.org/directivegraph/ontology#>
                SELECT ?text WHERE { GRAPH ?g { { ?d dg:title ?text } UNION { ?d dg:task/dg:title ?text } } }
                """), Map.of("d", NodeFactory.createURI(document)), qe -> {
                    java.util.ArrayList<String> found = new java.util.ArrayList<>();
                    qe.select().forEachRemaining(b -> found.add(b.get("text").getLiteralLexicalForm()));
                    return found;
                });
        assertThat(texts).as("the markup reached the store in the title and a task of " + document)
                .filteredOn(t -> t.contains(SCRIPT)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theDocumentPageShowsTheMarkupAsText() {
        Browser browser = BROWSER.get().open(app.page(document));

        assertShownAsText(browser, "document-page");
        assertThat(browser.visible(By.tagName("h1")).getText()).contains(PAYLOAD);
        assertThat(browser.all("ol.tasks > li")).anySatisfy(li -> assertThat(li.getText()).contains(PAYLOAD));
    }

    @Test
    @Tag("pages")
    void theSearchResultsShowTheMarkupAsText() {
        Browser browser = BROWSER.get().open(app.url("/search?q=" + NUMBER + "/KH-UBND"));

        browser.visible(By.cssSelector("li.hit"));
        assertShownAsText(browser, "search");
        assertThat(browser.all("li.hit")).anySatisfy(li -> assertThat(li.getText()).contains("<script>"));
    }

    @Test
    @Tag("pages")
    void theTracePageShowsTheMarkupAsText() {
        Browser browser = BROWSER.get().open(app.url("/trace?document=" + java.net.URLEncoder.encode(document,
                java.nio.charset.StandardCharsets.UTF_8)));

        browser.visible(By.cssSelector("svg#trace-diagram"));
        assertShownAsText(browser, "trace");
        assertThat(browser.<String>script("return document.body.textContent;")).contains(SCRIPT);
    }

    /** No script from the document ran, no element was made of its markup, and the markup is visible as text. */
    private static void assertShownAsText(Browser browser, String screenshot) {
        browser.until(d -> "complete".equals(browser.script("return document.readyState;")));
        browser.screenshot(screenshot);
        assertThat(browser.<Object>script("return typeof window.dgxss === 'undefined' ? null : window.dgxss;"))
                .as("window.dgxss set by the document's markup").isNull();
        assertThat(browser.all("img[onerror], img[src='x']")).as("img elements from the document").isEmpty();
        assertThat(browser.<Long>script("return Array.from(document.scripts)"
                + ".filter(function (s) { return s.text.indexOf('dgxss') >= 0; }).length;"))
                .as("script elements from the document").isZero();
        assertThat(browser.all("b")).noneSatisfy(b -> assertThat(b.getText()).contains("đậm"));
        assertThat(browser.text()).contains(SCRIPT).contains("<b>đậm</b>");
    }
}
