package org.directivegraph.reports.web;

import java.util.List;
import java.util.Map;

import org.directivegraph.report.CoverageMatrix;
import org.directivegraph.report.DocumentSummary;
import org.directivegraph.report.Labels;
import org.directivegraph.units.UnitLevel;
import org.directivegraph.web.Html;
import org.directivegraph.web.Lang;

/**
 * The coverage page: a form to choose a directive and an area and, once chosen, the matrix of implementing
 * plans (rows) by the directive's themes or tasks (columns), cells {@code td.covered} / {@code td.not-covered},
 * row totals, a {@code tr.totals} row, and the units of the area without any implementing plan ({@code ul#gaps}).
 */
public final class CoveragePage {

    static final String STYLE = "<style>body{max-width:90rem}.scroll{overflow-x:auto;max-width:100%}"
            + "table#coverage th,table#coverage td{white-space:nowrap}table#coverage td.plan{white-space:normal;min-width:14rem}"
            + "td.covered{background:#d7f3d7;color:#0a5d0a;text-align:center}td.not-covered{background:#fde4e4;color:#a00020;text-align:center}"
            + "td.total,tr.totals td,tr.totals th{font-weight:bold;text-align:center}.legend span{display:inline-block;padding:0 .4rem;margin-right:.4rem}"
            + "@media print{.scroll{overflow:visible}table#coverage{font-size:8pt}table#coverage th,table#coverage td{white-space:normal}"
            + "td.covered,td.not-covered{-webkit-print-color-adjust:exact;print-color-adjust:exact}}</style>";

    /** The most documents the form lists all of; beyond it, only those of the Central and province levels. */
    static final int FULL_LIST = 400;

    private static final List<String> UPPER_LEVELS = List.of(UnitLevel.CENTRAL.iri(), UnitLevel.PROVINCE.iri());

    private CoveragePage() {
    }

    /**
     * The documents the form offers: all of them up to {@link #FULL_LIST}; beyond (8,368 at national size, a 1.6 MB
     * list nobody can scroll), those of the Central and province levels and the chosen one. The others are reached
     * from their own page's link to their matrix.
     */
    static List<DocumentSummary> offered(List<DocumentSummary> directives, String chosen) {
        if (directives.size() <= FULL_LIST) {
            return directives;
        }
        return directives.stream().filter(d -> UPPER_LEVELS.contains(d.level()) || d.iri().equals(chosen)).toList();
    }

    /**
     * The page.
     *
     * @param result     the matrix, or {@code null} when nothing is chosen yet
     * @param directives the documents offered in the form
     * @param areas      the units offered in the form
     * @param labels     code list labels (themes, levels) in both languages
     * @param areaLabel  the chosen area's name, or {@code null}
     * @param lang       the page language
     */
    public static String render(CoverageMatrix.Result result, List<DocumentSummary> directives, List<ReportChoices.Area> areas,
                                Labels labels, String areaLabel, Lang lang) {
        String directive = result == null ? null : result.directive().iri();
        String area = result == null ? null : result.area();
        Html h = Html.page(lang.pick("Ma trận bao phủ", "Coverage matrix"), null, lang).raw(STYLE);
        Map<String, String> params = PageParts.params("directive", directive, "area", area);
        if (result != null) {
            h.raw(PageParts.toolbar("/coverage", params, lang));
        } else {
            h.raw("<p class=\"noprint\">").raw(lang.switchLink("/coverage")).raw("</p>");
        }
        form(h, directives, areas, directive, area, lang);
        if (result != null) {
            matrix(h, result, labels, areaLabel, lang);
        }
        return h.end();
    }

    private static void form(Html h, List<DocumentSummary> directives, List<ReportChoices.Area> areas, String directive,
                             String area, Lang lang) {
        List<DocumentSummary> offered = offered(directives, directive);
        h.raw("<form id=\"coverage-form\" method=\"get\" action=\"/coverage\"><p><label>")
                .text(lang.pick("Văn bản chỉ đạo", "Directive")).raw("<br><select name=\"directive\" required>");
        for (DocumentSummary d : offered) {
            option(h, d.iri(), (d.levelLabel().isEmpty() ? "" : d.levelLabel() + " – ") + d.label(), d.iri().equals(directive));
        }
        h.raw("</select></label></p>");
        if (offered.size() < directives.size()) {
            h.raw("<p class=\"form-note\">").text(lang.pick(
                    "Danh sách chỉ gồm văn bản cấp Trung ương và cấp tỉnh (" + offered.size() + " trong " + directives.size()
                            + " văn bản được thực hiện); ma trận của kế hoạch cấp huyện, cấp xã mở từ trang của kế hoạch đó.",
                    "Listed: the Central and province documents (" + offered.size() + " of the " + directives.size()
                            + " documents something implements); the matrix of a district or commune plan opens from that plan's page."))
                    .raw("</p>");
        }
        h.raw("<p><label>").text(lang.pick("Địa bàn (tỉnh hoặc huyện)", "Area (province or district)"))
                .raw("<br><select name=\"area\">");
        option(h, "", lang.pick("(tất cả các kế hoạch)", "(every plan)"), area == null);
        for (ReportChoices.Area a : areas) {
            option(h, a.iri(), "\u00a0".repeat(2 * a.depth()) + a.label(), a.iri().equals(area));
        }
        h.raw("</select></label></p><p><button type=\"submit\">").text(lang.pick("Xem ma trận", "Show the matrix"))
                .raw("</button></p></form>");
    }

    private static void option(Html h, String value, String label, boolean selected) {
        h.raw("<option value=\"").text(value).raw(selected ? "\" selected>" : "\">").text(label).raw("</option>");
    }

    private static void matrix(Html h, CoverageMatrix.Result m, Labels labels, String areaLabel, Lang lang) {
        String code = lang.code();
        h.raw("<h2 id=\"directive\">").link(m.directive().iri(), m.directive().label()).raw("</h2>");
        h.raw("<p>").text(lang.pick("Địa bàn: ", "Area: "));
        if (m.area() == null) {
            h.text(lang.pick("tất cả", "all"));
        } else {
            h.link(m.area(), areaLabel == null ? m.area() : areaLabel);
        }
        h.raw(" · ").text(m.basis() == CoverageMatrix.Basis.THEMES ? lang.pick("Cột: chủ đề của văn bản", "Columns: the directive's themes")
                : lang.pick("Cột: nhiệm vụ của văn bản", "Columns: the directive's tasks"));
        h.raw(" · ").text(lang.pick("Kế hoạch: ", "Plans: ") + m.rows().size()).raw("</p>");
        h.raw("<p class=\"legend\"><span class=\"covered\" style=\"background:#d7f3d7\">✓ ").text(lang.pick("có nội dung", "covered"))
                .raw("</span><span style=\"background:#fde4e4\">✗ ").text(lang.pick("chưa có", "not covered")).raw("</span></p>");
        h.raw("<div class=\"scroll\"><table id=\"coverage\"><thead><tr><th>").text(lang.pick("Kế hoạch", "Plan"))
                .raw("</th><th>").text(lang.pick("Cấp", "Level")).raw("</th><th>").text(lang.pick("Đơn vị", "Unit")).raw("</th>");
        for (CoverageMatrix.Column c : m.columns()) {
            h.raw("<th scope=\"col\" data-column=\"").text(c.iri()).raw("\">").text(labels.label(c.iri(), code, c.label())).raw("</th>");
        }
        h.raw("<th>").text(lang.pick("Tổng", "Total")).raw("</th></tr></thead><tbody>");
        for (CoverageMatrix.Row row : m.rows()) {
            DocumentSummary p = row.plan();
            h.raw("<tr data-plan=\"").text(p.iri()).raw("\"><td class=\"plan\">").link(p.iri(), p.label()).raw("</td><td>")
                    .text(labels.label(p.level(), code, p.levelLabel())).raw("</td><td>");
            if (p.unit() != null) {
                h.link(p.unit(), p.unitLabel().isEmpty() ? p.unit() : p.unitLabel());
            }
            h.raw("</td>");
            for (boolean covered : row.cells()) {
                h.raw(covered ? "<td class=\"covered\" title=\"" + Html.escape(lang.pick("có", "covered")) + "\">✓</td>"
                        : "<td class=\"not-covered\" title=\"" + Html.escape(lang.pick("chưa có", "not covered")) + "\">✗</td>");
            }
            h.raw("<td class=\"total\">").text(Integer.toString(row.covered())).raw("</td></tr>");
        }
        h.raw("</tbody><tfoot><tr class=\"totals\"><th colspan=\"3\">").text(lang.pick("Tổng", "Total")).raw("</th>");
        for (int t : m.columnTotals()) {
            h.raw("<td>").text(Integer.toString(t)).raw("</td>");
        }
        h.raw("<td class=\"grand-total\">").text(Integer.toString(m.total())).raw("</td></tr></tfoot></table></div>");
        gaps(h, m, lang);
    }

    private static void gaps(Html h, CoverageMatrix.Result m, Lang lang) {
        h.heading("gaps-heading", lang.pick("Đơn vị chưa có văn bản thực hiện", "Units without an implementing document"));
        if (m.area() == null) {
            h.raw("<p class=\"muted\">").text(lang.pick("Chọn một địa bàn để xem các đơn vị còn thiếu.",
                    "Choose an area to list the units that lack one.")).raw("</p>");
            return;
        }
        h.raw("<p>").text(lang.pick("Số đơn vị: ", "Units: ") + m.gaps().size()).raw("</p><ul id=\"gaps\">");
        for (CoverageMatrix.Gap g : m.gaps()) {
            h.raw("<li data-unit=\"").text(g.unit()).raw("\">").link(g.unit(), g.name()).raw(" <span class=\"muted\">(")
                    .text(g.code()).raw(")</span></li>");
        }
        h.raw("</ul>");
    }
}
