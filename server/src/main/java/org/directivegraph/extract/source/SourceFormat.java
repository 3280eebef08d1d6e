package org.directivegraph.extract.source;

import java.util.Locale;

/** The formats {@link DocumentReader} reads, each with the words used for it in messages. */
public enum SourceFormat {
    /** Plain text (.txt and anything else that is text). */
    PLAIN_TEXT("a text file", "text/plain"),
    /** Markdown (.md, .markdown): read as text, exactly. */
    MARKDOWN("a Markdown file", "text/markdown"),
    /** Word 2007 and later (.docx, also .docm and templates), converted by Tika. */
    DOCX("a Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** Word 97–2003 (.doc), converted by Tika. */
    DOC("a Word 97-2003 document", "application/msword"),
    /** PDF, converted by Tika (PDFBox); only its text layer is read, there is no OCR. */
    PDF("a PDF", "application/pdf");

    private final String description;
    private final String mediaType;

    SourceFormat(String description, String mediaType) {
        this.description = description;
        this.mediaType = mediaType;
    }

    /** The format as a noun phrase for messages, e.g. {@code "a Word document"}. */
    public String description() {
        return description;
    }

    /** The usual media type of the format. */
    public String mediaType() {
        return mediaType;
    }

    /** Whether the format is converted by Tika (and its text put in NFC) rather than decoded as text. */
    public boolean converted() {
        return this == DOCX || this == DOC || this == PDF;
    }

    /** The format a file name's extension announces, or plain text when it announces none we read. */
    public static SourceFormat fromFileName(String fileName) {
        return switch (extension(fileName)) {
            case "md", "markdown" -> MARKDOWN;
            case "docx", "docm", "dotx", "dotm" -> DOCX;
            case "doc", "dot" -> DOC;
            case "pdf" -> PDF;
            default -> PLAIN_TEXT;
        };
    }

    /** The extension of a file name in lower case, without the dot; empty when it has none. */
    static String extension(String fileName) {
        String last = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = last.lastIndexOf('.');
        return dot <= 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether a file name has no extension or one of this format's. */
    boolean fitsName(String fileName) {
        String ext = extension(fileName);
        return ext.isEmpty() || switch (this) {
            case PLAIN_TEXT -> ext.equals("txt") || ext.equals("text");
            case MARKDOWN -> ext.equals("md") || ext.equals("markdown");
            case DOCX -> ext.equals("docx") || ext.equals("docm") || ext.equals("dotx") || ext.equals("dotm");
            case DOC -> ext.equals("doc") || ext.equals("dot");
            case PDF -> ext.equals("pdf");
        };
    }
}
