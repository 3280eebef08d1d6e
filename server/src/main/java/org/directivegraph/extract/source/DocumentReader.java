package org.directivegraph.extract.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.source.UnreadableDocumentException.Reason;

/**
 * Turns a plan's file into the text the extractor reads, safely.
 *
 * <ul>
 * <li>The size is checked before the file is read; a file over {@link Limits#maxFileBytes()} is refused at once.</li>
 * <li>The format comes from the content, not the name: a {@code .docx} that is really a PDF is read as a PDF,
 * a PNG named {@code .docx} is refused as an image.</li>
 * <li>Text (.txt, .md, or any file whose content is text) is decoded strictly by {@link TextDecoder} and kept
 * exactly, so that evidence offsets into it stay true.</li>
 * <li>Word (.docx, .doc) and PDF go through Apache Tika ({@link TikaConverter}) within {@link Limits#maxChars()}
 * characters and {@link Limits#maxConversionTime()}; a zip container is first checked for bombs
 * ({@link ZipInspector}). Their text is put in Unicode NFC.</li>
 * </ul>
 *
 * Bad input never gets any other exception than {@link UnreadableDocumentException}, whose message names the file
 * and says what to do. Reading never writes to the file. A reader is immutable and may be shared between threads.
 */
public final class DocumentReader {

    /**
     * The budgets of a reading.
     *
     * @param maxFileBytes the largest file read, in bytes (default 20 MiB)
     * @param maxChars the most characters of text a file may give (default 5 million)
     * @param maxConversionTime the longest a Word or PDF conversion may take (default 60 s)
     */
    public record Limits(long maxFileBytes, int maxChars, Duration maxConversionTime) {

        /** The default largest file: 20 MiB. */
        public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
        /** The default most characters: 5,000,000 (a plan has 10,000 to 200,000). */
        public static final int DEFAULT_MAX_CHARS = 5_000_000;
        /** The default longest conversion: 60 s (a plan converts in well under a second). */
        public static final Duration DEFAULT_MAX_CONVERSION_TIME = Duration.ofSeconds(60);
        /** The default limits. */
        public static final Limits DEFAULT = new Limits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_CONVERSION_TIME);

        /** The command-line option the size message tells users to set. */
        public static final String MAX_FILE_SIZE_OPTION = Messages.MAX_FILE_SIZE_OPTION;
        /** The command-line option the character message tells users to set. */
        public static final String MAX_CHARS_OPTION = Messages.MAX_CHARS_OPTION;
        /** The command-line option the time-out message tells users to set. */
        public static final String CONVERT_TIMEOUT_OPTION = Messages.CONVERT_TIMEOUT_OPTION;

        /** Checks that every budget is positive. */
        public Limits {
            Objects.requireNonNull(maxConversionTime, "maxConversionTime");
            if (maxFileBytes <= 0 || maxFileBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("maxFileBytes must be between 1 and 2 GiB: " + maxFileBytes);
            }
            if (maxChars <= 0) {
                throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
            }
            if (maxConversionTime.isNegative() || maxConversionTime.isZero()) {
                throw new IllegalArgumentException("maxConversionTime must be positive: " + maxConversionTime);
            }
        }

        /** These limits with another largest file size. */
        public Limits withMaxFileBytes(long bytes) {
            return new Limits(bytes, maxChars, maxConversionTime);
        }

        /** These limits with another most characters. */
        public Limits withMaxChars(int chars) {
            return new Limits(maxFileBytes, chars, maxConversionTime);
        }

        /** These limits with another longest conversion time. */
        public Limits withMaxConversionTime(Duration time) {
            return new Limits(maxFileBytes, maxChars, time);
        }
    }

    private final Limits limits;

    /** A reader with the {@linkplain Limits#DEFAULT default limits}. */
    public DocumentReader() {
        this(Limits.DEFAULT);
    }

    /** A reader with the given limits. */
    public DocumentReader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The limits of this reader. */
    public Limits limits() {
        return limits;
    }

    /** Reads {@code file}; its name in messages and in the text is its file name, without the directory. */
    public DocumentText read(Path file) throws UnreadableDocumentException {
        return readWithReport(file).text();
    }

    /** Reads a document from {@code in}, which is read up to the size limit and not closed. */
    public DocumentText read(String fileName, InputStream in) throws UnreadableDocumentException {
        return readWithReport(fileName, in).text();
    }

    /** Reads {@code file} and tells how it was read. */
    public ReadResult readWithReport(Path file) throws UnreadableDocumentException {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        if (Files.isDirectory(file)) {
            throw new UnreadableDocumentException(Reason.CANNOT_OPEN, name, name + " is a folder, not a file: give the path of a document");
        }
        long size;
        try {
            size = Files.size(file);
            if (!Files.isRegularFile(file)) {
                throw new UnreadableDocumentException(Reason.CANNOT_OPEN, name, name + " is not a regular file (a device or a pipe?):"
                        + " give the path of a document");
            }
        } catch (IOException e) {
            throw cannotOpen(name, file, e);
        }
        if (size == 0) {
            throw Messages.empty(name);
        }
        if (size > limits.maxFileBytes()) {
            throw Messages.fileTooLarge(name, size, limits.maxFileBytes());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readBytes(name, readBounded(name, in));
        } catch (IOException e) {
            throw cannotOpen(name, file, e);
        }
    }

    /** Reads a document from {@code in} and tells how it was read; {@code in} is not closed. */
    public ReadResult readWithReport(String fileName, InputStream in) throws UnreadableDocumentException {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName;
        Objects.requireNonNull(in, "in");
        try {
            return readBytes(name, readBounded(name, in));
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.CANNOT_OPEN, name, name + " could not be read: " + e.getMessage(), e);
        }
    }

    private byte[] readBounded(String name, InputStream in) throws IOException, UnreadableDocumentException {
        byte[] bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
        if (bytes.length > limits.maxFileBytes()) {
            throw Messages.streamTooLarge(name, limits.maxFileBytes());
        }
        return bytes;
    }

    private ReadResult readBytes(String name, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw Messages.empty(name);
        }
        ContentSniffer.Sniffed sniffed = ContentSniffer.sniff(bytes);
        return switch (sniffed.kind()) {
            case PDF, OLE2 -> converted(name, bytes, sniffed.kind(), List.of());
            case ZIP -> converted(name, bytes, sniffed.kind(), ZipInspector.inspect(name, bytes, limits.maxFileBytes()));
            case RTF -> throw Messages.unsupported(name, sniffed.description());
            case BINARY -> throw Messages.binary(name, sniffed.description(), null);
            case OTHER -> text(name, bytes);
        };
    }

    private ReadResult converted(String name, byte[] bytes, ContentSniffer.Kind kind, List<ZipInspector.Entry> entries)
            throws UnreadableDocumentException {
        TikaConverter.Converted c = TikaConverter.convert(name, bytes, kind, entries, limits);
        List<String> notes = new ArrayList<>();
        noteMisnamed(name, c.format(), notes);
        notes.addAll(c.notes());
        return new ReadResult(new DocumentText(name, c.text()), c.format(), c.mediaType(), "", c.normalizedToNfc(), notes);
    }

    private ReadResult text(String name, byte[] bytes) throws UnreadableDocumentException {
        TextDecoder.Decoded d = TextDecoder.decode(name, bytes);
        if (d.text().length() > limits.maxChars()) {
            throw Messages.tooManyChars(name, limits.maxChars());
        }
        if (d.text().isBlank() || d.text().equals("\uFEFF")) {
            throw Messages.noText(name, SourceFormat.PLAIN_TEXT);
        }
        SourceFormat announced = SourceFormat.fromFileName(name);
        SourceFormat format = announced == SourceFormat.MARKDOWN ? SourceFormat.MARKDOWN : SourceFormat.PLAIN_TEXT;
        List<String> notes = new ArrayList<>();
        noteMisnamed(name, format, notes);
        notes.addAll(d.notes());
        return new ReadResult(new DocumentText(name, d.text()), format, format.mediaType() + "; charset=" + d.encoding(), d.encoding(),
                d.normalizedToNfc(), notes);
    }

    private static void noteMisnamed(String name, SourceFormat format, List<String> notes) {
        if (!format.fitsName(name)) {
            notes.add(name + " is really " + format.description() + " (its name says ." + SourceFormat.extension(name)
                    + "): read as what it is");
        }
    }

    private static UnreadableDocumentException cannotOpen(String name, Path file, IOException e) {
        String message;
        if (e instanceof NoSuchFileException) {
            message = name + " does not exist (looked for " + file.toAbsolutePath() + "): check the path";
        } else if (e instanceof AccessDeniedException) {
            message = name + " cannot be opened: permission denied";
        } else {
            message = name + " could not be read: " + e.getMessage();
        }
        return new UnreadableDocumentException(Reason.CANNOT_OPEN, name, message, e);
    }
}
