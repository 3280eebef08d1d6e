package org.directivegraph.extract.citation;

/**
 * The few landmarks of a document's layout that decide citation roles: where the first section heading is
 * (the preamble, with its "Căn cứ …" and "Thực hiện …", comes before it), and where the first item of the
 * purposes section ("MỤC ĐÍCH") is.
 *
 * <p>A section heading is a line that starts, after spaces and Markdown marks ("**", "###"), with a Roman
 * numeral and "." or ")" or "-" ("I. MỤC ĐÍCH, YÊU CẦU", "**II. NỘI DUNG**", "### III.", "I- MỤC ĐÍCH" in
 * Party documents), optionally after "Phần". A text without such a line falls back to its first "Điều 1" line or its first all-capital
 * numbered heading ("1. MỤC ĐÍCH"); a text without any has no section heading and is all preamble.</p>
 */
final class DocumentOutline {

    private final int firstSectionStart;
    private final int purposesItemStart;
    private final int purposesItemContent;
    private final int purposesFirstSentenceEnd;

    private DocumentOutline(int firstSectionStart, int itemStart, int itemContent, int sentenceEnd) {
        this.firstSectionStart = firstSectionStart;
        this.purposesItemStart = itemStart;
        this.purposesItemContent = itemContent;
        this.purposesFirstSentenceEnd = sentenceEnd;
    }

    /** The outline of a tokenised text. */
    static DocumentOutline of(TokenizedText t) {
        String raw = t.raw();
        int lines = t.lineCount();
        boolean roman = false;
        for (int l = 0; l < lines && !roman; l++) {
            roman = romanHeading(line(t, l));
        }
        int first = raw.length();
        int purposes = -1;
        for (int l = 0; l < lines; l++) {
            String s = line(t, l);
            if (roman ? romanHeading(s) : fallbackHeading(s)) {
                if (first == raw.length()) {
                    first = t.lineStart(l);
                }
                if (purposes < 0 && s.toUpperCase(java.util.Locale.ROOT).contains("MỤC ĐÍCH")) {
                    purposes = l;
                }
            }
        }
        if (purposes < 0) {
            return new DocumentOutline(first, -1, -1, -1);
        }
        int sectionEnd = lines;
        for (int l = purposes + 1; l < lines; l++) {
            String s = line(t, l);
            if (roman ? romanHeading(s) : fallbackHeading(s)) {
                sectionEnd = l;
                break;
            }
        }
        int item = -1;
        for (int l = purposes + 1; l < sectionEnd && item < 0; l++) {
            String s = line(t, l);
            if (s.isBlank() || t.isPageNumberLine(l) || stripMarks(s).isEmpty() || isSubheading(s)) {
                continue;
            }
            item = l;
        }
        if (item < 0) {
            return new DocumentOutline(first, -1, -1, -1);
        }
        int itemEnd = sectionEnd < lines ? t.lineStart(sectionEnd) : raw.length();
        for (int l = item + 1; l < sectionEnd; l++) {
            if (t.opensBlock(l)) {
                itemEnd = t.lineStart(l);
                break;
            }
        }
        int content = contentStart(raw, t.lineStart(item), itemEnd);
        int sentenceEnd = itemEnd;
        for (int i = content; i < itemEnd; i++) {
            if (raw.charAt(i) == '.' && (i + 1 >= raw.length() || Character.isWhitespace(raw.charAt(i + 1))
                    || raw.charAt(i + 1) == '/')) {
                sentenceEnd = i + 1;
                break;
            }
        }
        return new DocumentOutline(first, t.lineStart(item), content, sentenceEnd);
    }

    /** Char offset of the first section heading, or the text's length if there is none. */
    int firstSectionStart() {
        return firstSectionStart;
    }

    /** Start of the first item of the purposes section, or -1. */
    int purposesItemStart() {
        return purposesItemStart;
    }

    /** Start of that item's words, after its list marker, or -1. */
    int purposesItemContent() {
        return purposesItemContent;
    }

    /** End of that item's first sentence, or -1. */
    int purposesFirstSentenceEnd() {
        return purposesFirstSentenceEnd;
    }

    /** The start of a line: headings and sub-headings are short, so {@value #HEAD} chars are enough. */
    private static String line(TokenizedText t, int l) {
        return t.raw().substring(t.lineStart(l), Math.min(t.lineEnd(l), t.lineStart(l) + HEAD));
    }

    private static final int HEAD = 200;

    private static String stripMarks(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || "*#_>".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return s.substring(i);
    }

    /** "I. MỤC ĐÍCH", "**II. NỘI DUNG**", "### III.", "Phần I." */
    static boolean romanHeading(String line) {
        String s = stripMarks(line);
        if (s.startsWith("Phần ") || s.startsWith("PHẦN ")) {
            s = s.substring(5);
        }
        int j = 0;
        while (j < s.length() && "IVXL".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j == 0 || j >= s.length() || ".)-–".indexOf(s.charAt(j)) < 0 && !(s.charAt(j) == ' ' && j + 1 < s.length()
                && "-–".indexOf(s.charAt(j + 1)) >= 0)) {
            return false;
        }
        return j + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(j + 1));
    }

    /** "Điều 1.", "1. MỤC ĐÍCH, YÊU CẦU" (a numbered heading in capitals). */
    static boolean fallbackHeading(String line) {
        String s = stripMarks(line);
        if (s.startsWith("Điều ") && s.length() > 5 && Character.isDigit(s.charAt(5))) {
            return true;
        }
        int j = 0;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        if (j == 0 || j > 2 || j >= s.length() || s.charAt(j) != '.') {
            return false;
        }
        String rest = s.substring(j + 1).replace("*", "").strip();
        return rest.length() >= 4 && VietnameseText.isAllUpper(rest.replaceAll("[^\\p{L}]", ""));
    }

    /** "1. Mục đích", "a) Yêu cầu:": a sub-heading, not an item. */
    private static boolean isSubheading(String line) {
        String s = VietnameseText.key(stripMarks(line).replace("*", "")).replaceAll("^[0-9a-zđ]{1,2}[.)]\\s*", "")
                .replaceAll("[^\\p{L} ]", " ").strip();
        s = VietnameseText.collapseWhitespace(s);
        return s.equals("mục đích") || s.equals("yêu cầu") || s.equals("mục đích yêu cầu");
    }

    /** Where the words of a list item start: after spaces, Markdown marks and a list marker. */
    static int contentStart(String raw, int from, int to) {
        int i = from;
        while (i < to && (Character.isWhitespace(raw.charAt(i)) || "*#_".indexOf(raw.charAt(i)) >= 0)) {
            i++;
        }
        if (i < to && "-–+•·".indexOf(raw.charAt(i)) >= 0) {
            i++;
        } else {
            int j = i;
            while (j < to && j - i < 3 && (Character.isDigit(raw.charAt(j)) || j == i && Character.isLetter(raw.charAt(j)))) {
                j++;
            }
            if (j > i && j < to && (raw.charAt(j) == '.' || raw.charAt(j) == ')' || raw.charAt(j) == '-')
                    && (j - i == 1 || Character.isDigit(raw.charAt(i)))) {
                i = j + 1;
            }
        }
        while (i < to && (Character.isWhitespace(raw.charAt(i)) || "*_".indexOf(raw.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }
}
