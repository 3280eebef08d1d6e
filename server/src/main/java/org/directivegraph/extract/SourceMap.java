package org.directivegraph.extract;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The text an extraction read and where each of its chars lies in the document's text as given. A text in
 * Unicode NFC is read as it is (the map is the identity). A text that is not (tone marks written as combining
 * characters, as some editors and old converters do: "e" + U+0302 + U+0301 for "ế") is read in NFC, a letter
 * and its marks at a time, so that the parsers, which match composed Vietnamese, find in it what they find in the
 * composed text; the facts' spans are spans of that read text, and this map takes them back to the document's
 * own text, so that evidence points into the file as it is.
 */
public final class SourceMap {

    private final DocumentText source;
    private final DocumentText read;
    /** Source start of the char at each read index (and the source length at index {@code length}); null for identity. */
    private final int[] starts;
    /** Source end of the char at each read index; null for identity. */
    private final int[] ends;

    private SourceMap(DocumentText source, DocumentText read, int[] starts, int[] ends) {
        this.source = source;
        this.read = read;
        this.starts = starts;
        this.ends = ends;
    }

    /** The map of a text read as it is. */
    public static SourceMap identity(DocumentText text) {
        return new SourceMap(text, text, null, null);
    }

    /** The text to read for {@code source}: itself when in NFC, else its NFC form with the map back. */
    public static SourceMap of(DocumentText source) {
        String raw = source.raw();
        if (Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
            return identity(source);
        }
        StringBuilder out = new StringBuilder(raw.length());
        int[] starts = new int[raw.length() + 1];
        int[] ends = new int[raw.length() + 1];
        int i = 0;
        while (i < raw.length()) {
            int segmentStart = i;
            int first = raw.codePointAt(i);
            i += Character.charCount(first);
            while (i < raw.length() && isMark(raw.codePointAt(i))) {
                i += Character.charCount(raw.codePointAt(i));
            }
            String segment = raw.substring(segmentStart, i);
            String normalized = i - segmentStart == 1 && first < 0x0300 ? segment : Normalizer.normalize(segment, Normalizer.Form.NFC);
            if (out.length() + normalized.length() >= starts.length) {
                // NFC makes a few characters longer (U+0344, some compatibility characters)
                starts = Arrays.copyOf(starts, starts.length * 2 + normalized.length());
                ends = Arrays.copyOf(ends, starts.length);
            }
            for (int k = 0; k < normalized.length(); k++) {
                starts[out.length()] = segmentStart;
                ends[out.length()] = i;
                out.append(normalized.charAt(k));
            }
        }
        starts[out.length()] = raw.length();
        ends[out.length()] = raw.length();
        return new SourceMap(source, new DocumentText(source.fileName(), out.toString()), starts, ends);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** The document's text as given. */
    public DocumentText source() {
        return source;
    }

    /** The text the extraction read (the source itself, or its NFC form). */
    public DocumentText read() {
        return read;
    }

    /** Whether the text was read as it is. */
    public boolean isIdentity() {
        return starts == null;
    }

    /** The span of the source text that a span of the read text came from. */
    public Span toSource(Span span) {
        if (isIdentity()) {
            return span;
        }
        int start = starts[span.start()];
        int end = span.end() <= span.start() ? start : Math.max(start, ends[span.end() - 1]);
        return source.span(start, end);
    }
}
