package org.directivegraph.extract.source;

import java.util.List;
import java.util.Objects;

import org.directivegraph.extract.DocumentText;

/**
 * A document as read, with how it was read.
 *
 * @param text the text the extractor reads
 * @param format the format the content turned out to be (which may differ from the file name's extension)
 * @param mediaType the media type detected from the content, e.g. {@code application/pdf}
 * @param encoding the character encoding a text file was decoded from ({@code UTF-8}, {@code UTF-16LE},
 *     {@code UTF-16BE} or {@code windows-1258}); empty for formats Tika converts
 * @param normalizedToNfc whether the text was changed by putting it in Unicode NFC (converted formats and
 *     Windows-1258 text only; UTF-8 and UTF-16 text is kept exactly as it is)
 * @param notes what a user may want to know about the reading, in English, e.g. that a {@code .docx} file was
 *     really a PDF, or that decomposed Vietnamese letters were composed
 */
public record ReadResult(DocumentText text, SourceFormat format, String mediaType, String encoding,
        boolean normalizedToNfc, List<String> notes) {

    /** Creates a result; the notes are copied. */
    public ReadResult {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(encoding, "encoding");
        notes = List.copyOf(notes);
    }
}
