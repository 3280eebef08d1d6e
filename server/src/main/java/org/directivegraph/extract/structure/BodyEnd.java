package org.directivegraph.extract.structure;

/**
 * Finds where the body of a document ends: the closing paragraph ("Trên đây là Kế hoạch …", "Yêu cầu các
 * ban, ngành … ./."), else the recipients ("Nơi nhận:"), else the signature block, else the end of the text.
 */
final class BodyEnd {

    private static final int MAX_PARAGRAPH_LINES = 12;

    private BodyEnd() {
    }

    /** The index of the last line at or after {@code fromLine} that starts with "Nơi nhận", or -1. */
    static int recipientsLine(String text, Lines lines, int fromLine) {
        for (int i = lines.size() - 1; i >= Math.max(0, fromLine); i--) {
            Line line = lines.get(i);
            int s = Markdown.skipLeading(text, line.start(), line.end());
            if (s < line.end() && startsWithNoiNhan(text, s, line.end())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithNoiNhan(String text, int s, int end) {
        String head = text.substring(s, Math.min(end, s + 12));
        return VietText.key(head).startsWith("nơi nhận");
    }

    /** The index of the first line at or after {@code fromLine} that starts with a signing capacity, or -1. */
    static int capacityLine(String text, Lines lines, int fromLine) {
        for (int i = Math.max(0, fromLine); i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.isBlank() && Capacities.at(text, line.start(), line.end()) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the body ends (a normalised index), looking from line {@code fromLine} (after the last section
     * heading): the start of the first line opening with "Trên đây"; else the start of the paragraph holding
     * the last "./." if it opens like a closing ("Yêu cầu", "Đề nghị", "Trong quá trình"); else the recipients
     * line, the first signing capacity, or the end of the text.
     */
    static int closingStart(String text, Lines lines, int fromLine) {
        int from = Math.max(0, fromLine);
        int recipients = recipientsLine(text, lines, from);
        int capacity = capacityLine(text, lines, from);
        int limitLine = lines.size();
        if (recipients >= 0) {
            limitLine = recipients;
        }
        if (capacity >= 0 && capacity < limitLine) {
            limitLine = capacity;
        }
        for (int i = from; i < limitLine; i++) {
            Line line = lines.get(i);
            if (!line.isBlank() && VietText.key(head(text, line)).startsWith("trên đây")) {
                return line.contentStart();
            }
        }
        for (int i = limitLine - 1; i >= from; i--) {
            Line line = lines.get(i);
            if (line.text().contains("./.")) {
                int k = i;
                for (int n = 0; n < MAX_PARAGRAPH_LINES; n++) {
                    int p = lines.previousNonBlank(k);
                    if (p < from || VietText.endsClause(lines.get(p).text())) {
                        break;
                    }
                    k = p;
                }
                Line first = lines.get(k);
                if (LayoutWords.startsWithAny(VietText.key(head(text, first)), LayoutWords.CLOSINGS)) {
                    return first.contentStart();
                }
                break;
            }
        }
        return limitLine < lines.size() ? lines.get(limitLine).start() : text.length();
    }

    private static String head(String text, Line line) {
        int s = Markdown.skipLeading(text, line.start(), line.end());
        return Markdown.clean(text.substring(s, Math.min(line.end(), s + 40)));
    }
}
