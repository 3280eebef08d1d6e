package org.directivegraph.extract.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * Plan texts of hostile shapes, built on purpose rather than by chance: the traps a random mutation seldom
 * reaches at full size. Several of them found quadratic work in the extractor (noted at each).
 */
final class HostileShapes {

    private HostileShapes() {
    }

    /** Each shape by name, as a change of a plan's text; {@code scale} sizes them (1: the sizes in the names). */
    static Map<String, UnaryOperator<String>> all(double scale) {
        IntUnaryOperator n = full -> Math.max(1, (int) (full * scale));
        Map<String, UnaryOperator<String>> shapes = new LinkedHashMap<>();
        shapes.put("a 4 MB line of one token", t -> t + "Số: 12/KH-UBND ".repeat(n.applyAsInt(270_000)));
        shapes.put("a 2 MB line of random tokens", t -> half(t) + randomTokens(n.applyAsInt(2_000_000), 11) + half2(t));
        shapes.put("the whole text on one line, 80 times", t -> t.replace('\n', ' ').repeat(n.applyAsInt(80)));
        shapes.put("10,000 numbered items", t -> half(t) + items(n.applyAsInt(10_000)) + half2(t));
        shapes.put("numbering nested 1,500 deep", t -> half(t) + dotted(n.applyAsInt(1_500)) + half2(t));
        shapes.put("marks indented 5,000 levels", t -> half(t) + indented(n.applyAsInt(5_000)) + half2(t));
        // quadratic before: each position line after the signature was appended to the position (SignatureParser)
        shapes.put("8,000 section headings after the signature", t -> t + "II. TỔ CHỨC THỰC HIỆN\n".repeat(n.applyAsInt(8_000)));
        // quadratic before: the bullets of an item were cut out of it one by one (ResponsibilityReader)
        shapes.put("6,000 bullet bodies in one organisation item", t -> organisation(t, n.applyAsInt(6_000)));
        // quadratic before: every line skipped the marks of all the lines after it (Markdown.skipLeading)
        shapes.put("40,000 lines of Markdown marks alone", t -> t + "**\n".repeat(n.applyAsInt(40_000)));
        shapes.put("40,000 lines of a lone letter item", t -> half(t) + "a)\n".repeat(n.applyAsInt(40_000)) + half2(t));
        // quadratic before: the purposes item's opening words were looked for once per citation (CitationRoles)
        shapes.put("a megabyte of marks before the purposes' citations", t -> "I. MỤC ĐÍCH, YÊU CẦU\n1. " + "*".repeat(n.applyAsInt(1_000_000))
                + "Thực hiện Kế hoạch số 1/KH-UBND ngày 2/3/2023 của UBND huyện, ".repeat(n.applyAsInt(20_000)) + "\n" + t);
        shapes.put("30,000 citations in the preamble", t -> "Căn cứ Quyết định số 12/QĐ-UBND ngày 12/3/2023 của Ủy ban nhân dân tỉnh;\n"
                .repeat(n.applyAsInt(30_000)) + t);
        shapes.put("a megabyte of combining marks on one letter", t -> half(t) + "a" + "\u0301".repeat(n.applyAsInt(1_000_000)) + half2(t));
        shapes.put("200,000 empty lines", t -> half(t) + "\n".repeat(n.applyAsInt(200_000)) + half2(t));
        shapes.put("a megabyte of NUL and control characters", t -> half(t) + controls(n.applyAsInt(1_000_000)) + half2(t));
        shapes.put("a megabyte of lone surrogates", t -> half(t) + "\uD800\uDFFF\uDC00".repeat(n.applyAsInt(350_000)) + half2(t));
        shapes.put("60,000 recipients", t -> t + "\nNơi nhận:\n" + "- UBND huyện;\n".repeat(n.applyAsInt(60_000)));
        shapes.put("5,000 signature blocks", t -> t + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n".repeat(n.applyAsInt(5_000)));
        shapes.put("20,000 reporting deadlines", t -> organisation(t, 0) + "Báo cáo kết quả về UBND huyện trước ngày 15/12 hằng năm.\n"
                .repeat(n.applyAsInt(20_000)));
        shapes.put("bidirectional overrides around every char", t -> t.chars().collect(StringBuilder::new,
                (b, c) -> b.append('\u202E').append((char) c).append('\u202C'), StringBuilder::append).toString());
        return shapes;
    }

    private static String half(String t) {
        int at = t.indexOf('\n', t.length() / 2);
        return at < 0 ? t : t.substring(0, at + 1);
    }

    private static String half2(String t) {
        int at = t.indexOf('\n', t.length() / 2);
        return at < 0 ? "" : t.substring(at + 1);
    }

    private static String randomTokens(int size, long seed) {
        String[] tokens = {"Số:", "ngày", "tháng", "năm", "2023", "/", "KH-UBND", "Căn cứ", "Thực hiện", "của", "(", ")", "**", ";",
            "1.", "a)", "-", "Nơi nhận", "TM.", "CHỦ TỊCH", "báo cáo", "trước ngày 15/12"};
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(size + 20);
        while (b.length() < size) {
            b.append(tokens[r.nextInt(tokens.length)]).append(' ');
        }
        return b.toString();
    }

    private static String items(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append(i).append(". Nhiệm vụ ").append(i).append(" thực hiện Kế hoạch số ").append(i).append("/KH-UBND\n");
        }
        return b.toString();
    }

    private static String dotted(int depth) {
        StringBuilder b = new StringBuilder();
        StringBuilder number = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            number.append("1.");
            b.append(number).append(" Mục ").append(i).append('\n');
        }
        return b.toString();
    }

    private static String indented(int depth) {
        String[] marks = {"a)", "-", "+", "•", "1.", "(i)"};
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            b.append(" ".repeat(i % 300)).append(marks[i % marks.length]).append(" Mục ").append(i).append('\n');
        }
        return b.toString();
    }

    private static String controls(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) (i % 32));
        }
        return b.toString();
    }

    /** The text with an organisation section whose first item has {@code bullets} bullets naming a body each. */
    private static String organisation(String t, int bullets) {
        return t + "\nIII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng UBND phường\n"
                + "- Bộ phận Văn hóa - Xã hội: Chủ động phối hợp với các ban, ngành đăng tin, bài tuyên truyền.\n".repeat(bullets);
    }
}
