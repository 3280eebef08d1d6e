package org.directivegraph.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The plain text of one document as read from its file (after format conversion, before any cleaning),
 * with its name and hash. Extraction works on this raw text and reports {@link Span}s into it, so every
 * fact can point to the exact words it came from.
 */
public record DocumentText(String fileName, String raw) {

    /** Creates a document text; a byte order mark at the start is dropped, nothing else is changed. */
    public DocumentText {
        if (raw.startsWith("\uFEFF")) {
            raw = raw.substring(1);
        }
    }

    /** The SHA-256 of the text encoded as UTF-8, in lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of Unicode code points of the text. */
    public int codePointCount() {
        return raw.codePointCount(0, raw.length());
    }

    /** Converts a char index of {@link #raw()} to a code-point offset. */
    public int codePointOffset(int charIndex) {
        return raw.codePointCount(0, charIndex);
    }

    /** The span {@code [start, end)} of this text. */
    public Span span(int start, int end) {
        return Span.of(this, start, end);
    }
}
