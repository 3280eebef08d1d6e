package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which numbered lines of a section are items. A number is an item only when it is the one
 * expected: the next number at its level, 1 (or 'a', or "N.1") to open a level under the current item, 1
 * to open the section, or the number after the previous section's last item when a document numbers
 * across sections. A number that continues a wrapped phrase ("Khoản\n2. Điều 5") is not an item. When the
 * section's first number is 2 and text stands before it, the first item lost its number in conversion:
 * it is added, unnumbered, from the section's first line.
 */
final class ItemSequence {

    private static final Set<String> CONTINUING_WORDS = Set.copyOf(LayoutWords.keys("số", "khoản", "điều", "mục",
            "điểm", "phần", "chương", "tiết", "ngày", "tháng", "năm", "lần", "thứ", "đoạn", "giai", "quý", "kỳ", "tại",
            "và", "hoặc"));

    private ItemSequence() {
    }

    /**
     * The items of the lines from {@code fromLine} up to text index {@code end}, in order;
     * {@code lastTop} is the number of the previous section's last item (0 when none).
     */
    static List<OpenItem> read(String text, Lines lines, int fromLine, int end, int lastTop) {
        List<OpenItem> found = new ArrayList<>();
        List<OpenItem> stack = new ArrayList<>();
        int firstContentLine = -1;
        int previousLine = -1;
        for (int i = Math.max(0, fromLine); i < lines.size() && lines.get(i).start() < end; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            ItemNumbers.Candidate c = ItemNumbers.match(text, line);
            if (c != null && !continuesPhrase(lines, previousLine)) {
                Decision d = decide(c, i, stack, found.isEmpty(), lastTop, firstContentLine >= 0);
                if (d != null) {
                    if (d.lostFirst()) {
                        OpenItem lost = lostFirst(text, lines, firstContentLine);
                        found.add(lost);
                        stack.add(lost);
                    }
                    while (!stack.isEmpty() && stack.get(stack.size() - 1) != d.item().parent) {
                        stack.remove(stack.size() - 1);
                    }
                    stack.add(d.item());
                    found.add(d.item());
                }
            }
            if (firstContentLine < 0 && !VietText.isPageNumber(line.trimmed())) {
                firstContentLine = i;
            }
            previousLine = i;
        }
        return found;
    }

    /** An accepted item, and whether an unnumbered first item must be added before it. */
    private record Decision(OpenItem item, boolean lostFirst) {
    }

    /** Whether the line before a numbered line ends inside a phrase that a number continues ("Khoản", "số"). */
    private static boolean continuesPhrase(Lines lines, int previousLine) {
        if (previousLine < 0) {
            return false;
        }
        Line line = lines.get(previousLine);
        String previous = Markdown.clean(line.text().substring(Math.max(0, line.text().length() - 60)));
        if (VietText.endsClause(previous)) {
            return false;
        }
        int space = previous.lastIndexOf(' ');
        return CONTINUING_WORDS.contains(VietText.key(previous.substring(space + 1)));
    }

    private static Decision decide(ItemNumbers.Candidate c, int lineIndex, List<OpenItem> stack, boolean none,
                                   int lastTop, boolean textBefore) {
        return switch (c.style()) {
            case ARABIC -> arabic(c, lineIndex, stack, none, lastTop, textBefore);
            case DECIMAL -> decimal(c, lineIndex, stack);
            case LETTER -> letter(c, lineIndex, stack, none);
        };
    }

    private static Decision arabic(ItemNumbers.Candidate c, int lineIndex, List<OpenItem> stack, boolean none,
                                   int lastTop, boolean textBefore) {
        int v = c.parts()[0];
        for (int k = stack.size() - 1; k >= 0; k--) {
            OpenItem o = stack.get(k);
            if (o.style == ItemNumbers.Style.ARABIC) {
                return v == o.parts[0] + 1 ? accept(c, lineIndex, o.parent) : null;
            }
        }
        if (!none) {
            return null;
        }
        if (v == 1 || lastTop > 0 && v == lastTop + 1) {
            return accept(c, lineIndex, null);
        }
        return v == 2 && textBefore ? new Decision(OpenItem.of(c, lineIndex, null), true) : null;
    }

    private static Decision decimal(ItemNumbers.Candidate c, int lineIndex, List<OpenItem> stack) {
        int[] p = c.parts();
        for (int k = stack.size() - 1; k >= 0; k--) {
            OpenItem o = stack.get(k);
            if (o.style == ItemNumbers.Style.DECIMAL && o.parts.length == p.length && samePrefix(o.parts, p, p.length - 1)) {
                return p[p.length - 1] == o.parts[p.length - 1] + 1 ? accept(c, lineIndex, o.parent) : null;
            }
            boolean parentMatches = o.style == ItemNumbers.Style.ARABIC && p.length == 2 && o.parts[0] == p[0]
                    || o.style == ItemNumbers.Style.DECIMAL && o.parts.length == p.length - 1 && samePrefix(o.parts, p, p.length - 1);
            if (parentMatches) {
                return p[p.length - 1] == 1 ? accept(c, lineIndex, o) : null;
            }
        }
        return null;
    }

    private static Decision letter(ItemNumbers.Candidate c, int lineIndex, List<OpenItem> stack, boolean none) {
        int v = c.parts()[0];
        if (!stack.isEmpty()) {
            OpenItem top = stack.get(stack.size() - 1);
            if (top.style == ItemNumbers.Style.LETTER) {
                return ItemNumbers.Letters.follows(top.parts[0], v) ? accept(c, lineIndex, top.parent) : null;
            }
            return v == 0 ? accept(c, lineIndex, top) : null;
        }
        return none && v == 0 ? accept(c, lineIndex, null) : null;
    }

    private static Decision accept(ItemNumbers.Candidate c, int lineIndex, OpenItem parent) {
        return new Decision(OpenItem.of(c, lineIndex, parent), false);
    }

    private static boolean samePrefix(int[] a, int[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first item of a section whose number was lost: the text from the section's first line. */
    private static OpenItem lostFirst(String text, Lines lines, int firstContentLine) {
        Line line = lines.get(firstContentLine);
        int start = line.contentStart();
        int words = Markdown.skipLeading(text, start, line.end());
        int bullet = ItemTitles.bulletEnd(text.substring(words, line.end()));
        int textStart = Markdown.skipLeading(text, words + bullet);
        return new OpenItem(ItemNumbers.Style.ARABIC, new int[] {1}, null, firstContentLine, start, textStart, false, null);
    }
}
