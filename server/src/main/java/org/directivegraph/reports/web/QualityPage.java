package org.directivegraph.reports.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.directivegraph.report.QualityReport;
import org.directivegraph.validate.Finding.Severity;
import org.directivegraph.web.Html;
import org.directivegraph.web.Lang;

/**
 * The data-quality page: counts by severity, then one {@code section.kind} per kind of finding (shape or
 * quality query) with a sub-section per severity, each finding a row of {@code table.quality} with the document,
 * the node concerned, the message in the page language and the sentence concerned.
 */
public final class QualityPage {

    private QualityPage() {
    }

    /** The Vietnamese or English name of a severity. */
    public static String severity(Severity s, Lang lang) {
        return switch (s) {
            case VIOLATION -> lang.pick("Vi phạm", "Violation");
            case WARNING -> lang.pick("Cảnh báo", "Warning");
            case INFO -> lang.pick("Thông tin", "Info");
        };
    }

    /** The page of a quality result computed at {@code computedAt}. */
    public static String render(QualityReport.Result q, Instant computedAt, Lang lang) {
        Html h = Html.page(lang.pick("Chất lượng dữ liệu", "Data quality"), null, lang)
                .raw("<style>.scroll{overflow-x:auto}section.kind{margin-bottom:1.5rem}@media print{.scroll{overflow:visible}}</style>");
        h.raw(PageParts.toolbar("/quality", Map.of(), lang));
        h.raw("<p>").text(lang.pick("Tổng số phát hiện: ", "Findings: ") + q.items().size());
        q.countBySeverity().forEach((s, n) -> h.raw(" · <span class=\"" + s.name() + "\">").text(severity(s, lang) + ": " + n).raw("</span>"));
        h.raw("</p><p class=\"muted\">").text(lang.pick("Tính lúc ", "Computed at ") + computedAt
                + lang.pick(" (tính lại sau mỗi lần nhập hoặc xoá văn bản)", " (recomputed after each ingest or delete)")).raw("</p>");
        Map<String, Map<Severity, List<QualityReport.Item>>> groups = q.byKindAndSeverity();
        h.raw("<ul class=\"noprint kinds\">");
        groups.forEach((kind, bySeverity) -> h.raw("<li><a href=\"#kind-").text(kind).raw("\">").text(kind).raw("</a> (")
                .text(Integer.toString(bySeverity.values().stream().mapToInt(List::size).sum())).raw(")</li>"));
        h.raw("</ul>");
        groups.forEach((kind, bySeverity) -> {
            int n = bySeverity.values().stream().mapToInt(List::size).sum();
            h.raw("<section class=\"kind\" data-kind=\"").text(kind).raw("\">").heading("kind-" + kind, kind + " (" + n + ")");
            bySeverity.forEach((severity, items) -> {
                h.raw("<h3 class=\"" + severity.name() + "\">").text(severity(severity, lang) + " (" + items.size() + ")").raw("</h3>");
                h.raw("<div class=\"scroll\"><table class=\"quality\"><thead>").raw(Html.row(true, lang.pick("Văn bản", "Document"),
                        lang.pick("Đối tượng", "Focus"), lang.pick("Thông báo", "Message"), lang.pick("Câu liên quan", "Sentence")))
                        .raw("</thead><tbody>");
                for (QualityReport.Item i : items) {
                    h.raw("<tr class=\"finding\" data-source=\"" + i.source().name().toLowerCase() + "\" data-severity=\""
                            + severity.name() + "\" data-document=\"").text(i.document()).raw("\" data-focus=\"").text(i.focus())
                            .raw("\"><td>").link(i.document(), shortIri(i.document())).raw("</td><td>").link(i.focus(), shortIri(i.focus()));
                    if (i.value() != null) {
                        h.raw(" → ").link(i.value(), shortIri(i.value()));
                    }
                    h.raw("</td><td class=\"message\">").text(i.message(lang.code())).raw("</td><td>");
                    if (!i.sentence().isEmpty()) {
                        h.raw("<span class=\"span\">").text(i.sentence()).raw("</span>");
                    }
                    h.raw("</td></tr>");
                }
                h.raw("</tbody></table></div>");
            });
            h.raw("</section>");
        });
        return h.end();
    }

    private static String shortIri(String iri) {
        int i = iri.indexOf("/id/");
        return i >= 0 ? iri.substring(i + 1) : iri;
    }
}
