package org.directivegraph.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.directivegraph.report.DocumentSummary;
import org.directivegraph.report.TraceTree;
import org.directivegraph.web.Html;

/**
 * A trace drawn as an inline SVG, laid out here on the server: one row per depth, what the document implements
 * above it (up to the Central documents at the top), what implements it below (down to the commune plans); a
 * box per node (number and short title, a link to the document's page) and a line per "implements" link holding
 * its evidence sentence in a {@code <title>} (shown on hover) and a {@code data-evidence} attribute (shown in
 * {@code #evidence} on click by the page's script). Every text is escaped.
 */
final class TraceDiagram {

    static final int BOX_W = 190;
    static final int BOX_H = 48;
    static final int GAP_X = 16;
    static final int GAP_Y = 46;
    private static final int MARGIN = 8;

    private record Placed(DocumentSummary doc, double x, int row, boolean cycle, boolean root) {
    }

    private record Edge(Placed from, Placed to, String evidence) {
    }

    private final List<Placed> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private double nextLeaf;

    private TraceDiagram() {
    }

    /** The SVG of a trace. */
    static String svg(TraceTree.Trace trace) {
        TraceDiagram d = new TraceDiagram();
        return d.draw(trace);
    }

    private String draw(TraceTree.Trace trace) {
        nextLeaf = 0;
        List<Placed> upTops = new ArrayList<>();
        for (TraceTree.Node n : trace.up()) {
            upTops.add(place(n, -1, -1));
        }
        double upWidth = nextLeaf;
        nextLeaf = 0;
        List<Placed> downTops = new ArrayList<>();
        for (TraceTree.Node n : trace.down()) {
            downTops.add(place(n, 1, 1));
        }
        double downWidth = nextLeaf;
        // centre both halves and the root on the same axis
        double width = Math.max(1, Math.max(upWidth, downWidth));
        double upShift = (width - upWidth) / 2;
        double downShift = (width - downWidth) / 2;
        List<Placed> shifted = new ArrayList<>();
        for (Placed p : nodes) {
            double shift = p.row() < 0 ? upShift : downShift;
            shifted.add(new Placed(p.doc(), p.x() + shift, p.row(), p.cycle(), false));
        }
        Placed root = new Placed(trace.root(), (width - 1) / 2, 0, false, true);
        List<Edge> shiftedEdges = new ArrayList<>();
        for (Edge e : edges) {
            shiftedEdges.add(new Edge(e.from() == null ? root : shifted.get(nodes.indexOf(e.from())),
                    shifted.get(nodes.indexOf(e.to())), e.evidence()));
        }
        shifted.add(root);
        int minRow = shifted.stream().mapToInt(Placed::row).min().orElse(0);
        int maxRow = shifted.stream().mapToInt(Placed::row).max().orElse(0);
        int w = (int) Math.ceil(width * (BOX_W + GAP_X)) - GAP_X + 2 * MARGIN;
        int h = (maxRow - minRow + 1) * (BOX_H + GAP_Y) - GAP_Y + 2 * MARGIN;
        StringBuilder out = new StringBuilder();
        out.append("<svg id=\"trace-diagram\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\">");
        for (Edge e : shiftedEdges) {
            edge(out, e, minRow);
        }
        for (Placed p : shifted) {
            node(out, p, minRow);
        }
        return out.append("</svg>").toString();
    }

    /** Places a subtree; leaves take the next column, a parent sits above the middle of its children. */
    private Placed place(TraceTree.Node n, int row, int step) {
        List<Placed> children = new ArrayList<>();
        for (TraceTree.Node c : n.children()) {
            children.add(place(c, row + step, step));
        }
        double x;
        if (children.isEmpty()) {
            x = nextLeaf++;
        } else {
            x = (children.get(0).x() + children.get(children.size() - 1).x()) / 2;
        }
        Placed p = new Placed(n.document(), x, row, n.cycle(), false);
        nodes.add(p);
        for (int i = 0; i < children.size(); i++) {
            TraceTree.Node c = n.children().get(i);
            // up: p implements the child; down: the child implements p
            edges.add(new Edge(p, children.get(i), evidence(c.link())));
        }
        if (Math.abs(row) == 1) {
            edges.add(new Edge(null, p, evidence(n.link())));
        }
        return p;
    }

    static String evidence(TraceTree.Link link) {
        if (link == null) {
            return "";
        }
        if (link.evidenceText() != null && !link.evidenceText().isBlank()) {
            return link.evidenceText().strip();
        }
        return link.citationText() == null ? "" : link.citationText().strip();
    }

    private static double cx(Placed p) {
        return MARGIN + p.x() * (BOX_W + GAP_X) + BOX_W / 2.0;
    }

    private static double top(Placed p, int minRow) {
        return MARGIN + (p.row() - minRow) * (BOX_H + GAP_Y);
    }

    private static void edge(StringBuilder out, Edge e, int minRow) {
        Placed upper = e.from().row() < e.to().row() ? e.from() : e.to();
        Placed lower = upper == e.from() ? e.to() : e.from();
        double x1 = cx(upper);
        double y1 = top(upper, minRow) + BOX_H;
        double x2 = cx(lower);
        double y2 = top(lower, minRow);
        double my = (y1 + y2) / 2;
        String d = String.format(Locale.ROOT, "M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f", x2, y2, x2, my, x1, my, x1, y1);
        String evidence = e.evidence().isEmpty() ? "(không có câu dẫn chứng / no evidence sentence)" : e.evidence();
        out.append("<g class=\"link\" tabindex=\"0\" data-from=\"").append(Html.escape(lower.doc().iri()))
                .append("\" data-to=\"").append(Html.escape(upper.doc().iri()))
                .append("\" data-evidence=\"").append(Html.escape(evidence)).append("\"><title>")
                .append(Html.escape(evidence)).append("</title><path d=\"").append(d)
                .append("\" fill=\"none\" stroke=\"transparent\" stroke-width=\"12\"/><path d=\"").append(d)
                .append("\" fill=\"none\" stroke=\"#6b7a90\" stroke-width=\"1.6\" marker-end=\"none\"/></g>");
    }

    private static void node(StringBuilder out, Placed p, int minRow) {
        double x = cx(p) - BOX_W / 2.0;
        double y = top(p, minRow);
        DocumentSummary d = p.doc();
        String head = (d.typeLabel() + " " + d.number()).strip();
        String title = d.title();
        if (head.isEmpty()) {
            head = title.isEmpty() ? d.iri() : title;
            title = "";
        }
        String href = Html.href(d.iri());
        String fill = p.root() ? "#fff3c4" : d.ingested() ? "#e8f0fe" : "#f3f3f3";
        out.append("<g class=\"node").append(p.root() ? " root" : "").append(p.cycle() ? " cycle" : "")
                .append("\" data-iri=\"").append(Html.escape(d.iri())).append("\">");
        if (href != null) {
            out.append("<a href=\"").append(Html.escape(href)).append("\">");
        }
        out.append("<title>").append(Html.escape(d.label())).append("</title>");
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"%s\"/>",
                x, y, BOX_W, BOX_H, fill, p.cycle() ? "#b00020" : "#4a6fa5"));
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" font-weight=\"bold\">", x + 6, y + 18))
                .append(Html.escape(shorten(head, 28))).append("</text>");
        if (!title.isEmpty()) {
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">", x + 6, y + 36))
                    .append(Html.escape(shorten(title, 32))).append("</text>");
        }
        if (href != null) {
            out.append("</a>");
        }
        out.append("</g>");
    }

    static String shorten(String s, int max) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.codePointCount(0, t.length()) <= max ? t : t.substring(0, t.offsetByCodePoints(0, max - 1)) + "…";
    }
}
