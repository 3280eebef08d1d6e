package org.directivegraph.extract.organisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.directivegraph.extract.structure.DocumentStructure;
import org.directivegraph.extract.structure.Item;
import org.directivegraph.extract.structure.Section;

/**
 * Reads the items of indicator sections (Chỉ tiêu): the first figure of the item with its unit ("100%",
 * "95,5 %", "02 cuộc"), the comparator its words give ("trở lên", "ít nhất", "tối thiểu", "không dưới" = at
 * least; "trở xuống", "tối đa", "không quá" = at most; otherwise exactly) and the population the figure
 * counts (the words after a percentage up to the verb: "100% cán bộ, công chức được …"). An item without a
 * figure is still an indicator, without target.
 */
public final class IndicatorReader {

    private static final Pattern FIGURE = Pattern.compile(
            "(?u)(?:(ít nhất|tối thiểu|không dưới|tối đa|không quá)\\s+)?(\\d{1,3}(?:[.,]\\d+)?)\\s*(%|phần trăm|cuộc|lượt|người|buổi|lớp|mô hình|văn bản)(?:\\s+(trở lên|trở xuống))?");
    private static final Pattern POPULATION_END = Pattern.compile(
            "(?u)\\s(được|có|triển khai|thực hiện|tham gia|đạt|hoàn thành|xây dựng|tổ chức|ban hành)\\s");

    /** The indicators of the document's indicator sections, in order. */
    public List<Indicator> read(DocumentStructure structure) {
        List<Indicator> out = new ArrayList<>();
        for (Section section : structure.sections()) {
            if (!section.kind().equals("indicators")) {
                continue;
            }
            for (Item item : structure.itemsOf(section)) {
                out.add(read(item));
            }
        }
        return out;
    }

    static Indicator read(Item item) {
        String text = item.span().text().replace("*", "").replaceAll("\\s+", " ").strip().replaceFirst("^\\d+[.)]\\s*", "");
        Matcher f = FIGURE.matcher(text);
        if (!f.find()) {
            return new Indicator(item.ordinal(), text, null, null, null, null, item.span());
        }
        BigDecimal target = new BigDecimal(f.group(2).replace(',', '.'));
        String unit = f.group(3).equals("phần trăm") ? "%" : f.group(3);
        String before = f.group(1) == null ? "" : f.group(1).toLowerCase(Locale.ROOT);
        String after = f.group(4) == null ? "" : f.group(4);
        String comparator = before.matches("ít nhất|tối thiểu|không dưới") || after.equals("trở lên") ? "at-least"
                : before.matches("tối đa|không quá") || after.equals("trở xuống") ? "at-most" : "exactly";
        String rest = text.substring(f.end()).strip();
        Matcher end = POPULATION_END.matcher(" " + rest + " ");
        String population = end.find() && end.start() > 0 ? rest.substring(0, end.start() - 0).strip() : null;
        if (population != null && (population.isEmpty() || population.length() > 120)) {
            population = null;
        }
        return new Indicator(item.ordinal(), text, target, unit, comparator, population, item.span());
    }
}
