package org.directivegraph.search;

import java.util.ArrayList;
import java.util.List;

import org.directivegraph.search.SearchResult.Range;

/** A window of text around the first matched word, with the ranges of every matched word inside it. */
record Snippet(String text, List<Range> highlights) {

    /** Cuts a snippet of at most {@code width} characters of {@code text} around the first of {@code words}. */
    static Snippet of(String text, List<String> words, int width) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = FoldingAnalyzer.foldChar(text.charAt(i));
        }
        String f = new String(folded);
        List<Range> matches = new ArrayList<>();
        for (String word : words) {
            int from = 0;
            while (!word.isEmpty() && (from = f.indexOf(word, from)) >= 0) {
                int end = from + word.length();
                if (boundary(f, from - 1) && boundary(f, end)) {
                    matches.add(new Range(from, end));
                }
                from = end;
            }
        }
        matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int first = matches.isEmpty() ? 0 : matches.get(0).start();
        int start = Math.max(0, Math.min(first - width / 4, text.length() - width));
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + width);
        while (end < text.length() && end > start && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end <= start) {
            end = Math.min(text.length(), start + width);
        }
        String prefix = start > 0 ? "… " : "";
        String suffix = end < text.length() ? " …" : "";
        List<Range> inside = new ArrayList<>();
        for (Range m : matches) {
            if (m.start() >= start && m.end() <= end) {
                inside.add(new Range(m.start() - start + prefix.length(), m.end() - start + prefix.length()));
            }
        }
        return new Snippet(prefix + text.substring(start, end) + suffix, List.copyOf(inside));
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
