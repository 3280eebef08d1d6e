package org.directivegraph.pages;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.directivegraph.report.Exports;
import org.directivegraph.report.Table;
import org.directivegraph.web.Html;
import org.directivegraph.web.Lang;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answers of the pages: an HTML page, an error page, a CSV or spreadsheet export. */
final class PageResponses {

    private PageResponses() {
    }

    /** An HTML page. */
    static ResponseEntity<String> html(String page) {
        return html(HttpStatus.OK, page);
    }

    static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
    }

    /** An error page with a clear message (escaped). */
    static ResponseEntity<String> error(HttpStatus status, Lang lang, String message) {
        Html h = Html.page(status == HttpStatus.NOT_FOUND ? lang.pick("Không tìm thấy", "Not found")
                : lang.pick("Yêu cầu không hợp lệ", "Bad request"), null, lang);
        h.open("p", "error").text(message).close("p");
        h.raw("<p><a href=\"/\">").text(lang.pick("Trang chủ", "Home")).raw("</a></p>");
        return html(status, h.end());
    }

    /** A table exported as CSV ({@code csv}) or a spreadsheet ({@code xlsx}), as an attachment. */
    static ResponseEntity<byte[]> export(Table table, String format, String baseName) {
        boolean csv = "csv".equals(format);
        byte[] body = csv ? Exports.csv(table) : Exports.xlsx(table);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, csv ? Exports.CSV_TYPE : Exports.XLSX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + baseName + "." + format + "\"")
                .body(body);
    }

    /** The links to the CSV and spreadsheet exports of a page ({@code path} without extension, {@code query} safe or empty). */
    static String exportLinks(String path, String query, Lang lang) {
        String q = query == null || query.isEmpty() ? "" : "?" + query;
        return "<p class=\"exports noprint\"><a class=\"export-csv\" href=\"" + Html.escape(path + ".csv" + q) + "\">"
                + Html.escape(lang.pick("Tải CSV", "Download CSV")) + "</a> · <a class=\"export-xlsx\" href=\""
                + Html.escape(path + ".xlsx" + q) + "\">" + Html.escape(lang.pick("Tải bảng tính (.xlsx)", "Download spreadsheet (.xlsx)"))
                + "</a></p>";
    }

    /** A query string of these parameters (in order, blank ones left out), URL-encoded. */
    static String query(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(Html.urlParam(v));
            }
        });
        return sb.toString();
    }

    /** A path with an optional query. */
    static String withQuery(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }
}
