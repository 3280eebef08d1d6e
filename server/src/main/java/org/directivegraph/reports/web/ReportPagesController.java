package org.directivegraph.reports.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.directivegraph.pages.QualityCache;
import org.directivegraph.report.CoverageMatrix;
import org.directivegraph.report.Exports;
import org.directivegraph.report.ObligationsReport;
import org.directivegraph.report.Table;
import org.directivegraph.store.GraphStore;
import org.directivegraph.web.Lang;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report pages over HTTP: {@code /coverage}, {@code /obligations}, {@code /quality}, each also as
 * {@code .csv} and {@code .xlsx} with the same parameters. Bad parameters answer a 400 page.
 */
@RestController
public class ReportPagesController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final GraphStore store;
    private final QualityCache quality;
    private final FormChoices forms;

    public ReportPagesController(GraphStore store, QualityCache quality, FormChoices forms) {
        this.store = store;
        this.quality = quality;
        this.forms = forms;
    }

    /** The coverage form, and the matrix once a directive is chosen. */
    @GetMapping("/coverage")
    public ResponseEntity<String> coverage(@RequestParam(required = false) String directive, @RequestParam(required = false) String area,
                                           HttpServletRequest request, HttpServletResponse response) {
        Lang lang = Lang.of(request, response);
        ReportChoices choices = new ReportChoices(store);
        CoverageMatrix.Result m = directive == null || directive.isBlank() ? null : coverage(choices, directive, area);
        String areaLabel = m == null || m.area() == null ? null : choices.unitLabel(m.area());
        return html(HttpStatus.OK, CoveragePage.render(m, forms.directives(), forms.areas(false), forms.labels(), areaLabel, lang));
    }

    @GetMapping("/coverage.csv")
    public ResponseEntity<byte[]> coverageCsv(@RequestParam(required = false) String directive, @RequestParam(required = false) String area) {
        return file(CoverageExport.csv(coverage(new ReportChoices(store), directive, area)), Exports.CSV_TYPE, "coverage.csv");
    }

    @GetMapping("/coverage.xlsx")
    public ResponseEntity<byte[]> coverageXlsx(@RequestParam(required = false) String directive, @RequestParam(required = false) String area) {
        return file(CoverageExport.xlsx(coverage(new ReportChoices(store), directive, area)), Exports.XLSX_TYPE, "coverage.xlsx");
    }

    private CoverageMatrix.Result coverage(ReportChoices choices, String directive, String area) {
        String d = ReportParams.iri("directive", directive);
        if (d == null) {
            throw new BadReportRequest("Thiếu tham số 'directive' (IRI của văn bản chỉ đạo)", "The parameter 'directive' (the directive's IRI) is missing");
        }
        String a = ReportParams.iri("area", area);
        choices.requireDocument("directive", d);
        if (a != null) {
            choices.requireUnit("area", a);
        }
        return new CoverageMatrix(store).compute(d, a);
    }

    /** The obligations of a unit in a period. */
    @GetMapping("/obligations")
    public ResponseEntity<String> obligations(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to, HttpServletRequest request,
                                              HttpServletResponse response) {
        Lang lang = Lang.of(request, response);
        ReportChoices choices = new ReportChoices(store);
        ObligationsReport.Result r = obligations(choices, unit, from, to);
        String unitLabel = r.options().unit() == null ? null : choices.unitLabel(r.options().unit());
        return html(HttpStatus.OK, ObligationsPage.render(r, forms.areas(true), unitLabel, lang));
    }

    @GetMapping("/obligations.csv")
    public ResponseEntity<byte[]> obligationsCsv(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to) {
        return file(Exports.csv(obligations(new ReportChoices(store), unit, from, to).table()), Exports.CSV_TYPE, "obligations.csv");
    }

    @GetMapping("/obligations.xlsx")
    public ResponseEntity<byte[]> obligationsXlsx(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                                                  @RequestParam(required = false) String to) {
        return file(Exports.xlsx(obligations(new ReportChoices(store), unit, from, to).table()), Exports.XLSX_TYPE, "obligations.xlsx");
    }

    private ObligationsReport.Result obligations(ReportChoices choices, String unit, String from, String to) {
        String u = ReportParams.iri("unit", unit);
        LocalDate f = ReportParams.date("from", from);
        LocalDate t = ReportParams.date("to", to);
        ReportParams.period(f, t);
        if (u != null) {
            choices.requireUnit("unit", u);
        }
        ObligationsReport.Options options = ObligationsReport.Options.all(LocalDate.now()).withUnit(u);
        if (f != null || t != null) {
            options = options.withPeriod(f, t);
        }
        return new ObligationsReport(store).compute(options);
    }

    /** Every data-quality finding, as of the last change of the store. */
    @GetMapping("/quality")
    public ResponseEntity<String> quality(HttpServletRequest request,
                                          HttpServletResponse response) {
        Lang lang = Lang.of(request, response);
        var result = quality.current();
        return html(HttpStatus.OK, QualityPage.render(result, quality.computedAt(), lang));
    }

    @GetMapping("/quality.csv")
    public ResponseEntity<byte[]> qualityCsv(HttpServletRequest request) {
        return file(Exports.csv(qualityTable(request)), Exports.CSV_TYPE, "quality.csv");
    }

    @GetMapping("/quality.xlsx")
    public ResponseEntity<byte[]> qualityXlsx(HttpServletRequest request) {
        return file(Exports.xlsx(qualityTable(request)), Exports.XLSX_TYPE, "quality.xlsx");
    }

    private Table qualityTable(HttpServletRequest request) {
        return quality.current().table(Lang.of(request, null).code());
    }

    @ExceptionHandler(BadReportRequest.class)
    ResponseEntity<String> refused(BadReportRequest e, HttpServletRequest request) {
        String path = request.getRequestURI().replaceAll("\\.(csv|xlsx)$", "");
        return html(HttpStatus.BAD_REQUEST, PageParts.badRequest(e, path, Lang.of(request, null)));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> refusedByReport(IllegalArgumentException e, HttpServletRequest request) {
        return refused(new BadReportRequest("Tham số không hợp lệ: " + e.getMessage(), "Bad parameter: " + e.getMessage()), request);
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status).contentType(HTML).body(page);
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }

}
