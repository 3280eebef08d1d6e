package org.directivegraph.extract.structure;

/**
 * Finds the title (trích yếu) of a document: the lines after the type line, up to a separator, a section
 * heading or item, a paragraph opening ("Căn cứ", "Thực hiện" — except on the first title line), a line
 * after one that ends a sentence, or a line in capitals after lines that are not (the authority line of a
 * decision: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
 */
final class TitleLines {

    private static final int MAX_TITLE_LINES = 10;
    private static final int MAX_TITLE_CHARS = 600;

    private TitleLines() {
    }

    /** The range of the title after the type line, or null when there is none. */
    static TextRange after(String text, Lines lines, TypeLine type) {
        int start = -1;
        int end = -1;
        boolean firstUpper = false;
        boolean firstBold = false;
        String previous = null;
        int count = 0;
        int first = type.titleStart() >= 0 ? type.lineIndex() : type.lineIndex() + 1;
        for (int i = first; i < lines.size() && count < MAX_TITLE_LINES; i++) {
            Line line = lines.get(i);
            int from = i == type.lineIndex() ? type.titleStart() : line.start();
            if (line.isBlank() || from >= line.end()) {
                continue;
            }
            if (line.end() - from > MAX_TITLE_CHARS) {
                break;
            }
            String raw = text.substring(from, line.end());
            String words = Markdown.clean(raw);
            if (VietText.letters(words) + countDigits(words) == 0) {
                if (start >= 0) {
                    break;
                }
                continue;
            }
            if (VietText.isPageNumber(words)) {
                continue;
            }
            if (SectionHeadings.match(text, line) != null || ItemNumbers.match(text, line) != null) {
                break;
            }
            String key = VietText.keyOfStart(words, 40);
            boolean bold = raw.strip().startsWith("**") || raw.strip().startsWith("__");
            if (start < 0) {
                if (key.startsWith("căn cứ") || key.startsWith("kính gửi")) {
                    break;
                }
                firstUpper = VietText.isUppercase(words);
                firstBold = bold;
            } else {
                if (endsSentence(previous)
                        || LayoutWords.startsWithAny(key, LayoutWords.OPENINGS)
                        || !firstUpper && VietText.isUppercase(words)
                        || firstBold && !bold
                        || end - start + words.length() > MAX_TITLE_CHARS) {
                    break;
                }
            }
            if (start < 0) {
                start = Markdown.skipLeading(text, from, line.end());
            }
            end = Markdown.skipTrailing(text, from, line.end());
            previous = words;
            count++;
        }
        if (start >= 0 && end > start + 1 && text.charAt(end - 1) == '.' && text.charAt(end - 2) != '.') {
            // a title is not a sentence: its closing period is left out
            end--;
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '*')) {
                end--;
            }
        }
        return start >= 0 && end > start ? new TextRange(start, end) : null;
    }

    private static boolean endsSentence(String words) {
        String t = words.strip();
        while (!t.isEmpty() && "”\"’')".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith(".");
    }

    private static int countDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
