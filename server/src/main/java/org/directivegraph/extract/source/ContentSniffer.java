package org.directivegraph.extract.source;

import java.nio.charset.StandardCharsets;

/**
 * Tells what a file is from its first bytes (its magic number), not from its name: a PDF, a zip container
 * (.docx and friends), an OLE2 compound file (.doc and friends), RTF, a well-known binary format, or
 * something else, which may be text.
 */
final class ContentSniffer {

    /** The kinds of content told apart here. */
    enum Kind {
        /** {@code %PDF-} in the first 1024 bytes. */
        PDF,
        /** A zip archive ({@code PK\3\4}, or an empty archive). */
        ZIP,
        /** An OLE2 compound file: Word 97-2003, Excel 97-2003, an encrypted Office 2007 file, ... */
        OLE2,
        /** Rich Text Format. */
        RTF,
        /** A well-known binary format that is no document: an image, an archive, a program. */
        BINARY,
        /** None of the above: text, or binary data of no known kind. */
        OTHER
    }

    /** What the content is, and a noun phrase for messages ({@code "a PNG image"}). */
    record Sniffed(Kind kind, String description) {
    }

    private ContentSniffer() {
    }

    static Sniffed sniff(byte[] b) {
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return new Sniffed(Kind.PDF, "a PDF");
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04) || starts(b, 0x50, 0x4B, 0x05, 0x06)) {
            return new Sniffed(Kind.ZIP, "a zip archive");
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return new Sniffed(Kind.OLE2, "a Microsoft Office 97-2003 file");
        }
        if (startsAscii(b, "{\\rtf")) {
            return new Sniffed(Kind.RTF, "an RTF document");
        }
        String binary = knownBinary(b);
        if (binary != null) {
            return new Sniffed(Kind.BINARY, binary);
        }
        return new Sniffed(Kind.OTHER, "data of unknown type");
    }

    private static String knownBinary(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "a PNG image";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsAscii(b, "GIF87a") || startsAscii(b, "GIF89a")) {
            return "a GIF image";
        }
        if (starts(b, 'I', 'I', 0x2A, 0x00) || starts(b, 'M', 'M', 0x00, 0x2A)) {
            return "a TIFF image";
        }
        if (startsAscii(b, "RIFF") && b.length >= 12 && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return "a WebP image";
        }
        if (b.length >= 12 && new String(b, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
            return "a video or HEIC image";
        }
        if (starts(b, 0x7F, 'E', 'L', 'F')) {
            return "a program (ELF)";
        }
        if (starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "a Java class file";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (starts(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "a 7-Zip archive";
        }
        if (startsAscii(b, "Rar!")) {
            return "a RAR archive";
        }
        if (startsAscii(b, "SQLite format 3")) {
            return "an SQLite database";
        }
        if (startsAscii(b, "ID3")) {
            return "an MP3 audio file";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsAscii(byte[] b, String magic) {
        return starts(b, magic.chars().toArray());
    }

    /** The offset of {@code needle} starting within the first {@code within} bytes, or -1. */
    private static int indexOf(byte[] b, byte[] needle, int within) {
        int last = Math.min(within, b.length - needle.length);
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
