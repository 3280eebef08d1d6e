package org.directivegraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.directivegraph.extract.DocumentText;

/**
 * Reads a plan safely: plain text and Markdown as UTF-8 exactly as they are, Word, PDF, ODT and RTF through
 * Apache Tika ({@link OfficeFiles}). the size is checked before anything is read, and empty,
 * binary and badly encoded files are refused with a message that says what is wrong and what to do.
 */
public final class TextFiles {

    /** Default largest file accepted: 20 MiB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Why a file was refused, with a message for the user. */
    public static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        /** A refusal with a message for the user. */
        public UnreadableFileException(String message) {
            super(message);
        }
    }

    private TextFiles() {
    }

    /** Reads {@code file} as UTF-8 text, refusing files over {@code maxBytes}. */
    public static DocumentText read(Path file, long maxBytes) throws UnreadableFileException {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableFileException(file + ": no such file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableFileException(name + " is empty");
            }
            if (size > maxBytes) {
                throw new UnreadableFileException(String.format(Locale.ROOT, "%s is %.1f MB; the limit is %.1f MB (a plan is rarely over 1 MB)",
                        name, size / 1048576.0, maxBytes / 1048576.0));
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".docx") || lower.endsWith(".doc") || lower.endsWith(".pdf") || lower.endsWith(".odt")
                    || lower.endsWith(".rtf")) {
                return OfficeFiles.read(file, name);
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    throw new UnreadableFileException(name + " is not a text file (it contains binary data at byte " + i + ")");
                }
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                if (text.isBlank()) {
                    throw new UnreadableFileException(name + " has no text (only white space)");
                }
                return new DocumentText(name, text);
            } catch (CharacterCodingException e) {
                throw new UnreadableFileException(name + " is not UTF-8 text; save it as UTF-8 (Unicode) and try again");
            }
        } catch (IOException e) {
            throw new UnreadableFileException(name + " cannot be read: " + e.getMessage());
        }
    }
}
