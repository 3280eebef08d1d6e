package org.directivegraph.reports.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.directivegraph.web.Html;
import org.directivegraph.web.Lang;

/** The pieces every report page shares: query strings, export links, the language switch, the 400 page. */
public final class PageParts {

    private PageParts() {
    }

    /** A query string ({@code ?a=1&b=2}, or empty) of the non-blank parameters, URL-encoded (not yet HTML-escaped). */
    public static String query(Map<String, String> params) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                q.add(k + "=" + Html.urlParam(v));
            }
        });
        return q.toString();
    }

    /** Parameters in the order given, e.g. {@code params("directive", d, "area", a)}. */
    public static Map<String, String> params(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** The CSV and .xlsx links of a report at {@code path} with the page's parameters, and the language switch. */
    public static String toolbar(String path, Map<String, String> params, Lang lang) {
        String q = query(params);
        return "<p class=\"noprint exports\">" + lang.pick("Tải xuống: ", "Download: ")
                + "<a class=\"export-csv\" href=\"" + Html.escape(path + ".csv" + q) + "\">CSV</a> · "
                + "<a class=\"export-xlsx\" href=\"" + Html.escape(path + ".xlsx" + q) + "\">Excel (.xlsx)</a> · "
                + lang.switchLink(path + q) + "</p>";
    }

    /** The page for a refused request: what is wrong, in the page's language, and a way back. */
    public static String badRequest(BadReportRequest e, String path, Lang lang) {
        Html h = Html.page(lang.pick("Yêu cầu không hợp lệ", "Bad request"), null, lang);
        h.raw("<p class=\"error\" id=\"error\">").text(lang.pick(e.vietnamese(), e.english())).raw("</p>");
        h.raw("<p><a href=\"").text(path).raw("\">").text(lang.pick("Quay lại biểu mẫu", "Back to the form")).raw("</a></p>");
        return h.end();
    }
}
