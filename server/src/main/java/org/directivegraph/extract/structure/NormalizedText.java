package org.directivegraph.extract.structure;

import java.text.Normalizer;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Span;

/**
 * The text of a document in Unicode NFC, with invisible format characters (soft hyphen, zero-width
 * spaces, byte order marks) dropped, and the map from its indexes back to the raw text. PDF converters
 * often emit decomposed accents ("e" + U+0302 + U+0301); the parsers match on this normalised text and
 * report {@link Span}s of the raw text.
 */
public final class NormalizedText {

    private final DocumentText source;
    private final String text;
    /** Raw start of the char at each normalised index (and the raw length at index {@code length}); null when identity. */
    private final int[] rawStarts;
    /** Raw end of the char at each normalised index; null when identity. */
    private final int[] rawEnds;

    private NormalizedText(DocumentText source, String text, int[] rawStarts, int[] rawEnds) {
        this.source = source;
        this.text = text;
        this.rawStarts = rawStarts;
        this.rawEnds = rawEnds;
    }

    /** Normalises a document's raw text. */
    public static NormalizedText of(DocumentText source) {
        String raw = source.raw();
        if (Normalizer.isNormalized(raw, Normalizer.Form.NFC) && !hasDropped(raw)) {
            return new NormalizedText(source, raw, null, null);
        }
        StringBuilder out = new StringBuilder(raw.length());
        int[] starts = new int[raw.length() + 1];
        int[] ends = new int[raw.length() + 1];
        int i = 0;
        while (i < raw.length()) {
            int segStart = i;
            int first = raw.codePointAt(i);
            i += Character.charCount(first);
            while (i < raw.length() && isMark(raw.codePointAt(i))) {
                i += Character.charCount(raw.codePointAt(i));
            }
            if (i - segStart == Character.charCount(first) && isDropped(first)) {
                continue;
            }
            if (i - segStart == 1 && (first < 0x0300 || first >= 0x1E00 && first <= 0x1EFF)) {
                // one char that NFC leaves alone (Latin, Vietnamese precomposed)
                starts[out.length()] = segStart;
                ends[out.length()] = i;
                out.append((char) first);
                continue;
            }
            String normalized = Normalizer.normalize(raw.substring(segStart, i), Normalizer.Form.NFC);
            for (int k = 0; k < normalized.length(); k++) {
                starts[out.length()] = segStart;
                ends[out.length()] = i;
                out.append(normalized.charAt(k));
            }
        }
        starts[out.length()] = raw.length();
        ends[out.length()] = raw.length();
        return new NormalizedText(source, out.toString(), starts, ends);
    }

    private static boolean hasDropped(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (isDropped(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDropped(int c) {
        return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The document this text was made from. */
    public DocumentText source() {
        return source;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** The raw index where the normalised index {@code i} starts. */
    public int rawStart(int i) {
        return rawStarts == null ? i : rawStarts[i];
    }

    /** The raw index where a normalised range ending (exclusive) at {@code i} ends. */
    public int rawEnd(int i) {
        if (rawEnds == null) {
            return i;
        }
        return i == 0 ? 0 : rawEnds[i - 1];
    }

    /** The raw span of the normalised range {@code [start, end)}. */
    public Span span(int start, int end) {
        int rawStart = rawStart(start);
        int rawEnd = end <= start ? rawStart : rawEnd(end);
        return source.span(rawStart, Math.max(rawStart, rawEnd));
    }

    /** The raw span of the normalised range {@code [start, end)} without its leading and trailing whitespace. */
    public Span trimmedSpan(int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return span(s, e);
    }
}
