package org.directivegraph.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.NodeFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.directivegraph.report.CoverageMatrix;
import org.directivegraph.report.Exports;
import org.directivegraph.report.ObligationsReport;
import org.directivegraph.report.QualityReport;
import org.directivegraph.report.Table;
import org.directivegraph.search.Rows;
import org.directivegraph.server.ApplicationIntegrationTest;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.web.Html;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The report pages and exports on the running application over the seeds agree with the reports they show. */
@ApplicationIntegrationTest
class ReportPagesIntegrationTests {

    static final String CT33 = "https://w3id.org/directivegraph/id/doc/VN/ttg/2021/ct-33";
    static final List<String> SEEDS = List.of("id/doc/10981/ubnd/2022/kh-u7428553a", "id/doc/11429/ubnd/2024/kh-10",
            "id/doc/14764/ubnd/2023/kh-u1ab2e56d", "id/doc/707/ubnd/2023/kh-u0d163c87", "id/doc/x-xa-nam-chinh/ubnd/2023/kh-ub32feb20")
            .stream().map(s -> GraphNames.BASE + s).toList();

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String page(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static String q(String v) {
        return Html.urlParam(v);
    }

    /** The province above the issuing unit of the seed plan of Thái Học. */
    String province() {
        return Rows.select(store, "SELECT ?province WHERE { ?p dg:issuingUnit ?u . ?u dg:parentUnit ?d . ?d dg:parentUnit ?province }",
                Map.of("p", NodeFactory.createURI(SEEDS.get(0)))).stream().map(r -> Rows.str(r, "province")).findFirst().orElseThrow();
    }

    @Test
    void coverageFormOffersTheDirective() throws Exception {
        String page = page("/coverage");
        assertThat(page).contains("<form id=\"coverage-form\"").contains("<option value=\"" + CT33 + "\"");
        assertThat(page).doesNotContain("<table id=\"coverage\"");
    }

    @Test
    void coverageTableEqualsTheMatrix() throws Exception {
        assertThat(new ReportChoices(store).known(CT33)).as("ct-33 is in the seeds").isTrue();
        CoverageMatrix.Result m = new CoverageMatrix(store).compute(CT33, null);
        assertThat(m.rows()).isNotEmpty();
        String page = page("/coverage?directive=" + q(CT33));
        assertThat(ReportPagesTests.count(page, "<tr data-plan=")).isEqualTo(m.rows().size());
        assertThat(ReportPagesTests.count(page, "<td class=\"covered\"")).isEqualTo(m.total());
        assertThat(ReportPagesTests.count(page, "<td class=\"not-covered\""))
                .isEqualTo(m.rows().size() * m.columns().size() - m.total());
        List<String> totals = all(between(page, "<tr class=\"totals\">", "</tr>"), "<td[^>]*>(\\d+)</td>");
        List<String> expected = new ArrayList<>(m.columnTotals().stream().map(String::valueOf).toList());
        expected.add(Integer.toString(m.total()));
        assertThat(totals).isEqualTo(expected);
        assertThat(page).contains("class=\"export-csv\" href=\"/coverage.csv?directive=" + q(CT33) + "\"")
                .contains("class=\"export-xlsx\" href=\"/coverage.xlsx?directive=" + q(CT33) + "\"");
        assertThat(page).doesNotContain("<ul id=\"gaps\">");
        assertThat(page("/coverage?lang=en&directive=" + q(CT33))).contains("Coverage matrix").contains("lang-vi")
                .contains("<html lang=\"en\">");
        assertThat(page).contains("<html lang=\"vi\">");
    }

    @Test
    void coverageInAProvinceListsTheGaps() throws Exception {
        String province = province();
        CoverageMatrix.Result m = new CoverageMatrix(store).compute(CT33, province);
        String page = page("/coverage?directive=" + q(CT33) + "&area=" + q(province));
        assertThat(ReportPagesTests.count(page, "<tr data-plan=")).isEqualTo(m.rows().size());
        assertThat(ReportPagesTests.count(page, "<td class=\"covered\"")).isEqualTo(m.total());
        List<String> gaps = all(between(page, "<ul id=\"gaps\">", "</ul>"), "data-unit=\"([^\"]+)\"");
        assertThat(gaps).isEqualTo(m.gapsTable().rows().stream().map(r -> r.get(0)).toList());
    }

    @Test
    void coverageExportsParseBackToTheSameCells() throws Exception {
        String province = province();
        CoverageMatrix.Result m = new CoverageMatrix(store).compute(CT33, province);
        String params = "?directive=" + q(CT33) + "&area=" + q(province);

        HttpResponse<byte[]> csv = get("/coverage.csv" + params);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).isEqualToIgnoringWhitespace(Exports.CSV_TYPE);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=").contains("coverage.csv");
        List<List<String>> records = csv(csv.body());
        List<List<String>> expected = new ArrayList<>(cells(m.table()));
        expected.addAll(cells(m.gapsTable()));
        assertThat(records).isEqualTo(expected);

        HttpResponse<byte[]> xlsx = get("/coverage.xlsx" + params);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).isEqualTo(Exports.XLSX_TYPE);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("coverage.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(sheet(wb.getSheetAt(0))).isEqualTo(cells(m.table()));
            assertThat(sheet(wb.getSheet("Gaps"))).isEqualTo(cells(m.gapsTable()));
        }
    }

    @Test
    void obligationsOfAPeriodAreTheReportsItems() throws Exception {
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        ObligationsReport.Result r = new ObligationsReport(store).compute(ObligationsReport.Options.all(LocalDate.now()).withPeriod(from, to));
        assertThat(r.items()).isNotEmpty();
        String page = page("/obligations?from=" + from + "&to=" + to);
        List<String> rows = all(between(page, "<table id=\"obligations\">", "</table>"), "<tr class=\"[a-z_]+\" data-obligation=\"([^\"]+)\"");
        assertThat(rows).isEqualTo(r.items().stream().map(ObligationsReport.Item::iri).toList());
        String calendar = between(page, "<section id=\"calendar\">", "</section>");
        assertThat(all(calendar, "data-month=\"([0-9-]+)\"")).isEqualTo(r.byMonth().keySet().stream().map(Object::toString).toList());
        assertThat(page).contains("class=\"export-csv\" href=\"/obligations.csv?from=2022-01-01&amp;to=2024-12-31\"");

        HttpResponse<byte[]> csv = get("/obligations.csv?from=" + from + "&to=" + to);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv(csv.body())).isEqualTo(cells(r.table()));
        HttpResponse<byte[]> xlsx = get("/obligations.xlsx?from=" + from + "&to=" + to);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(sheet(wb.getSheetAt(0))).isEqualTo(cells(r.table()));
        }
    }

    @Test
    void obligationsOfAUnit() throws Exception {
        String province = province();
        ObligationsReport.Result r = new ObligationsReport(store).compute(ObligationsReport.Options.all(LocalDate.now()).withUnit(province));
        String page = page("/obligations?unit=" + q(province));
        assertThat(ReportPagesTests.count(between(page, "<table id=\"obligations\">", "</table>"), "data-obligation=")).isEqualTo(r.items().size());
        assertThat(page).contains("<option value=\"" + province + "\" selected>");
    }

    @Test
    void badParametersAnswer400() throws Exception {
        for (String path : List.of("/obligations?from=2023-13-45", "/obligations?to=30/06/2023", "/obligations?from=2023-06-01&to=2023-01-01",
                "/obligations.csv?from=yesterday", "/obligations?unit=relative/unit", "/obligations?unit=" + q(GraphNames.BASE + "id/unit/none"),
                "/coverage?directive=ct-33", "/coverage?directive=" + q(GraphNames.BASE + "id/doc/none"),
                "/coverage.xlsx?directive=" + q(GraphNames.BASE + "id/doc/none"), "/coverage.csv",
                "/coverage?directive=" + q(CT33) + "&area=" + q(GraphNames.BASE + "id/unit/none"))) {
            HttpResponse<byte[]> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).as(path).contains("id=\"error\"");
        }
        assertThat(new String(get("/obligations?lang=en&from=2023-13-45").body(), StandardCharsets.UTF_8))
                .contains("Parameter &#39;from&#39; must be a date written YYYY-MM-DD");
        assertThat(new String(get("/coverage?directive=" + q(GraphNames.BASE + "id/doc/none")).body(), StandardCharsets.UTF_8))
                .contains("Không có văn bản nào với IRI");
    }

    @Test
    void qualityListsTheSeedFindingsGrouped() throws Exception {
        QualityReport.Result q = new QualityReport(store).compute();
        List<QualityReport.Item> seedShapes = q.items().stream()
                .filter(i -> i.source() == QualityReport.Source.SHAPE && SEEDS.contains(i.document())).toList();
        assertThat(seedShapes).hasSize(19);
        String page = page("/quality");
        for (QualityReport.Item i : seedShapes) {
            String section = between(page, "<section class=\"kind\" data-kind=\"" + i.kind() + "\">", "</section>");
            assertThat(section).as(i.kind() + " " + i.focus())
                    .contains("data-source=\"shape\" data-severity=\"" + i.severity().name() + "\" data-document=\"" + i.document()
                            + "\" data-focus=\"" + i.focus() + "\"")
                    .contains(Html.escape(i.messageVi()));
        }
        int seedRows = 0;
        for (String seed : SEEDS) {
            seedRows += ReportPagesTests.count(page, "data-source=\"shape\" data-severity=\"WARNING\" data-document=\"" + seed + "\"");
        }
        assertThat(seedRows).isEqualTo(19);
        assertThat(page).contains("class=\"export-xlsx\" href=\"/quality.xlsx\"");

        String en = page("/quality?lang=en");
        assertThat(en).contains("Data quality");
        seedShapes.forEach(i -> assertThat(en).contains(Html.escape(i.messageEn())));
        assertThat(seedShapes.get(0).messageEn()).isNotEqualTo(seedShapes.get(0).messageVi());
        assertThat(en).doesNotContain(Html.escape(seedShapes.get(0).messageVi()));

        HttpResponse<byte[]> csv = get("/quality.csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("quality.csv");
        List<List<String>> records = csv(csv.body());
        assertThat(records.get(0)).isEqualTo(List.of("severity", "source", "kind", "document", "focus", "value", "message", "sentence"));
        assertThat(records.stream().filter(r -> r.get(1).equals("shape") && SEEDS.contains(r.get(3)))).hasSize(19);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(get("/quality.xlsx").body()))) {
            assertThat(sheet(wb.getSheetAt(0))).isEqualTo(records);
        }
    }

    static List<List<String>> csv(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text.substring(1)))) {
            out.add(r.toList());
        }
        return out;
    }

    static List<List<String>> cells(Table t) {
        List<List<String>> out = new ArrayList<>();
        out.add(t.header());
        t.rows().forEach(r -> out.add(r.stream().map(Exports::guard).toList()));
        return out;
    }

    static List<List<String>> sheet(Sheet sheet) {
        List<List<String>> out = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
            }
            out.add(cells);
        }
        return out;
    }

    static String between(String page, String start, String end) {
        int s = page.indexOf(start);
        assertThat(s).as("page has " + start).isGreaterThanOrEqualTo(0);
        int e = page.indexOf(end, s + start.length());
        return page.substring(s, e < 0 ? page.length() : e + end.length());
    }

    static List<String> all(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
