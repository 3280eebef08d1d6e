package org.directivegraph.pages;

import java.util.List;

import org.directivegraph.report.DocumentSummary;
import org.directivegraph.report.Labels;
import org.directivegraph.report.TraceTree;
import org.directivegraph.web.Html;
import org.directivegraph.web.Lang;

/**
 * The trace page: the diagram ({@link TraceDiagram}) with a panel showing the evidence of the link clicked,
 * then the same trees as nested lists with their evidence, for phones and print; and the form to pick a document.
 */
final class TracePage {

    /** Shows the clicked link's evidence as text (never as markup). */
    private static final String SCRIPT = "<script>(function(){var s=document.getElementById('trace-diagram');"
            + "var p=document.getElementById('evidence');if(!s||!p)return;function show(e){var g=e.target.closest('g.link');"
            + "if(g){p.textContent=g.getAttribute('data-evidence');}}s.addEventListener('click',show);"
            + "s.addEventListener('keydown',function(e){if(e.key==='Enter')show(e);});})();</script>";

    private static final String CSS = "<style>.diagram{overflow-x:auto;border:1px solid #ddd;margin:.5rem 0}"
            + "#trace-diagram g.link{cursor:pointer}#trace-diagram g.link:hover path+path{stroke:#0b57d0;stroke-width:3}"
            + "#evidence{background:#fff8d6;border-left:3px solid #e0b000;padding:.3rem .5rem;min-height:1.5rem;white-space:pre-wrap}"
            + ".evidence{font-size:.85rem;color:#444;display:block}@media print{.diagram{display:none}}</style>";

    private final Labels labels;
    private final Lang lang;

    TracePage(Labels labels, Lang lang) {
        this.labels = labels;
        this.lang = lang;
    }

    String html(TraceTree.Trace trace) {
        DocumentSummary root = trace.root();
        Html h = Html.page(lang.pick("Truy vết: ", "Trace: ") + root.label(), root.iri(), lang);
        String query = "document=" + Html.urlParam(root.iri());
        h.raw(CSS).raw("<p class=\"noprint\">").raw(lang.switchLink("/trace?" + query)).raw(" · ")
                .link(root.iri(), lang.pick("Trang văn bản", "Document page")).raw("</p>");
        h.raw(PageResponses.exportLinks("/trace", query, lang));
        if (trace.truncated()) {
            h.open("p", "error").text(lang.pick("Cây quá lớn: đã cắt bớt.", "The tree is too large: it was cut.")).close("p");
        }
        h.open("p", "muted noprint").text(lang.pick("Trên: văn bản được thực hiện, đến cấp Trung ương. Dưới: các kế hoạch thực hiện. "
                + "Bấm vào một đường nối để xem câu dẫn chứng.", "Above: what it implements, up to the Central documents. Below: the plans "
                + "implementing it. Click a line to see its evidence sentence.")).close("p");
        h.raw("<div class=\"diagram noprint\">").raw(TraceDiagram.svg(trace)).raw("</div>");
        h.raw("<p id=\"evidence\" class=\"noprint\" aria-live=\"polite\"></p>");
        h.heading("up", lang.pick("Văn bản được thực hiện (lên)", "Implements (up)"));
        list(h, trace.up(), "trace-up");
        h.heading("down", lang.pick("Văn bản thực hiện (xuống)", "Implemented by (down)"));
        list(h, trace.down(), "trace-down");
        h.raw(SCRIPT);
        return h.end();
    }

    private void list(Html h, List<TraceTree.Node> nodes, String id) {
        if (nodes.isEmpty()) {
            h.open("p", "muted").text(lang.pick("Không có.", "None.")).close("p");
            return;
        }
        h.raw("<ul class=\"trace-tree\"").raw(id == null ? "" : " id=\"" + id + "\"").raw(">");
        for (TraceTree.Node n : nodes) {
            DocumentSummary d = n.document();
            h.raw("<li data-iri=\"").text(d.iri()).raw("\">").link(d.iri(), d.label());
            String meta = String.join(" · ", java.util.stream.Stream.of(labels.label(d.level(), lang.code(), d.levelLabel()), d.date(),
                    d.issuerLabel()).filter(s -> s != null && !s.isBlank()).toList());
            if (!meta.isEmpty()) {
                h.raw(" <span class=\"muted\">").text(meta).raw("</span>");
            }
            if (n.cycle()) {
                h.raw(" <span class=\"error\">").text(lang.pick("(vòng lặp, không đi tiếp)", "(cycle, not followed)")).raw("</span>");
            }
            String evidence = TraceDiagram.evidence(n.link());
            if (!evidence.isEmpty()) {
                h.raw("<q class=\"evidence\">").text(evidence).raw("</q>");
            }
            if (!n.children().isEmpty()) {
                list(h, n.children(), null);
            }
            h.raw("</li>");
        }
        h.raw("</ul>");
    }

    /** The page to pick a document to trace. */
    String picker(List<DocumentSummary> documents) {
        Html h = Html.page(lang.pick("Truy vết", "Trace"), null, lang);
        h.raw("<p class=\"noprint\">").raw(lang.switchLink("/trace")).raw("</p>");
        h.raw("<form id=\"trace-pick\" method=\"get\" action=\"/trace\"><label>").text(lang.pick("Văn bản: ", "Document: "))
                .raw("<select name=\"document\">");
        for (DocumentSummary d : documents) {
            h.raw("<option value=\"").text(d.iri()).raw("\">").text(TraceDiagram.shorten(d.label(), 90)).raw("</option>");
        }
        h.raw("</select></label> <button type=\"submit\">").text(lang.pick("Truy vết", "Trace")).raw("</button></form>");
        h.raw("<ul id=\"documents\">");
        for (DocumentSummary d : documents) {
            h.raw("<li><a href=\"").text("/trace?document=" + Html.urlParam(d.iri())).raw("\">").text(d.label()).raw("</a></li>");
        }
        h.raw("</ul>");
        return h.end();
    }
}
