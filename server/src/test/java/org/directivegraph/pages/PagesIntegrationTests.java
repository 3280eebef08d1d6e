package org.directivegraph.pages;

import org.directivegraph.server.SeedTexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.directivegraph.report.Counts;
import org.directivegraph.report.Exports;
import org.directivegraph.report.TraceTree;
import org.directivegraph.server.ApplicationIntegrationTest;
import org.directivegraph.store.GraphStore;
import org.directivegraph.web.Html;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationIntegrationTest
class PagesIntegrationTests {

    static final String CT33 = "https://w3id.org/directivegraph/id/doc/VN/ttg/2021/ct-33";
    static final String XSS = "<b>bold</b><script>window.__xss=1</script>";
    static final Pattern HIT_LINK = Pattern.compile("<a class=\"hit-link\" href=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    @Autowired
    QualityCache quality;

    PagesHttp http() {
        return new PagesHttp(port);
    }

    static List<String> hitLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher m = HIT_LINK.matcher(html);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    @Test
    void homeShowsTheCountsAndTheSeeds() {
        HttpResponse<String> r = http().get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        Counts.Result counts = new Counts(store).compute(quality.current(), HomePage.LATEST);
        assertThat(html).contains("<form id=\"search\"").contains("name=\"q\"")
                .contains("<strong class=\"ingested\">" + counts.ingestedDocuments() + "</strong>")
                .contains("<strong class=\"units\">" + counts.unitsCovered() + "</strong>");
        for (Counts.Count c : counts.byLevel()) {
            assertThat(html).contains("<tr data-iri=\"" + Html.escape(c.iri()) + "\">")
                    .containsPattern(Pattern.quote(Html.escape(c.iri())) + "[^<]*\">.*?<td class=\"n\">" + c.count() + "</td>");
        }
        for (Counts.Count c : counts.byType()) {
            assertThat(html).contains("<tr data-iri=\"" + Html.escape(c.iri()) + "\">");
        }
        counts.openFindings().forEach((s, n) -> assertThat(html).contains(">" + n + "</a></td></tr>"));
        assertThat(counts.ingestedDocuments()).isGreaterThanOrEqualTo(5);
        List<String> seeds = new Counts(store).compute(null, 1000).latest().stream().map(d -> d.iri())
                .filter(i -> !i.contains("95")).toList();
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
        assertThat(html).contains("id=\"latest\"").contains(Html.href(counts.latest().get(0).iri()));
        assertThat(http().get("/?lang=en").body()).contains("Ingested documents").contains("class=\"lang lang-vi")
                .contains("<html lang=\"en\">");
    }

    @Test
    void searchIgnoresCaseAndDiacritics() {
        List<String> plain = hitLinks(http().get("/search?q=thai+hoc").body());
        List<String> accented = hitLinks(http().get("/search?q=" + Html.urlParam("Thái Học")).body());
        List<String> upper = hitLinks(http().get("/search?q=" + Html.urlParam("THÁI HỌC")).body());
        assertThat(plain).isNotEmpty().isEqualTo(accented).isEqualTo(upper);
        assertThat(http().get("/search?q=thai+hoc").body()).contains("<li class=\"hit\"").contains("<mark>");
    }

    @Test
    void numbersAreFoundWrittenAnyWay() {
        assertThat(hitLinks(http().get("/search?q=33+CT+TTg").body())).contains(Html.href(CT33));
        assertThat(hitLinks(http().get("/search?q=" + Html.urlParam("33/CT-TTg")).body())).contains(Html.href(CT33));
    }

    @Test
    void aFacetLinkNarrowsTheResults() {
        String all = http().get("/search?q=").body();
        Matcher facet = Pattern.compile("<ul class=\"facet\" data-facet=\"year\">.*?<a class=\"facet-value\" href=\"([^\"]*)\">([^<]*)</a> "
                + "<span class=\"muted\">(\\d+)</span>", Pattern.DOTALL).matcher(all);
        assertThat(facet.find()).isTrue();
        int total = count(all);
        String narrowed = http().get(facet.group(1).replace("&amp;", "&")).body();
        assertThat(count(narrowed)).isEqualTo(Integer.parseInt(facet.group(3))).isLessThan(total);
        assertThat(narrowed).contains("class=\"chip\" data-filter=\"year\"");
        for (String facetName : List.of("level", "type", "year", "issuer")) {
            assertThat(all).contains("<ul class=\"facet\" data-facet=\"" + facetName + "\">");
        }
        assertThat(http().get("/search?kind=nonsense").statusCode()).isEqualTo(400);
    }

    private static int count(String html) {
        Matcher m = Pattern.compile("<p class=\"count\">(\\d+) ").matcher(html);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void scriptInTheQueryIsEscaped() {
        String html = http().get("/search?q=" + Html.urlParam("\"><script>alert(1)</script>")).body();
        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void exportsParseBackWithTheHits() throws Exception {
        List<String> links = hitLinks(http().get("/search?q=thai+hoc").body());
        HttpResponse<byte[]> csv = http().bytes("/search.csv?q=thai+hoc");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).get(1)).isEqualTo("iri");
        assertThat(records.subList(1, records.size()).stream().map(r -> Html.href(r.get(1))).toList()).isEqualTo(links);
        HttpResponse<byte[]> xlsx = http().bytes("/search.xlsx?q=thai+hoc");
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).isEqualTo(Exports.XLSX_TYPE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(links.size());
            assertThat(Html.href(sheet.getRow(1).getCell(1).getStringCellValue())).isEqualTo(links.get(0));
        }
    }

    @Test
    void traceOfCt33ReachesTheSeedPlansAndASeedPlanReachesCt33() {
        TraceTree.Trace trace = new TraceTree(store).trace(CT33);
        Set<String> ingested = new LinkedHashSet<>();
        collectIngested(trace.down(), ingested);
        assertThat(ingested).isNotEmpty();
        String html = http().get("/trace?document=" + Html.urlParam(CT33)).body();
        assertThat(html).contains("<svg id=\"trace-diagram\"").contains("id=\"evidence\"").contains("class=\"export-csv\"");
        for (String plan : ingested) {
            assertThat(html).contains("<g class=\"node\" data-iri=\"" + Html.escape(plan) + "\"");
        }
        String plan = ingested.iterator().next();
        String planPage = http().get("/trace?document=" + Html.urlParam(plan)).body();
        assertThat(planPage).contains("<svg id=\"trace-diagram\"").contains("<g class=\"node\" data-iri=\"" + CT33 + "\">")
                .containsPattern("<g class=\"link\" tabindex=\"0\" data-from=\"[^\"]+\" data-to=\"[^\"]+\" data-evidence=\"[^\"]{10,}\"><title>[^<]{10,}</title>")
                .contains("<a href=\"" + Html.href(CT33) + "\">");
        HttpResponse<byte[]> csv = http().bytes("/trace.csv?document=" + Html.urlParam(CT33));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(plan);
    }

    private static void collectIngested(List<TraceTree.Node> nodes, Set<String> into) {
        for (TraceTree.Node n : nodes) {
            if (n.document().ingested()) {
                into.add(n.document().iri());
            }
            collectIngested(n.children(), into);
        }
    }

    @Test
    void unknownDocumentIs404AndMissingParameterIsAPicker() {
        HttpResponse<String> r = http().get("/trace?document=" + Html.urlParam("https://w3id.org/directivegraph/id/doc/VN/none/1999/x-1"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(http().get("/trace?document=" + Html.urlParam("not an iri <x>")).statusCode()).isEqualTo(400);
        HttpResponse<String> picker = http().get("/trace");
        assertThat(picker.statusCode()).isEqualTo(200);
        assertThat(picker.body()).contains("<select name=\"document\">").contains(Html.urlParam(CT33).isEmpty() ? "" : "/trace?document=");
    }

    @Test
    void anIngestedDocumentIsFoundAndItsMarkupShownAsText() {
        String text = SeedTexts.seed001WithNumber(9519)
                .replace("**Triển khai thực hiện công tác dân vận chính quyền năm 2024**",
                        "**Triển khai Quokkaword " + XSS + " công tác dân vận năm 2024**")
                .replace("- Tập trung rà soát", "- Tập trung " + XSS + " Quokkatask rà soát")
                .replace("## **2. Gắn thực hiện công tác dân vận", "## **2. Gắn Quokkatask " + XSS + " thực hiện công tác dân vận");
        HttpResponse<String> ingest = http().ingest("xss-9519.txt", text);
        assertThat(ingest.statusCode()).as(ingest.body()).isEqualTo(201);
        Matcher doc = Pattern.compile("\"document\"\\s*:\\s*\"([^\"]+)\"").matcher(ingest.body());
        assertThat(doc.find()).isTrue();
        String iri = doc.group(1);
        String search = http().get("/search?q=quokkaword").body();
        assertThat(hitLinks(search)).contains(Html.href(iri));
        assertThat(http().get("/search?q=quokkatask").body()).contains("<li class=\"hit\" data-kind=\"task\"");
        String trace = http().get("/trace?document=" + Html.urlParam(iri)).body();
        String home = http().get("/").body();
        for (String page : List.of(search, http().get("/search?q=quokkatask").body(), trace, home)) {
            assertThat(page).doesNotContain("<script>window.").doesNotContain("<b>bold</b>");
        }
        // the extractor reads "__" as Markdown emphasis: the stored text says window.xss=1
        assertThat(search).contains("&lt;b&gt;bold&lt;/b&gt;&lt;script&gt;window.");
        assertThat(trace).contains("&lt;b&gt;bold&lt;/b&gt;&lt;script&gt;window.");
        assertThat(home).contains(Html.href(iri)).contains("&lt;b&gt;bold&lt;/b&gt;&lt;script&gt;window.");
        assertThat(http().delete("/api/documents?iri=" + Html.urlParam(iri)).statusCode()).isEqualTo(200);
        assertThat(hitLinks(http().get("/search?q=quokkaword").body())).doesNotContain(Html.href(iri));
    }
}
