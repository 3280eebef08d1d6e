package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the end of a document, after the body: the recipients under "Nơi nhận:" and the signature block,
 * which the page prints side by side and conversion puts one after the other, or interleaved row by row
 * ("- UBND huyện; CHỦ TỊCH"), or apart with a run of spaces or a table bar. Each line is cut into
 * fragments and each fragment is given the part it plays.
 */
final class TailLayout {

    private static final int LINES_WITHOUT_MARKERS = 25;

    /** The part a fragment plays. */
    enum Kind {
        /** "Nơi nhận:" */
        LABEL,
        /** A line of the recipients list. */
        RECIPIENT,
        /** The rest of the previous recipient, wrapped onto this line. */
        CONTINUATION,
        /** A purpose note after the previous recipient, in a column of its own ("(B/cáo)"). */
        NOTE,
        /** A signing capacity line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). */
        CAPACITY,
        /** The rest of the body signed for, wrapped ("TM. ỦY BAN NHÂN DÂN" / "XÃ NAM CHÍNH"). */
        BODY_MORE,
        /** The signer's position ("PHÓ CHỦ TỊCH"). */
        POSITION,
        /** The signer's name. */
        NAME,
        /** Anything else. */
        OTHER
    }

    /** A fragment of a line: its part, its range (marks excluded) and its words (Markdown removed). */
    record Fragment(Kind kind, int lineIndex, int start, int end, String words, String capacity) {
    }

    private final List<Fragment> fragments;

    private TailLayout(List<Fragment> fragments) {
        this.fragments = List.copyOf(fragments);
    }

    /** The fragments of the tail, in text order. */
    List<Fragment> fragments() {
        return fragments;
    }

    /** Reads the tail of a text. */
    static TailLayout of(String text, Lines lines) {
        int label = BodyEnd.recipientsLine(text, lines, 0);
        int dots = -1;
        for (int i = (label >= 0 ? label : lines.size()) - 1; i >= 0; i--) {
            if (lines.get(i).text().contains("./.")) {
                dots = i;
                break;
            }
        }
        int start;
        if (label >= 0) {
            start = dots >= 0 && dots < label ? dots + 1 : label;
            for (int k = start - 1; k >= Math.max(0, start - 15); k--) {
                Line line = lines.get(k);
                if (!line.isBlank() && Capacities.at(text, line.start(), line.end()) != null) {
                    start = k;
                }
            }
        } else if (dots >= 0) {
            start = dots + 1;
        } else {
            start = Math.max(0, lines.size() - LINES_WITHOUT_MARKERS);
        }
        return new TailLayout(read(text, lines, start));
    }

    private static List<Fragment> read(String text, Lines lines, int startLine) {
        Reader reader = new Reader(text, lines);
        for (int i = startLine; i < lines.size(); i++) {
            reader.line(i);
        }
        return reader.out;
    }

    /** Reads the tail line by line, remembering where in the list and the block it is. */
    private static final class Reader {
        final String text;
        final Lines lines;
        final List<Fragment> out = new ArrayList<>();
        boolean inRecipients;
        boolean listEnded;
        boolean sawCapacity;
        boolean sawSignature;
        boolean sawName;
        boolean previousLineInList;
        boolean lineInList;
        int blanks;

        Reader(String text, Lines lines) {
            this.text = text;
            this.lines = lines;
        }

        void line(int i) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                blanks++;
                return;
            }
            lineInList = false;
            List<TextRange> pieces = pieces(text, line);
            for (int p = 0; p < pieces.size(); p++) {
                int s = Markdown.skipLeading(text, pieces.get(p).start(), pieces.get(p).end());
                int e = Markdown.skipTrailing(text, s, pieces.get(p).end());
                if (s < e) {
                    piece(i, s, e, p == 0);
                }
            }
            previousLineInList = lineInList;
            blanks = 0;
        }

        void piece(int i, int s, int e, boolean first) {
            String words = Markdown.clean(text.substring(s, e));
            String key = VietText.keyOfStart(words, 60);
            Capacities.Found capacity = Capacities.at(text, s, e);
            if (key.startsWith("nơi nhận")) {
                label(i, s, e, words);
                return;
            }
            Kind kind = classify(words, key, capacity, first);
            if (kind == Kind.RECIPIENT && VietText.keyOfStart(words.substring(ItemTitles.bulletEnd(words)), 10).startsWith("lưu")) {
                listEnded = !nextLineIsBullet(text, lines, i);
            }
            out.add(new Fragment(kind, i, s, e, words, capacity == null ? null : capacity.code()));
        }

        /** "Nơi nhận:", and what follows it on the same line. */
        void label(int i, int s, int e, String words) {
            inRecipients = true;
            lineInList = true;
            int colon = text.substring(s, Math.min(e, s + 20)).indexOf(':');
            if (colon < 0) {
                out.add(new Fragment(Kind.LABEL, i, s, e, words, null));
                return;
            }
            out.add(new Fragment(Kind.LABEL, i, s, s + colon + 1, "Nơi nhận:", null));
            int rest = Markdown.skipLeading(text, s + colon + 1, e);
            if (rest < e) {
                String restWords = Markdown.clean(text.substring(rest, e));
                Kind restKind = ItemTitles.bulletEnd(restWords) > 0 || !VietText.isUppercase(restWords) ? Kind.RECIPIENT : Kind.OTHER;
                out.add(new Fragment(restKind, i, rest, e, restWords, null));
            }
        }

        Kind classify(String words, String key, Capacities.Found capacity, boolean first) {
            boolean listOpen = inRecipients && !listEnded;
            if (capacity != null && !sawName) {
                sawCapacity = true;
                sawSignature = true;
                return Kind.CAPACITY;
            }
            if (isSignNote(key)) {
                return Kind.OTHER;
            }
            if (listOpen && !sawName && ItemTitles.bulletEnd(words) > 0) {
                lineInList = true;
                return Kind.RECIPIENT;
            }
            if (listOpen && !first && isNote(words)) {
                lineInList = true;
                return Kind.NOTE;
            }
            if (sawCapacity && !sawName && !out.isEmpty() && last(out).kind() == Kind.CAPACITY
                    && "tm".equals(last(out).capacity()) && words.length() <= 60 && VietText.isUppercase(words)
                    && LayoutWords.unitPrefixWords(key) > 0) {
                return Kind.BODY_MORE;
            }
            if (!sawName && isPosition(words, key, sawCapacity)) {
                sawSignature = true;
                return Kind.POSITION;
            }
            if (!sawName && (sawSignature || !first) && isName(words)) {
                sawName = true;
                return Kind.NAME;
            }
            if (listOpen && !sawSignature && first && previousLineInList) {
                // a line without a dash in the list: the rest of a wrapped recipient, or a recipient of its own
                Fragment previous = lastRecipientPart(out);
                lineInList = true;
                boolean continues = previous != null && blanks == 0 && !VietText.endsClause(previous.words())
                        && VietText.startsLower(words);
                return continues ? Kind.CONTINUATION : Kind.RECIPIENT;
            }
            return Kind.OTHER;
        }
    }

    private static Fragment last(List<Fragment> out) {
        return out.get(out.size() - 1);
    }

    private static Fragment lastRecipientPart(List<Fragment> out) {
        for (int k = out.size() - 1; k >= 0; k--) {
            Kind kind = out.get(k).kind();
            if (kind == Kind.RECIPIENT || kind == Kind.CONTINUATION || kind == Kind.NOTE) {
                return out.get(k);
            }
            if (kind == Kind.LABEL) {
                return null;
            }
        }
        return null;
    }

    private static boolean nextLineIsBullet(String text, Lines lines, int i) {
        int next = lines.nextNonBlank(i);
        if (next < 0) {
            return false;
        }
        Line line = lines.get(next);
        int s = Markdown.skipLeading(text, line.start(), line.end());
        return ItemTitles.bulletEnd(text.substring(Math.max(line.start(), s - 2), line.end())) > 0
                || ItemTitles.bulletEnd(line.trimmed()) > 0;
    }

    /**
     * The pieces of a tail line: its columns ({@link Fragments}), then cut before a capacity standing
     * after other words ("Nơi nhận: TM. ỦY BAN NHÂN DÂN") and after a recipient's ';' or '.' followed by
     * a position or a name ("- UBND huyện; CHỦ TỊCH").
     */
    private static List<TextRange> pieces(String text, Line line) {
        List<TextRange> out = new ArrayList<>();
        for (TextRange column : Fragments.split(text, line.start(), line.end(), List.of())) {
            int cut = Capacities.inside(text, column.start(), column.end());
            List<TextRange> parts = cut > 0
                    ? List.of(new TextRange(column.start(), cut), new TextRange(cut, column.end()))
                    : List.of(column);
            for (TextRange part : parts) {
                out.addAll(cutAfterRecipient(text, part));
            }
        }
        return out;
    }

    private static List<TextRange> cutAfterRecipient(String text, TextRange part) {
        String words = text.substring(part.start(), part.end());
        if (ItemTitles.bulletEnd(words) == 0) {
            return List.of(part);
        }
        int k = Math.max(words.lastIndexOf(';'), words.lastIndexOf(". "));
        if (k < 0 || words.length() - k > 80) {
            return List.of(part);
        }
        String rest = Markdown.clean(words.substring(k + 1));
        if (!rest.isEmpty() && rest.length() <= 80 && !rest.startsWith("(") && (isPosition(rest, VietText.key(rest), false) || isName(rest))) {
            return List.of(new TextRange(part.start(), part.start() + k + 1), new TextRange(part.start() + k + 1, part.end()));
        }
        return List.of(part);
    }

    private static boolean isNote(String words) {
        return words.startsWith("(") && words.length() <= 40;
    }

    private static boolean isSignNote(String key) {
        return key.startsWith("(đã ký") || key.startsWith("đã ký") || key.startsWith("(ký") || key.startsWith("ký tên")
                || key.startsWith("[") || key.startsWith("!") || key.startsWith("(chữ ký") || key.startsWith("(dấu");
    }

    /** A position: a short line in capitals naming a head ("CHỦ TỊCH"); after a capacity, any short line in capitals. */
    static boolean isPosition(String words, String key, boolean afterCapacity) {
        if (words.length() > 120 || !VietText.isUppercase(words) || VietText.letters(words) < 4
                || words.split(" ").length > 10 || ItemTitles.bulletEnd(words) > 0) {
            return false;
        }
        if (afterCapacity) {
            return true;
        }
        for (String w : LayoutWords.POSITION_WORDS) {
            if (VietText.indexOfWord(key, w) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A person's name: two to six capitalised words of letters ("Nguyễn Thị Tâm"), or the same in capitals. */
    static boolean isName(String words) {
        String[] tokens = words.split(" ");
        if (tokens.length < 2 || tokens.length > 6 || words.length() > 50) {
            return false;
        }
        boolean allCaps = VietText.isUppercase(words);
        for (String t : tokens) {
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
                return false;
            }
            for (int k = 1; k < t.length(); k++) {
                char c = t.charAt(k);
                if (!Character.isLetter(c) && c != '-') {
                    return false;
                }
                if (!allCaps && Character.isUpperCase(c)) {
                    return false;
                }
            }
            if (!allCaps && t.length() > 1 && !t.substring(1).equals(t.substring(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (allCaps) {
            String key = VietText.key(words);
            for (String w : LayoutWords.POSITION_WORDS) {
                if (VietText.indexOfWord(key, w) >= 0) {
                    return false;
                }
            }
            return !LayoutWords.HEADER_MARKS.contains(key) && LayoutWords.unitPrefixWords(key) == 0;
        }
        return true;
    }
}
