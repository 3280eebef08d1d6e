package org.directivegraph.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.directivegraph.report.Counts;
import org.directivegraph.report.DocumentSummary;
import org.directivegraph.report.Labels;
import org.directivegraph.web.Html;
import org.directivegraph.web.Lang;

/** The home page: the search box, the store's figures ({@link Counts}) and the latest documents. */
final class HomePage {

    /** How many latest documents are listed. */
    static final int LATEST = 10;

    private final Labels labels;
    private final Lang lang;

    HomePage(Labels labels, Lang lang) {
        this.labels = labels;
        this.lang = lang;
    }

    String html(Counts.Result counts) {
        Html h = Html.page("DirectiveGraph", null, lang);
        h.raw("<p class=\"noprint\">").raw(lang.switchLink("/")).raw("</p>");
        h.raw(SearchPage.form(lang, ""));
        h.heading("counts", lang.pick("Số liệu", "Figures"));
        h.raw("<ul id=\"totals\">");
        h.raw("<li>").text(lang.pick("Văn bản đã nạp: ", "Ingested documents: ")).raw("<strong class=\"ingested\">")
                .text(Long.toString(counts.ingestedDocuments())).raw("</strong></li>");
        h.raw("<li>").text(lang.pick("Văn bản đã biết (kể cả được trích dẫn): ", "Known documents (including cited): "))
                .raw("<strong class=\"known\">").text(Long.toString(counts.knownDocuments())).raw("</strong></li>");
        h.raw("<li>").text(lang.pick("Đơn vị có kế hoạch: ", "Units covered: ")).raw("<strong class=\"units\">")
                .text(Long.toString(counts.unitsCovered())).raw("</strong></li></ul>");
        counts(h, "by-level", lang.pick("Theo cấp", "By level"), counts.byLevel(), "level");
        counts(h, "by-type", lang.pick("Theo loại văn bản", "By document type"), counts.byType(), "type");
        h.raw("<h3>").text(lang.pick("Phát hiện chất lượng dữ liệu", "Data-quality findings")).raw("</h3><table id=\"findings\">");
        for (Map.Entry<?, Long> e : counts.openFindings().entrySet()) {
            String severity = e.getKey().toString().toLowerCase(Locale.ROOT);
            h.raw("<tr class=\"").text(severity).raw("\"><td>").text(severity).raw("</td><td class=\"n\"><a href=\"/quality\">")
                    .text(e.getValue() == null ? "?" : Long.toString(e.getValue())).raw("</a></td></tr>");
        }
        h.raw("</table>");
        h.heading("latest", lang.pick("Văn bản mới nhất", "Latest documents"));
        h.raw("<ul id=\"latest\">");
        for (DocumentSummary d : counts.latest()) {
            h.raw("<li data-iri=\"").text(d.iri()).raw("\">").link(d.iri(), d.label()).raw(" <span class=\"muted\">")
                    .text(String.join(" · ", nonEmpty(d.date(), labels.label(d.level(), lang.code(), d.levelLabel()), d.issuerLabel())))
                    .raw("</span> <a class=\"trace-link noprint\" href=\"").text("/trace?document=" + Html.urlParam(d.iri()))
                    .raw("\">").text(lang.pick("Truy vết", "Trace")).raw("</a></li>");
        }
        h.raw("</ul>");
        return h.end();
    }

    private void counts(Html h, String id, String title, List<Counts.Count> counts, String facet) {
        h.raw("<h3>").text(title).raw("</h3><table id=\"").text(id).raw("\">");
        for (Counts.Count c : counts) {
            String label = c.iri().isEmpty() ? lang.pick("(không rõ)", "(unknown)") : labels.label(c.iri(), lang.code(), c.label());
            h.raw("<tr data-iri=\"").text(c.iri()).raw("\"><td>");
            if (c.iri().isEmpty()) {
                h.text(label);
            } else {
                h.raw("<a href=\"").text("/search?kind=document&" + facet + "=" + Html.urlParam(c.iri())).raw("\">").text(label).raw("</a>");
            }
            h.raw("</td><td class=\"n\">").text(Long.toString(c.count())).raw("</td></tr>");
        }
        h.raw("</table>");
    }

    private static List<String> nonEmpty(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
