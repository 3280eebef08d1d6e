package org.directivegraph.extract.source;

import java.time.Duration;

import org.directivegraph.extract.source.UnreadableDocumentException.Reason;

/**
 * The refusals {@link DocumentReader} gives, worded in one place. Each message names the file, says what is
 * wrong in words a user knows, and what to do about it.
 */
final class Messages {

    /** The command-line option that raises {@link DocumentReader.Limits#maxFileBytes()}. */
    static final String MAX_FILE_SIZE_OPTION = "--max-file-size";
    /** The command-line option that raises {@link DocumentReader.Limits#maxChars()}. */
    static final String MAX_CHARS_OPTION = "--max-chars";
    /** The command-line option that raises {@link DocumentReader.Limits#maxConversionTime()}. */
    static final String CONVERT_TIMEOUT_OPTION = "--convert-timeout";

    private Messages() {
    }

    static UnreadableDocumentException empty(String name) {
        return new UnreadableDocumentException(Reason.EMPTY, name, name + " is empty");
    }

    static UnreadableDocumentException fileTooLarge(String name, long size, long limit) {
        return new UnreadableDocumentException(Reason.TOO_LARGE, name, name + " is " + Sizes.bytes(size) + "; the limit is "
                + Sizes.limit(limit) + " (set " + MAX_FILE_SIZE_OPTION + " to raise it)");
    }

    static UnreadableDocumentException streamTooLarge(String name, long limit) {
        return new UnreadableDocumentException(Reason.TOO_LARGE, name, name + " is more than " + Sizes.limit(limit)
                + "; the limit is " + Sizes.limit(limit) + " (set " + MAX_FILE_SIZE_OPTION + " to raise it)");
    }

    static UnreadableDocumentException tooManyChars(String name, long limit) {
        return new UnreadableDocumentException(Reason.TOO_LARGE, name, name + " has more than " + Sizes.count(limit)
                + " characters of text; the limit is " + Sizes.count(limit) + " (set " + MAX_CHARS_OPTION
                + " to raise it; a plan is rarely over 200,000)");
    }

    static UnreadableDocumentException timeout(String name, SourceFormat format, Duration limit) {
        return new UnreadableDocumentException(Reason.TIMEOUT, name, name + " took longer than " + seconds(limit) + " to convert from "
                + format.description().replaceFirst("^an? ", "") + " to text and was stopped: it may be damaged or unusually complex (set "
                + CONVERT_TIMEOUT_OPTION + " to allow more time, or save it as text)");
    }

    static UnreadableDocumentException binary(String name, String what, String detail) {
        SourceFormat expected = SourceFormat.fromFileName(name);
        String advice = what.contains("image")
                ? ": if it is a scanned page, run OCR first and save the text"
                : ": is it the right file?";
        return new UnreadableDocumentException(Reason.BINARY, name,
                name + " is not " + expected.description() + ": it is " + what + (detail == null ? "" : " (" + detail + ")") + advice);
    }

    static UnreadableDocumentException unsupported(String name, String what) {
        return new UnreadableDocumentException(Reason.UNSUPPORTED_TYPE, name, name + " is " + what
                + ", which cannot be read: save it as Word (.docx), PDF or UTF-8 text (.txt)");
    }

    static UnreadableDocumentException encrypted(String name, SourceFormat format, Throwable cause) {
        return new UnreadableDocumentException(Reason.ENCRYPTED, name, name + " is " + format.description()
                + " protected by a password: save a copy without the password and read that", cause);
    }

    static UnreadableDocumentException noText(String name, SourceFormat format) {
        String message = switch (format) {
            case PDF -> name + " has no text layer (a scanned image?): run OCR first";
            case DOCX, DOC -> name + " has no text (it is blank, or holds only pictures): if it shows a scanned page, run OCR first";
            default -> name + " has no text (only white space)";
        };
        return new UnreadableDocumentException(Reason.NO_TEXT, name, message);
    }

    static UnreadableDocumentException undecodableText(String name, SourceFormat format) {
        return new UnreadableDocumentException(Reason.NO_TEXT, name, name + " has a text layer that does not decode to letters"
                + " (its fonts lack a Unicode map): run OCR on it, or save it again as " + (format == SourceFormat.PDF ? "PDF from the original" : "text"));
    }

    /**
     * A damaged file of a format that is read.
     *
     * @param format the format it is (or, for a zip, the one its name announces)
     * @param zip whether the content is a zip archive
     * @param detail what is damaged, in a few words
     */
    static UnreadableDocumentException damaged(String name, SourceFormat format, boolean zip, String detail, Throwable cause) {
        String message = switch (format) {
            case DOCX -> name + " is not a readable Word document (" + detail + "): save it again from Word or convert it to PDF";
            case DOC -> name + " is not a readable Word 97-2003 document (" + detail
                    + "): open it in Word and save it as .docx, or convert it to PDF";
            case PDF -> zip
                    ? name + " is a damaged zip archive, not a PDF (" + detail + "): is it the right file?"
                    : name + " is not a readable PDF (" + detail + "): open it and save or print it again as PDF, or save its text as .txt";
            default -> zip
                    ? name + " is a damaged zip archive (" + detail + "): if it is a Word document, save it again from Word"
                    : name + " cannot be read (" + detail + "): save it again as Word (.docx), PDF or UTF-8 text";
        };
        return new UnreadableDocumentException(Reason.CORRUPTED, name, message, cause);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
