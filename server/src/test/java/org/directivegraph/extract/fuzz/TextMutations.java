package org.directivegraph.extract.fuzz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Mutations of a plan's text, each described in words so that a failure says what was done: lines deleted,
 * duplicated (up to thousands of times) and swapped, the text cut at a random point, random Unicode inserted
 * (control characters, NUL, bidirectional marks, lone surrogates, stacked combining marks, non-characters, emoji),
 * lines of megabytes without a newline, thousands of numbered items, deeply nested numbering, repeated headings,
 * huge numbers, parts decomposed (NFD), other line ends, case changes, shuffled words and stray Markdown.
 */
final class TextMutations {

    /** A mutated text and what was done to it. */
    record Mutated(String text, String description) {
    }

    private record Op(String name, Mutation apply) {
    }

    /** One kind of mutation; {@code scale} sizes the big ones (1: megabyte lines, thousands of items). */
    private interface Mutation {
        Mutated apply(String text, Random random, double scale);
    }

    /** The most chars a mutated text may have: the document reader's limit. */
    static final int MAX_CHARS = 5_000_000;

    private static final String[] HEADINGS = {"II. TỔ CHỨC THỰC HIỆN", "I. MỤC ĐÍCH, YÊU CẦU", "## **III. NỘI DUNG**", "Nơi nhận:",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "KẾ HOẠCH", "Số: 12/KH-UBND", "IV. CHỈ TIÊU"};
    private static final String[] TOKENS = {"Số:", "ngày", "tháng", "năm", "2023", "/", "KH-UBND", "Căn cứ", "Thực hiện",
        "Quyết định số 23-QĐ/TW", "của", "Ủy ban nhân dân", "xã", "(", ")", "**", ";", ":", ".", "./.", "1.", "a)", "-",
        "báo cáo", "trước ngày 15/12", "hằng năm", "Nơi nhận", "Chủ trì", "phối hợp", "100%", "e\u0301", "\u00AD", "|", "\t"};
    private static final int[] STRANGE = {0x0000, 0x0001, 0x0007, 0x0008, 0x000B, 0x000C, 0x000D, 0x001B, 0x001F, 0x007F, 0x0085,
        0x009F, 0x00A0, 0x00AD, 0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x034F, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028,
        0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
        0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0xFF11, 0x0661, 0x4E00, 0x1F600, 0x10FFFF, 0xE000, 0x1EA0, 0x0110, 0x2116, 0x3000};

    private static final List<Op> OPS = List.of(
            new Op("delete lines", TextMutations::deleteLines),
            new Op("duplicate a line", TextMutations::duplicateLine),
            new Op("swap lines", TextMutations::swapLines),
            new Op("cut", TextMutations::cut),
            new Op("insert strange characters", TextMutations::insertStrange),
            new Op("long line", TextMutations::longLine),
            new Op("numbered items", TextMutations::numberedItems),
            new Op("nested numbering", TextMutations::nestedNumbering),
            new Op("repeated headings", TextMutations::repeatedHeadings),
            new Op("huge numbers", TextMutations::hugeNumbers),
            new Op("decompose a part", TextMutations::decomposePart),
            new Op("line ends", TextMutations::lineEnds),
            new Op("case", TextMutations::changeCase),
            new Op("shuffle words", TextMutations::shuffleWords),
            new Op("markdown noise", TextMutations::markdownNoise));

    private TextMutations() {
    }

    /** {@code text} with one to {@code max} random mutations, the big ones at {@code scale} of full size. */
    static Mutated mutate(String text, Random random, int max, double scale) {
        String t = text;
        List<String> done = new ArrayList<>();
        int n = 1 + random.nextInt(max);
        for (int i = 0; i < n; i++) {
            Op op = OPS.get(random.nextInt(OPS.size()));
            Mutated m = op.apply().apply(t, random, scale);
            if (m.text().length() <= MAX_CHARS) {
                t = m.text();
                done.add(m.description());
            }
        }
        return new Mutated(t, String.join("; then ", done));
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    private static Mutated joined(List<String> lines, String description) {
        return new Mutated(String.join("\n", lines), description);
    }

    static Mutated deleteLines(String text, Random r, double scale) {
        List<String> lines = lines(text);
        int n = 1 + r.nextInt(Math.max(1, lines.size() / 3));
        int from = r.nextInt(lines.size());
        int to = Math.min(lines.size(), from + (r.nextBoolean() ? 1 : n));
        lines.subList(from, to).clear();
        return joined(lines, "deleted lines " + from + "-" + (to - 1));
    }

    static Mutated duplicateLine(String text, Random r, double scale) {
        List<String> lines = lines(text);
        int at = r.nextInt(lines.size());
        int times = r.nextInt(4) == 0 ? (int) (scale * (1000 + r.nextInt(4000))) : 2 + r.nextInt(20);
        String line = lines.get(at);
        for (int i = 0; i < times && (long) text.length() + (long) (i + 1) * (line.length() + 1) < MAX_CHARS; i++) {
            lines.add(at, line);
        }
        return joined(lines, "line " + at + " repeated " + times + " times");
    }

    static Mutated swapLines(String text, Random r, double scale) {
        List<String> lines = lines(text);
        int swaps = 1 + r.nextInt(30);
        for (int i = 0; i < swaps; i++) {
            java.util.Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
        }
        return joined(lines, swaps + " pairs of lines swapped");
    }

    static Mutated cut(String text, Random r, double scale) {
        int at = r.nextInt(text.length() + 1);
        boolean keepEnd = r.nextInt(3) == 0;
        return new Mutated(keepEnd ? text.substring(at) : text.substring(0, at), (keepEnd ? "cut before char " : "cut at char ") + at);
    }

    static Mutated insertStrange(String text, Random r, double scale) {
        StringBuilder b = new StringBuilder(text);
        int n = 1 + r.nextInt(r.nextBoolean() ? 5 : 500);
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = STRANGE[r.nextInt(STRANGE.length)];
            int repeat = r.nextInt(10) == 0 ? 1 + r.nextInt(200) : 1;
            int at = r.nextInt(b.length() + 1);
            String s = new String(Character.toChars(cp)).repeat(repeat);
            b.insert(at, s);
            if (i < 8) {
                what.append(String.format(Locale.ROOT, " U+%04X×%d@%d", cp, repeat, at));
            }
        }
        return new Mutated(b.toString(), n + " strange characters inserted:" + what + (n > 8 ? " …" : ""));
    }

    static Mutated longLine(String text, Random r, double scale) {
        int size = (int) (scale * (200_000 + r.nextInt(1_800_000)));
        StringBuilder line = new StringBuilder(size + 100);
        boolean one = r.nextBoolean();
        String token = TOKENS[r.nextInt(TOKENS.length)];
        while (line.length() < size) {
            line.append(one ? token : TOKENS[r.nextInt(TOKENS.length)]).append(r.nextInt(4) == 0 ? "" : " ");
        }
        int at = r.nextInt(text.length() + 1);
        return new Mutated(text.substring(0, at) + line + text.substring(at),
                "a line of " + line.length() + " chars without a newline (" + (one ? "'" + token + "' repeated" : "random tokens")
                        + ") at " + at);
    }

    static Mutated numberedItems(String text, Random r, double scale) {
        int n = (int) (scale * (100 + r.nextInt(5000)));
        StringBuilder b = new StringBuilder();
        String style = new String[] {"%d. ", "%d) ", "%d.%d. ", "**%d. ", "- %d. "}[r.nextInt(5)];
        for (int i = 1; i <= n; i++) {
            b.append(String.format(Locale.ROOT, style, i, i)).append("Nhiệm vụ ").append(i).append(" thực hiện Kế hoạch số ")
                    .append(i).append("/KH-UBND ngày ").append(1 + i % 28).append("/").append(1 + i % 12).append("/2023\n");
        }
        int at = lineStart(text, r);
        return new Mutated(text.substring(0, at) + b + text.substring(at), n + " numbered items '" + style.strip() + "' at " + at);
    }

    static Mutated nestedNumbering(String text, Random r, double scale) {
        int depth = (int) (scale * (20 + r.nextInt(600)));
        StringBuilder b = new StringBuilder();
        StringBuilder number = new StringBuilder();
        boolean dotted = r.nextBoolean();
        for (int i = 1; i <= depth; i++) {
            if (dotted) {
                number.append(1 + r.nextInt(3)).append('.');
                b.append(number).append(" Mục cấp ").append(i).append('\n');
            } else {
                b.append(" ".repeat(Math.min(i, 200))).append(new String[] {"a)", "-", "+", "•", "1.", "(i)"}[i % 6])
                        .append(" Mục cấp ").append(i).append('\n');
            }
        }
        int at = lineStart(text, r);
        return new Mutated(text.substring(0, at) + b + text.substring(at), "numbering nested " + depth + " deep (" + (dotted ? "1.2.1." : "indented marks") + ") at " + at);
    }

    static Mutated repeatedHeadings(String text, Random r, double scale) {
        String heading = HEADINGS[r.nextInt(HEADINGS.length)];
        int n = (int) (scale * (100 + r.nextInt(4000)));
        int at = lineStart(text, r);
        String block = (heading + "\n").repeat(n);
        return new Mutated(text.substring(0, at) + block + text.substring(at), "'" + heading + "' repeated " + n + " times at " + at);
    }

    static Mutated hugeNumbers(String text, Random r, double scale) {
        String huge = r.nextBoolean() ? "9".repeat(12 + r.nextInt(40)) : "0";
        StringBuilder b = new StringBuilder(text.length());
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) && r.nextInt(3) == 0) {
                while (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    i++;
                }
                b.append(huge);
                replaced++;
            } else {
                b.append(c);
            }
        }
        return new Mutated(b.toString(), replaced + " numbers replaced by " + (huge.length() > 1 ? huge.length() + " nines" : "0"));
    }

    static Mutated decomposePart(String text, Random r, double scale) {
        int from = r.nextInt(text.length() + 1);
        int to = from + r.nextInt(text.length() - from + 1);
        if (from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from)) || to < text.length() && to > 0 && Character.isLowSurrogate(text.charAt(to))) {
            return new Mutated(text, "nothing decomposed (a surrogate pair at the border)");
        }
        return new Mutated(text.substring(0, from) + Normalizer.normalize(text.substring(from, to), Normalizer.Form.NFD)
                + text.substring(to), "chars " + from + "-" + to + " decomposed (NFD)");
    }

    static Mutated lineEnds(String text, Random r, double scale) {
        String end = new String[] {"\r\n", "\r", "\u2028", "\f", "\u000B", "", " "}[r.nextInt(7)];
        return new Mutated(text.replace("\n", end), "line ends replaced by " + end.chars().mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c)).toList());
    }

    static Mutated changeCase(String text, Random r, double scale) {
        int from = r.nextInt(text.length() + 1);
        int to = from + r.nextInt(text.length() - from + 1);
        boolean upper = r.nextBoolean();
        String part = text.substring(from, to);
        String changed = upper ? part.toUpperCase(Locale.ROOT) : part.toLowerCase(Locale.ROOT);
        return new Mutated(text.substring(0, from) + changed + text.substring(to), "chars " + from + "-" + to + (upper ? " upper" : " lower") + " case");
    }

    static Mutated shuffleWords(String text, Random r, double scale) {
        List<String> lines = lines(text);
        int n = 1 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(lines.size());
            List<String> words = new ArrayList<>(Arrays.asList(lines.get(at).split(" ")));
            java.util.Collections.shuffle(words, r);
            lines.set(at, String.join(" ", words));
        }
        return joined(lines, "words shuffled in " + n + " lines");
    }

    static Mutated markdownNoise(String text, Random r, double scale) {
        List<String> lines = lines(text);
        String[] marks = {"**", "#", "## ", "> ", "| ", "\\", "`", "__", "* ", "***"};
        int n = 1 + r.nextInt(Math.max(1, lines.size()));
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(lines.size());
            String mark = marks[r.nextInt(marks.length)];
            lines.set(at, r.nextBoolean() ? mark + lines.get(at) : mark.repeat(1 + r.nextInt(50)));
        }
        return joined(lines, "markdown marks at " + n + " lines");
    }

    private static int lineStart(String text, Random r) {
        int at = r.nextInt(text.length() + 1);
        int nl = text.lastIndexOf('\n', Math.max(0, at - 1));
        return at == 0 ? 0 : nl + 1;
    }
}
