package org.directivegraph.publish;

import org.directivegraph.web.Html;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.validate.Finding;
import org.directivegraph.vocab.DG;

/**
 * The page of a document: title, type, number, date, issuer; its trace up to the Central directives and down to
 * the plans that implement it; its tasks, responsibilities, obligations, indicators and citations, each with the
 * source text that supports it; its validation findings; and every other statement about it.
 */
public final class DocumentPage {

    /** What the page shows besides the description graph. */
    public record Extras(List<Trace.Link> up, List<Trace.Link> down, List<Finding> findings, boolean ingested) {
    }

    private final TermLabels terms;

    /** Pages with property names from these labels. */
    public DocumentPage(TermLabels terms) {
        this.terms = terms;
    }

    /** Whether a description describes a document (typed as one, or with a document type). */
    public static boolean isDocument(Labels labels, Node r) {
        for (Node type : labels.objects(r, RDF.type.asNode())) {
            if (type.equals(DG.Document.asNode()) || type.equals(DG.Plan.asNode()) || type.equals(DG.UnresolvedDocument.asNode())) {
                return true;
            }
        }
        return !labels.objects(r, DG.documentType.asNode()).isEmpty();
    }

    /** The page of document {@code iri}. */
    public String render(String iri, Labels labels, Extras extras, String path) {
        Node doc = NodeFactory.createURI(iri);
        PageParts parts = new PageParts(labels, terms);
        String number = labels.string(doc, DG.numberAndSymbol.asNode());
        String title = labels.string(doc, DG.title.asNode());
        Html h = Html.page(title.isEmpty() ? labels.display(doc) : title, iri);
        h.raw("<table>");
        row(h, parts, doc, "Loại văn bản / Type", DG.documentType.asNode());
        if (!number.isEmpty()) {
            h.raw("<tr><th>Số, ký hiệu / Number</th><td>").text(number).raw("</td></tr>");
        }
        row(h, parts, doc, "Ngày ban hành / Date", DG.dateIssued.asNode());
        row(h, parts, doc, "Ngày ghi trên văn bản / Date as printed", DG.dateAsPrinted.asNode());
        row(h, parts, doc, "Cơ quan ban hành / Issuer", DG.issuer.asNode());
        row(h, parts, doc, "Địa bàn / Issuing unit", DG.issuingUnit.asNode());
        h.raw("</table>");
        parts.evidence(h, doc);

        trace(h, parts, extras, iri);
        facts(h, parts, doc, DG.task.asNode(), "tasks", "Nhiệm vụ / Tasks", DG.title.asNode());
        facts(h, parts, doc, DG.responsibility.asNode(), "responsibilities", "Trách nhiệm / Responsibilities", DG.duty.asNode());
        facts(h, parts, doc, DG.obligation.asNode(), "obligations", "Nghĩa vụ báo cáo / Obligations", DG.action.asNode());
        facts(h, parts, doc, DG.indicator.asNode(), "indicators", "Chỉ tiêu / Indicators", DG.indicatorText.asNode());
        facts(h, parts, doc, DG.citation.asNode(), "citations", "Trích dẫn / Citations", DG.citationText.asNode());
        findings(h, extras);
        record(h, parts.labels(), doc);
        h.heading("statements", "Mọi thuộc tính / All statements");
        parts.propertyTable(h, doc);
        return h.raw(RdfFormat.otherFormatLinks(path)).end();
    }

    private static void row(Html h, PageParts parts, Node doc, String heading, Node property) {
        List<Node> values = parts.labels().objects(doc, property);
        if (values.isEmpty()) {
            return;
        }
        h.raw("<tr><th>").text(heading).raw("</th><td>");
        for (Node v : values) {
            parts.value(h, v);
            h.raw(" ");
        }
        h.raw("</td></tr>");
    }

    private static void trace(Html h, PageParts parts, Extras extras, String iri) {
        h.raw("<p class=\"noprint\"><a class=\"trace-link\" href=\"/trace?document=").text(Html.urlParam(iri))
                .raw("\">Sơ đồ truy vết / Trace diagram</a></p>");
        h.heading("trace-up", "Thực hiện văn bản nào / Implements (trace up)");
        links(h, extras.up(), true);
        h.heading("trace-down", "Được thực hiện bởi / Implemented by (trace down)");
        links(h, extras.down(), false);
        if (!extras.down().isEmpty()) {
            // how the documents implementing this one cover its themes or tasks (the coverage form lists only the
            // upper levels' documents when there are many)
            h.raw("<p class=\"noprint\"><a class=\"coverage-link\" href=\"/coverage?directive=").text(Html.urlParam(iri))
                    .raw("\">Ma trận bao phủ / Coverage matrix</a></p>");
        }
    }

    private static void links(Html h, List<Trace.Link> links, boolean up) {
        if (links.isEmpty()) {
            h.element("p", "—");
            return;
        }
        h.open("ul", "trace");
        for (Trace.Link link : links) {
            Node shown = up ? link.to() : link.from();
            Node other = up ? link.from() : link.to();
            h.open("li", null);
            h.link(shown.getURI(), link.label().isEmpty() ? Labels.shortName(shown) : link.label());
            h.raw(" <span class=\"off\">").text(up ? "← " : "→ ").link(other.getURI(), Labels.shortName(other)).raw("</span>");
            h.close("li");
        }
        h.close("ul");
    }

    private void facts(Html h, PageParts parts, Node doc, Node property, String id, String heading, Node main) {
        List<Node> items = parts.labels().objects(doc, property);
        if (items.isEmpty()) {
            return;
        }
        items = items.stream().sorted(java.util.Comparator.comparing(n -> Labels.naturalKey(n.toString()))).toList();
        h.heading(id, heading + " (" + items.size() + ")");
        h.open("ol", id);
        for (Node item : items) {
            h.open("li", null);
            String text = parts.labels().string(item, main);
            String ordinal = parts.labels().string(item, DG.ordinal.asNode());
            h.open("strong", null).text((ordinal.isEmpty() ? "" : ordinal + ". ") + (text.isEmpty() ? Labels.shortName(item) : text))
                    .close("strong");
            h.raw(" ").open("span", "off").link(item.getURI(), "↗").close("span");
            h.open("div", "details");
            for (Node p : detailProperties(property)) {
                for (Node v : parts.labels().objects(item, p)) {
                    h.raw("<br><span class=\"off\">").text(terms.of(p)).raw(":</span> ");
                    parts.value(h, v);
                }
            }
            h.close("div");
            parts.evidence(h, item);
            h.close("li");
        }
        h.close("ol");
    }

    private static List<Node> detailProperties(Node property) {
        if (property.equals(DG.responsibility.asNode())) {
            return List.of(DG.responsibleBody.asNode(), DG.bodyText.asNode(), DG.role.asNode(), DG.concernsTask.asNode());
        }
        if (property.equals(DG.obligation.asNode())) {
            return List.of(DG.bearer.asNode(), DG.obligationKind.asNode(), DG.addressee.asNode(), DG.dueDate.asNode(),
                    DG.duePeriod.asNode(), DG.recurrence.asNode());
        }
        if (property.equals(DG.indicator.asNode())) {
            return List.of(DG.targetValue.asNode(), DG.measureUnit.asNode(), DG.comparator.asNode(), DG.population.asNode());
        }
        if (property.equals(DG.citation.asNode())) {
            return List.of(DG.citedDocument.asNode(), DG.citationRole.asNode());
        }
        return List.of(DG.theme.asNode(), DG.subTaskOf.asNode());
    }

    /** The validation record stored with the document at its ingest, if it has one. */
    private static void record(Html h, Labels labels, Node doc) {
        for (Node record : labels.objects(doc, DG.validationRecord.asNode())) {
            String version = labels.string(record, DG.shapesVersion.asNode());
            h.open("p", "validation-record").text("Khi nạp / At ingest: ")
                    .text("true".equals(labels.string(record, SH_CONFORMS)) ? "hợp lệ / conforms" : "không hợp lệ / does not conform")
                    .text(" · " + labels.string(record, DG.violationCount.asNode()) + " vi phạm / violations, "
                            + labels.string(record, DG.warningCount.asNode()) + " cảnh báo / warnings, "
                            + labels.string(record, DG.infoCount.asNode()) + " thông tin / infos")
                    .raw(" <span class=\"off\">").text("shapes " + version.substring(0, Math.min(12, version.length())) + " · ")
                    .link(record.getURI(), Labels.shortName(record)).raw("</span>").close("p");
        }
    }

    private static final Node SH_CONFORMS = NodeFactory.createURI("http://www.w3.org/ns/shacl#conforms");

    private static void findings(Html h, Extras extras) {
        h.heading("findings", "Kết quả kiểm tra / Validation findings");
        if (!extras.ingested()) {
            h.element("p", "Văn bản tham chiếu, không được kiểm tra / A reference document, not validated.");
            return;
        }
        if (extras.findings().isEmpty()) {
            h.element("p", "Không có phát hiện / No findings.");
            return;
        }
        h.open("ul", "findings");
        for (Finding f : extras.findings()) {
            h.open("li", f.severity().name());
            h.open("strong", null).text(f.severity().name()).close("strong").raw(" ");
            h.text(f.message("vi"));
            String en = f.message("en");
            if (!en.equals(f.message("vi"))) {
                h.raw(" <span class=\"en\">").text(en).raw("</span>");
            }
            h.raw(" <span class=\"off\">").text(f.shapeName()).raw(" · ");
            if (f.focusNode().isURI()) {
                h.link(f.focusNode().getURI(), Labels.shortName(f.focusNode()));
            }
            h.raw("</span>").close("li");
        }
        h.close("ul");
    }
}
