package org.directivegraph.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a generated plan as a plan text in the style of the seeds ({@code data/seeds/*.txt}): header block with the
 * issuer and number, the date line "…, ngày … tháng … năm …", the KẾ HOẠCH title, the opening that says what it
 * implements, Roman-numeral sections with numbered tasks, indicators, the organisation section with responsibilities
 * and reporting deadlines, Nơi nhận and the signature. Records where each part is, for the evidence spans.
 */
public final class PlanTextRenderer {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    /** Renders one plan; {@code fileName} names the text. */
    PlanText render(Plan p, String fileName) {
        Out out = new Out();
        out.start("issuer");
        out.line("ỦY BAN NHÂN DÂN");
        out.line(p.unitName().toUpperCase(Locale.ROOT));
        out.end("issuer");
        out.line("");
        out.text("Số: ");
        out.start("number");
        out.text((p.number() == null ? "      " : p.number()) + "/" + p.symbol());
        out.end("number");
        out.line("");
        out.line("");
        out.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        out.line("Độc lập - Tự do - Hạnh phúc");
        out.line("");
        out.start("date");
        out.text(p.placeName() + ", ngày " + p.date().getDayOfMonth() + " tháng " + two(p.date().getMonthValue())
                + " năm " + p.date().getYear());
        out.end("date");
        out.line("");
        out.line("");
        out.line("KẾ HOẠCH");
        out.start("title");
        out.text(p.title());
        out.end("title");
        out.line("");
        out.line("");
        int citation = 1;
        out.text("Thực hiện ");
        out.start("citation/" + citation++);
        out.text(p.implemented().text());
        out.end("citation/1");
        out.line(" về " + lower(p.implemented().subject()) + ";");
        for (Plan.Reference r : p.citations()) {
            out.text("Căn cứ ");
            String key = "citation/" + citation++;
            out.start(key);
            out.text(r.text());
            out.end(key);
            out.line(" về " + lower(r.subject()) + ";");
        }
        out.line("Ủy ban nhân dân " + lower(p.unitName()) + " ban hành Kế hoạch thực hiện công tác dân vận chính quyền năm "
                + p.period() + " như sau:");
        out.line("");
        int section = 0;
        section = heading(out, section, "MỤC ĐÍCH, YÊU CẦU");
        out.line("1. Nâng cao nhận thức, trách nhiệm của cán bộ, công chức về công tác dân vận chính quyền.");
        out.line("2. Việc triển khai thực hiện phải nghiêm túc, thiết thực, hiệu quả, phù hợp với tình hình địa phương.");
        out.line("");
        section = heading(out, section, "NHIỆM VỤ TRỌNG TÂM");
        List<Plan.Task> tasks = p.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            out.start("task/" + (i + 1));
            out.line((i + 1) + ". " + tasks.get(i).title());
            out.text(tasks.get(i).body());
            out.end("task/" + (i + 1));
            out.line("");
        }
        out.line("");
        if (!p.indicators().isEmpty()) {
            section = heading(out, section, "MỘT SỐ CHỈ TIÊU CỤ THỂ NĂM " + p.period());
            for (int i = 0; i < p.indicators().size(); i++) {
                out.text((i + 1) + ". ");
                out.start("indicator/" + (i + 1));
                out.text(p.indicators().get(i).text());
                out.end("indicator/" + (i + 1));
                out.line("");
            }
            out.line("");
        }
        heading(out, section, "TỔ CHỨC THỰC HIỆN");
        List<Plan.Responsibility> rs = p.responsibilities();
        for (int i = 0; i < rs.size(); i++) {
            out.start("responsibility/" + (i + 1));
            out.line((i + 1) + ". " + rs.get(i).bodyText());
            out.text("- " + rs.get(i).duty());
            out.end("responsibility/" + (i + 1));
            out.line("");
        }
        out.line((rs.size() + 1) + ". Chế độ báo cáo");
        for (int i = 0; i < p.obligations().size(); i++) {
            Plan.Obligation o = p.obligations().get(i);
            out.text("- ");
            out.start("obligation/" + (i + 1));
            out.text("Ủy ban nhân dân " + lower(p.unitName()) + " " + o.action() + " về " + o.addresseeText()
                    + " trước ngày " + o.due().getDayOfMonth() + "/" + o.due().getMonthValue() + "/" + o.due().getYear());
            out.end("obligation/" + (i + 1));
            out.line(".");
        }
        out.line("");
        out.line("Trên đây là Kế hoạch thực hiện công tác dân vận chính quyền năm " + p.period() + " của Ủy ban nhân dân "
                + lower(p.unitName()) + "./.");
        out.line("");
        out.line("Nơi nhận:");
        out.line("- " + (p.implemented().issuerText()) + ";");
        out.line("- Thường trực " + lower(p.unitName()) + ";");
        out.line("- Các ban, ngành, đoàn thể;");
        out.line("- Lưu: VT.");
        out.line("");
        out.start("signature");
        out.line("TM. ỦY BAN NHÂN DÂN");
        out.line("CHỦ TỊCH");
        out.line("");
        out.text(p.signerName());
        out.end("signature");
        out.line("");
        return new PlanText(fileName, out.sb.toString(), out.spans);
    }

    private static int heading(Out out, int section, String words) {
        out.start("section/" + (section + 1));
        out.text(ROMAN[section] + ". " + words);
        out.end("section/" + (section + 1));
        out.line("");
        return section + 1;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The text being written and the spans recorded so far. */
    private static final class Out {
        final StringBuilder sb = new StringBuilder();
        final Map<String, int[]> spans = new LinkedHashMap<>();

        void text(String s) {
            sb.append(s);
        }

        void line(String s) {
            sb.append(s).append('\n');
        }

        void start(String key) {
            spans.put(key, new int[] {sb.length(), -1});
        }

        void end(String key) {
            int[] span = spans.get(key);
            int end = sb.length();
            while (end > span[0] && sb.charAt(end - 1) == '\n') {
                end--;
            }
            span[1] = end;
        }
    }
}
