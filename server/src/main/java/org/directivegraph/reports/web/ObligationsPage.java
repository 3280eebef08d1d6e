package org.directivegraph.reports.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.directivegraph.report.ObligationsReport;
import org.directivegraph.report.ObligationsReport.Item;
import org.directivegraph.report.ObligationsReport.Status;
import org.directivegraph.web.Html;
import org.directivegraph.web.Lang;

/**
 * The obligations page: a filter form (unit, period), counts by status, a calendar by month of deadline
 * ({@code section#calendar}, overdue ones marked), the table ({@code table#obligations}) and the obligations by bearer.
 */
public final class ObligationsPage {

    private static final String STYLE = "<style>.months{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.6rem}"
            + ".month{border:1px solid #ddd;border-radius:4px;padding:.3rem .6rem}.month h3{margin:.2rem 0;font-size:1rem}"
            + ".month ul{padding-left:1rem;margin:.2rem 0}li.overdue,tr.overdue td.status{color:#a00020}.status-counts span{margin-right:1rem}"
            + ".scroll{overflow-x:auto}@media print{.scroll{overflow:visible}.month{page-break-inside:avoid}}</style>";

    private ObligationsPage() {
    }

    /** The Vietnamese or English name of a status. */
    public static String status(Status s, Lang lang) {
        return switch (s) {
            case OVERDUE -> lang.pick("Quá hạn", "Overdue");
            case DUE_SOON -> lang.pick("Sắp đến hạn", "Due soon");
            case LATER -> lang.pick("Chưa đến hạn", "Later");
            case RECURRING -> lang.pick("Định kỳ", "Recurring");
            case UNDATED -> lang.pick("Không có thời hạn", "No deadline");
            case FULFILLED -> lang.pick("Đã thực hiện", "Fulfilled");
        };
    }

    /**
     * The page.
     *
     * @param r         the obligations
     * @param areas     the units offered in the filter
     * @param unitLabel the chosen unit's name, or {@code null}
     * @param lang      the page language
     */
    public static String render(ObligationsReport.Result r, List<ReportChoices.Area> areas, String unitLabel, Lang lang) {
        ObligationsReport.Options o = r.options();
        Map<String, String> params = PageParts.params("unit", o.unit(), "from", o.from() == null ? null : o.from().toString(),
                "to", o.to() == null ? null : o.to().toString());
        Html h = Html.page(lang.pick("Nghĩa vụ và thời hạn", "Obligations and deadlines"), null, lang).raw(STYLE);
        h.raw(PageParts.toolbar("/obligations", params, lang));
        form(h, areas, o, lang);
        h.raw("<p>").text(lang.pick("Ngày tham chiếu: ", "As of: ") + o.today());
        if (o.unit() != null) {
            h.text(lang.pick(" · Đơn vị: ", " · Unit: ")).link(o.unit(), unitLabel == null ? o.unit() : unitLabel);
        }
        h.text(" · " + lang.pick("Số nghĩa vụ: ", "Obligations: ") + r.items().size()).raw("</p><p class=\"status-counts\">");
        r.countByStatus().forEach((s, n) -> h.raw("<span class=\"count-" + s.name().toLowerCase() + "\">").text(status(s, lang) + ": " + n).raw("</span>"));
        h.raw("</p>");
        calendar(h, r, lang);
        table(h, r.items(), lang);
        byBearer(h, r, lang);
        return h.end();
    }

    private static void form(Html h, List<ReportChoices.Area> areas, ObligationsReport.Options o, Lang lang) {
        h.raw("<form id=\"obligations-form\" method=\"get\" action=\"/obligations\"><p><label>").text(lang.pick("Đơn vị", "Unit"))
                .raw(" <select name=\"unit\"><option value=\"\">").text(lang.pick("(tất cả)", "(all)")).raw("</option>");
        for (ReportChoices.Area a : areas) {
            h.raw("<option value=\"").text(a.iri()).raw(a.iri().equals(o.unit()) ? "\" selected>" : "\">")
                    .text("\u00a0".repeat(2 * a.depth()) + a.label()).raw("</option>");
        }
        h.raw("</select></label> <label>").text(lang.pick("Từ ngày", "From")).raw(" <input type=\"date\" name=\"from\" value=\"")
                .text(o.from() == null ? "" : o.from().toString()).raw("\"></label> <label>").text(lang.pick("Đến ngày", "To"))
                .raw(" <input type=\"date\" name=\"to\" value=\"").text(o.to() == null ? "" : o.to().toString())
                .raw("\"></label> <button type=\"submit\">").text(lang.pick("Lọc", "Filter")).raw("</button></p>")
                .raw("<p class=\"muted\">").text(lang.pick("Khi chọn khoảng thời gian, chỉ liệt kê nghĩa vụ có thời hạn trong khoảng đó.",
                        "With a period, only obligations with a deadline in it are listed.")).raw("</p></form>");
    }

    private static void calendar(Html h, ObligationsReport.Result r, Lang lang) {
        h.raw("<section id=\"calendar\">").heading("calendar-heading", lang.pick("Lịch theo tháng", "Calendar by month"));
        Map<YearMonth, List<Item>> months = r.byMonth();
        if (months.isEmpty()) {
            h.raw("<p class=\"muted\">").text(lang.pick("Không có nghĩa vụ nào có thời hạn.", "No obligation with a deadline.")).raw("</p>");
        }
        h.raw("<div class=\"months\">");
        months.forEach((month, items) -> {
            h.raw("<div class=\"month\" data-month=\"").text(month.toString()).raw("\"><h3>")
                    .text(lang.pick("Tháng " + month.getMonthValue() + "/" + month.getYear(), month.toString())).raw("</h3><ul>");
            for (Item i : items) {
                boolean overdue = i.status() == Status.OVERDUE;
                h.raw(overdue ? "<li class=\"overdue\" data-obligation=\"" : "<li data-obligation=\"").text(i.iri()).raw("\"><b>")
                        .text(i.deadline().toString()).raw("</b> ");
                if (overdue) {
                    h.raw("<span class=\"badge\">").text("⚠ " + status(Status.OVERDUE, lang)).raw("</span> ");
                }
                h.text(i.bearerName().isEmpty() ? "" : i.bearerName() + ": ").text(shorten(i.action(), 120)).raw("</li>");
            }
            h.raw("</ul></div>");
        });
        h.raw("</div></section>");
    }

    private static void table(Html h, List<Item> items, Lang lang) {
        h.heading("table-heading", lang.pick("Danh sách nghĩa vụ", "All obligations"));
        h.raw("<div class=\"scroll\"><table id=\"obligations\"><thead>")
                .raw(Html.row(true, lang.pick("Chủ thể", "Bearer"), lang.pick("Nơi nhận", "Recipient"), lang.pick("Nội dung", "What"),
                        lang.pick("Thời hạn", "Due"), lang.pick("Định kỳ", "Recurrence"), lang.pick("Tình trạng", "Status"),
                        lang.pick("Văn bản", "Document"), lang.pick("Câu trích", "Evidence")))
                .raw("</thead><tbody>");
        for (Item i : items) {
            h.raw("<tr class=\"" + i.status().name().toLowerCase() + "\" data-obligation=\"").text(i.iri()).raw("\"><td>")
                    .text(i.bearerName()).raw("</td><td>").text(i.addresseeName()).raw("</td><td>").text(i.action()).raw("</td><td>")
                    .text(i.deadline() == null ? i.dueAsStated() : i.deadline() + (i.dueAsStated().length() < 10 && !i.dueAsStated().isEmpty()
                            ? " (" + i.dueAsStated() + ")" : "")).raw("</td><td>").text(String.join(", ", i.recurrence()))
                    .raw("</td><td class=\"status\">").text(status(i.status(), lang)).raw("</td><td>")
                    .link(i.document().iri(), i.document().label()).raw("</td><td><span class=\"span\">").text(i.evidence())
                    .raw("</span></td></tr>");
        }
        h.raw("</tbody></table></div>");
    }

    private static void byBearer(Html h, ObligationsReport.Result r, Lang lang) {
        h.raw("<section id=\"by-bearer\">").heading("bearer-heading", lang.pick("Theo chủ thể", "By bearer"));
        r.byBearer().forEach((bearer, items) -> {
            h.raw("<h3>").text((bearer.isEmpty() ? lang.pick("(không rõ)", "(unknown)") : bearer) + " (" + items.size() + ")").raw("</h3><ul>");
            for (Item i : items) {
                h.raw("<li>").text((i.deadline() == null ? status(i.status(), lang) : i.deadline().toString()) + " – ")
                        .text(shorten(i.action(), 160)).raw(" · ").link(i.document().iri(), i.document().number().isEmpty()
                                ? i.document().label() : i.document().number()).raw("</li>");
            }
            h.raw("</ul>");
        });
        h.raw("</section>");
    }

    private static String shorten(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
