package org.directivegraph.extract.source;

import java.util.Objects;

/**
 * A file that cannot be turned into text, with the {@link Reason} and a message for the user: it names the
 * file, says what is wrong and what to do, e.g. {@code "big.txt is 52.4 MB; the limit is 20 MB (set
 * --max-file-size to raise it)"}. Reading a file never changes it, so a refused file is left as it was.
 */
public class UnreadableDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file was refused. */
    public enum Reason {
        /** The file does not exist, is a directory, or cannot be opened or read (permissions, I/O error). */
        CANNOT_OPEN,
        /** The file has no bytes at all. */
        EMPTY,
        /** The file, its text or its unpacked content (a zip bomb) is over a limit. */
        TOO_LARGE,
        /** The content is binary data (an image, a program, random bytes) rather than a document. */
        BINARY,
        /** The content is of a readable format but damaged: a cut-off zip, broken XML, a broken PDF. */
        CORRUPTED,
        /** The content is a format this reader does not read (a spreadsheet, a slide deck, RTF, a plain zip). */
        UNSUPPORTED_TYPE,
        /** The document is protected by a password. */
        ENCRYPTED,
        /** A text file whose bytes are not UTF-8, UTF-16 with a byte order mark, or Vietnamese Windows-1258. */
        ENCODING,
        /** The document has no text: only white space, a blank document, or a PDF without a text layer. */
        NO_TEXT,
        /** Converting the document took longer than the time limit. */
        TIMEOUT
    }

    private final Reason reason;
    private final String fileName;

    /** A refusal of {@code fileName} for {@code reason}, with a message for the user. */
    public UnreadableDocumentException(Reason reason, String fileName, String message) {
        this(reason, fileName, message, null);
    }

    /** A refusal with the exception that revealed the problem. */
    public UnreadableDocumentException(Reason reason, String fileName, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
    }

    /** Why the file was refused. */
    public Reason reason() {
        return reason;
    }

    /** The name of the refused file, as given to the reader. */
    public String fileName() {
        return fileName;
    }
}
