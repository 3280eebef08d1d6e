package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the title of an item, lines joined and Markdown removed: its bold heading ("## **2. Gắn thực hiện
 * …**"); else its heading when the layout sets one apart from the item's text (the words before its first
 * bullet or sub-item, or before a capitalised line after a short line: "1. Mục đích" / "- Xác định …");
 * else its first sentence, up to the first '.' that ends a sentence ("Khoản 2." and "TP." do not).
 */
final class ItemTitles {

    private static final int MAX_CHARS = 600;
    /** A heading set apart from its item's text is the title whole up to this length, else its first sentence. */
    private static final int MAX_HEADING = 400;
    private static final Set<String> ABBREVIATIONS = Set.of("TP", "Tp", "TX", "Tx", "TT", "ThS", "TS", "GS", "PGS",
            "BS", "St", "v.v", "Th", "Tr", "tr", "Q", "P");

    private static final Set<String> PART_WORDS = Set.copyOf(LayoutWords.keys("khoản", "điều", "mục", "điểm", "phần",
            "chương", "tiết"));

    private ItemTitles() {
    }

    /** A title and its range in the normalised text. */
    record Title(String text, int start, int end) {
    }

    /**
     * The title of the item whose words start at {@code textStart} on line {@code firstLine} and which ends
     * at {@code end}; {@code bold} when its number stands inside bold marks; {@code itemLines} are the lines
     * where (sub-)items start. Null when it has no words.
     */
    static Title of(String text, Lines lines, int firstLine, int textStart, int end, boolean bold, java.util.Set<Integer> itemLines) {
        if (bold) {
            Title heading = boldHeading(text, textStart, end);
            if (heading != null) {
                return heading;
            }
        }
        List<TextRange> segments = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        String previous = null;
        boolean previousShort = false;
        boolean layoutBreak = false;
        for (int k = firstLine; k < lines.size(); k++) {
            Line line = lines.get(k);
            int s = k == firstLine ? textStart : line.contentStart();
            if (s >= end || line.start() >= end) {
                break;
            }
            int e = Math.min(Math.min(line.contentEnd(), end), s + 2 * MAX_CHARS);
            if (s >= e) {
                continue;
            }
            String words = text.substring(s, e);
            if (k > firstLine) {
                if (VietText.isPageNumber(words.strip())) {
                    continue;
                }
                // previous is null when the number stood alone on its line: the title starts on this one
                if (itemLines.contains(k) || SectionHeadings.match(text, line) != null
                        || previous != null && endsHeading(previous, previousShort, words)) {
                    layoutBreak = true;
                    break;
                }
            }
            if (buffer.length() > 0) {
                buffer.append(' ');
            }
            segments.add(new TextRange(s, e));
            buffer.append(words);
            previous = words;
            previousShort = line.contentEnd() - line.contentStart() < 0.6 * Math.max(60, lines.typicalWidth());
            if (buffer.length() > MAX_CHARS) {
                break;
            }
        }
        if (segments.isEmpty()) {
            return null;
        }
        int cut;
        if (layoutBreak && Markdown.clean(buffer.toString()).length() <= MAX_HEADING) {
            // a heading set apart from the item's text (by bullets, sub-items, a line break): all of it
            cut = buffer.length();
        } else {
            cut = sentenceEnd(buffer);
            if (cut < 0) {
                cut = Math.min(buffer.length(), MAX_CHARS);
                if (cut < buffer.length()) {
                    int space = buffer.lastIndexOf(" ", cut);
                    cut = space > 0 ? space : cut;
                }
            }
        }
        String title = stripEnd(Markdown.clean(buffer.substring(0, cut)));
        if (title.isEmpty()) {
            return null;
        }
        int titleEnd = toText(segments, cut);
        while (titleEnd > segments.get(0).start() && (Character.isWhitespace(text.charAt(titleEnd - 1)) || text.charAt(titleEnd - 1) == '*')) {
            titleEnd--;
        }
        return new Title(title, segments.get(0).start(), titleEnd);
    }

    /** The text inside the bold marks that open at or just before {@code textStart}, when they close within the item. */
    private static Title boldHeading(String text, int textStart, int end) {
        int s = textStart;
        int limit = Math.min(end, textStart + MAX_CHARS + 10);
        int close = -1;
        for (int i = s; i + 1 < limit; i++) {
            char c = text.charAt(i);
            if ((c == '*' || c == '_') && text.charAt(i + 1) == c) {
                close = i;
                break;
            }
            if (c == '\n' && i + 1 < limit && text.charAt(i + 1) == '\n') {
                break;
            }
        }
        if (close <= s) {
            return null;
        }
        String title = stripEnd(Markdown.clean(text.substring(s, close)));
        if (title.isEmpty()) {
            return null;
        }
        int e = close;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Title(title, s, e);
    }

    /** The length of a bullet mark ("- ", "+ ", "• ") at the start of {@code words}, or 0. */
    static int bulletEnd(String words) {
        int i = 0;
        while (i < words.length() && Character.isWhitespace(words.charAt(i))) {
            i++;
        }
        if (i + 1 < words.length() && words.charAt(i) == '\\') {
            i++;
        }
        if (i < words.length() && "-+•–—●▪◦·".indexOf(words.charAt(i)) >= 0) {
            int j = i + 1;
            if (j < words.length() && Character.isWhitespace(words.charAt(j))) {
                while (j < words.length() && Character.isWhitespace(words.charAt(j))) {
                    j++;
                }
                return j;
            }
        }
        return 0;
    }

    /**
     * Whether the item's first paragraph ended before {@code words}: a bullet (unless it continues the
     * sentence: "chính trị \n- xã hội"), a closing bold mark, or a capitalised line after a short line or
     * opening with a verb that starts a sentence (a heading without period).
     */
    private static boolean endsHeading(String previous, boolean previousShort, String words) {
        int bullet = bulletEnd(words);
        if (bullet > 0) {
            return VietText.endsClause(previous) || !VietText.startsLower(words.substring(bullet));
        }
        String previousTrimmed = previous.strip();
        if (previousTrimmed.endsWith("**") || previousTrimmed.endsWith("__")) {
            return true;
        }
        char last = previousTrimmed.isEmpty() ? ' ' : previousTrimmed.charAt(previousTrimmed.length() - 1);
        if (last == ',' || last == ';' || last == '(') {
            return false;
        }
        String clean = Markdown.clean(words.length() > 80 ? words.substring(0, 80) : words);
        if (!VietText.startsUpper(clean)) {
            return false;
        }
        return previousShort || LayoutWords.startsWithAny(VietText.keyOfStart(clean, 40), LayoutWords.SENTENCE_OPENERS);
    }

    /** The index in {@code buffer} where its first sentence ends (the '.', '!' or '?'), or -1. */
    static int sentenceEnd(CharSequence buffer) {
        int n = buffer.length();
        for (int i = 0; i < n; i++) {
            char c = buffer.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int j = i;
                while (j < n && buffer.charAt(j) == c) {
                    j++;
                }
                int k = j;
                while (k < n && "*_”\"’')".indexOf(buffer.charAt(k)) >= 0) {
                    k++;
                }
                boolean atBreak = k >= n || Character.isWhitespace(buffer.charAt(k));
                if (atBreak && !(c == '.' && j - i == 1 && isAbbreviation(buffer, i))) {
                    return i;
                }
                i = j - 1;
            }
        }
        return -1;
    }

    private static boolean isAbbreviation(CharSequence buffer, int dot) {
        int s = dot;
        while (s > 0 && !Character.isWhitespace(buffer.charAt(s - 1)) && buffer.charAt(s - 1) != '(') {
            s--;
        }
        String token = buffer.subSequence(s, dot).toString();
        if (!token.isEmpty() && token.length() <= 2 && token.chars().allMatch(Character::isDigit)) {
            // "Khoản 2. Điều 5": the number of a part of a text, not the end of a sentence
            int e = s;
            while (e > 0 && Character.isWhitespace(buffer.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(buffer.charAt(b - 1))) {
                b--;
            }
            return PART_WORDS.contains(VietText.key(buffer.subSequence(b, e).toString()));
        }
        return ABBREVIATIONS.contains(token) || token.length() == 1 && Character.isUpperCase(token.charAt(0));
    }

    private static String stripEnd(String title) {
        int e = title.length();
        while (e > 0 && (" .;:,-–/".indexOf(title.charAt(e - 1)) >= 0)) {
            e--;
        }
        return title.substring(0, e);
    }

    private static int toText(List<TextRange> segments, int bufferIndex) {
        int offset = 0;
        for (TextRange r : segments) {
            int length = r.end() - r.start();
            if (bufferIndex <= offset + length) {
                return r.start() + (bufferIndex - offset);
            }
            offset += length + 1;
        }
        return segments.get(segments.size() - 1).end();
    }
}
