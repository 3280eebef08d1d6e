package org.directivegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.directivegraph.server.ApplicationIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The analyst's report pages of issue 5, driven in headless Chromium by the element hooks of their URL contract:
 * search (diacritics and case ignored, facets), a trace diagram with its evidence, a coverage matrix, its CSV and
 * .xlsx exports downloaded by the browser, and the language switch.
 */
@ApplicationIntegrationTest
@Tag("pages")
class ReportPagesBrowserIntegrationTests {

    @RegisterExtension
    static final BrowserExtension BROWSER = new BrowserExtension();

    @LocalServerPort
    int port;

    AppHttp app;

    @BeforeEach
    void app() {
        app = new AppHttp(port);
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndAFacetNarrowsTheHits() {
        Browser browser = BROWSER.get();

        List<String> plain = search(browser, "thai hoc");
        browser.screenshot("search-thai-hoc");
        List<String> accented = search(browser, "THÁI HỌC");
        browser.screenshot("search-THAI-HOC");

        assertThat(plain).as("hits for 'thai hoc'").isNotEmpty().isEqualTo(accented);
        assertThat(browser.all("li.hit")).allSatisfy(hit -> assertThat(hit.findElements(By.cssSelector("a.hit-link"))).isNotEmpty());

        int facets = browser.all("ul.facet a.facet-value").size();
        assertThat(facets).as("facet values").isPositive();
        assertThat(browser.all("ul.facet[data-facet]")).extracting(f -> f.getAttribute("data-facet"))
                .isSubsetOf("level", "type", "year", "issuer").isNotEmpty();
        List<Integer> narrowed = new ArrayList<>();
        for (int i = 0; i < Math.min(facets, 10) && narrowed.stream().noneMatch(n -> n < plain.size()); i++) {
            search(browser, "thai hoc");
            browser.all("ul.facet a.facet-value").get(i).click();
            browser.visible(By.cssSelector("form#search"));
            assertThat(browser.driver().getCurrentUrl()).as("the facet keeps the query").contains("q=");
            narrowed.add(browser.all("li.hit").size());
        }
        browser.screenshot("search-facet");
        assertThat(narrowed).as("hits after a facet value, of " + plain.size())
                .allSatisfy(n -> assertThat(n).isPositive().isLessThanOrEqualTo(plain.size()))
                .anySatisfy(n -> assertThat(n).isLessThan(plain.size()));
    }

    /** Types the text into the search form, submits it, and returns the hits' links in order. */
    private List<String> search(Browser browser, String text) {
        browser.open(app.url("/search"));
        WebElement q = browser.visible(By.cssSelector("form#search input[name=q]"));
        q.clear();
        q.sendKeys(text);
        q.submit();
        browser.until(d -> d.getCurrentUrl().contains("q="));
        browser.visible(By.cssSelector("form#search"));
        return browser.all("li.hit a.hit-link").stream().map(a -> a.getAttribute("href")).toList();
    }

    @Test
    void theTraceOfTheCentralDirectiveIsADiagramWhoseLinksShowTheirEvidence() {
        Browser browser = BROWSER.get().open(app.url("/trace?document=" + encode(AppHttp.CT_33)));

        WebElement diagram = browser.visible(By.cssSelector("svg#trace-diagram"));
        List<WebElement> nodes = diagram.findElements(By.cssSelector("g.node"));
        assertThat(nodes).as("documents in the trace").hasSizeGreaterThanOrEqualTo(3);
        assertThat(nodes).extracting(n -> n.getAttribute("data-iri")).contains(AppHttp.CT_33);
        List<WebElement> links = diagram.findElements(By.cssSelector("g.link"));
        assertThat(links).as("links in the trace").hasSizeGreaterThanOrEqualTo(nodes.size() - 1);
        WebElement link = links.stream().filter(l -> !l.getAttribute("data-evidence").isBlank()).findFirst()
                .orElseThrow(() -> new AssertionError("no link with evidence"));
        String evidence = link.getAttribute("data-evidence").strip();
        assertThat(link.findElement(By.tagName("title")).getAttribute("textContent")).as("the hover text").contains(evidence);

        click(browser, link);

        String shown = browser.until(d -> {
            String t = d.findElement(By.id("evidence")).getText().strip();
            return t.isEmpty() ? null : t;
        });
        assertThat(shown.replaceAll("\\s+", " ")).contains(evidence.replaceAll("\\s+", " "));
        browser.screenshot("trace-ct-33");
    }

    /** A real click on an SVG group; a dispatched click event where the driver finds no point to click on. */
    private static void click(Browser browser, WebElement element) {
        try {
            element.click();
        } catch (org.openqa.selenium.WebDriverException e) {
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", element);
        }
    }

    @Test
    void theCoverageMatrixExportsTheSameRowsAsCsvAndXlsx() throws IOException {
        Browser browser = BROWSER.get().open(app.url("/coverage?directive=" + encode(AppHttp.CT_33)));

        WebElement table = browser.visible(By.cssSelector("table#coverage"));
        assertThat(table.findElements(By.cssSelector("td.covered"))).as("covered cells").isNotEmpty();
        assertThat(table.findElements(By.cssSelector("tr.totals"))).hasSize(1);
        List<WebElement> planRows = table.findElements(By.xpath(".//tr[not(contains(@class,'totals'))]"
                + "[td[contains(concat(' ',@class,' '),' covered ') or contains(concat(' ',@class,' '),' not-covered ')]]"));
        assertThat(planRows).as("implementing plans").isNotEmpty();
        browser.screenshot("coverage-ct-33");

        browser.clearDownloads();
        WebElement csvLink = browser.visible(By.cssSelector("a.export-csv"));
        assertThat(csvLink.getAttribute("href")).contains("/coverage.csv?").contains("directive=");
        csvLink.click();
        List<List<String>> csv = ExportFiles.csv(Files.readAllBytes(browser.download(".csv")));
        assertThat(csv).as("CSV rows").hasSizeGreaterThanOrEqualTo(2);

        List<List<String>> csvPlans = csv.subList(1, csv.size()).stream().filter(r -> !r.get(0).equals("total")).toList();
        assertThat(csvPlans).as("plan rows in the CSV").hasSameSizeAs(planRows);
        for (int i = 0; i < planRows.size(); i++) {
            List<String> record = csvPlans.get(i);
            WebElement row = planRows.get(i);
            assertThat(row.findElements(By.cssSelector("td.covered"))).as("covered cells of " + record)
                    .hasSize((int) record.stream().filter("x"::equals).count());
            String title = record.get(2).replaceAll("\\s+", " ").strip();
            String number = record.get(1).strip();
            assertThat(row.getText().replaceAll("\\s+", " ")).as("row " + i)
                    .containsAnyOf(number.isEmpty() ? title : number, title.isEmpty() ? number : title);
        }

        browser.clearDownloads();
        WebElement xlsxLink = browser.visible(By.cssSelector("a.export-xlsx"));
        assertThat(xlsxLink.getAttribute("href")).contains("/coverage.xlsx?").contains("directive=");
        xlsxLink.click();
        assertThat(ExportFiles.xlsx(Files.readAllBytes(browser.download(".xlsx")))).as("the spreadsheet's rows").isEqualTo(csv);
    }

    @Test
    void theLanguageSwitchShowsEnglishLabels() {
        Browser browser = BROWSER.get().open(app.url("/coverage?directive=" + encode(AppHttp.CT_33)));
        browser.visible(By.cssSelector("table#coverage"));
        String vietnamese = browser.visible(By.tagName("h1")).getText();

        browser.visible(By.cssSelector("a.lang-en")).click();

        browser.until(d -> d.getCurrentUrl().contains("lang=en"));
        browser.visible(By.cssSelector("a.lang-vi"));
        String english = browser.visible(By.tagName("h1")).getText();
        assertThat(english).isNotEqualTo(vietnamese);
        assertThat(browser.visible(By.cssSelector("table#coverage")).getText()).containsIgnoringCase("total");
        assertThat(browser.text()).containsIgnoringCase("coverage");
        browser.screenshot("coverage-english");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
