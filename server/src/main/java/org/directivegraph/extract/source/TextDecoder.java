package org.directivegraph.extract.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.directivegraph.extract.source.UnreadableDocumentException.Reason;

/**
 * Decodes the bytes of a text file, strictly: UTF-8 (with or without a byte order mark), UTF-16 with a byte
 * order mark, or, when the bytes are not UTF-8 and decode as Windows-1258 to Vietnamese, Windows-1258. The
 * decoded UTF-8 or UTF-16 text is kept exactly as it is (a byte order mark is dropped), so that offsets into it
 * stay true; Windows-1258 text, which writes tone marks as combining characters, is put in NFC. Binary data and
 * text in any other encoding are refused, naming the first byte that is wrong.
 */
final class TextDecoder {

    /** How many leading bytes are looked at to tell binary data from text. */
    static final int SAMPLE = 64 * 1024;

    private static final Charset WINDOWS_1258 = Charset.isSupported("windows-1258") ? Charset.forName("windows-1258") : null;

    /** Decoded text, the encoding it was in, and what was done to it. */
    record Decoded(String text, String encoding, boolean normalizedToNfc, List<String> notes) {
    }

    /** The outcome of a strict decoding: the text, or the offset of the first byte that does not decode. */
    private record Strict(String text, int errorOffset) {
        boolean ok() {
            return text != null;
        }
    }

    private TextDecoder() {
    }

    static Decoded decode(String name, byte[] b) throws UnreadableDocumentException {
        List<String> notes = new ArrayList<>();
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            Strict utf8 = strict(StandardCharsets.UTF_8, b, 3);
            if (!utf8.ok()) {
                throw notUtf8(name, b, utf8.errorOffset(), "it starts with a UTF-8 byte order mark, but ");
            }
            return new Decoded(utf8.text(), "UTF-8", false, notes);
        }
        if (starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF)) {
            boolean little = (b[0] & 0xFF) == 0xFF;
            Charset cs = little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            Strict utf16 = strict(cs, b, 2);
            if (!utf16.ok()) {
                throw new UnreadableDocumentException(Reason.ENCODING, name, name + " starts with a UTF-16 byte order mark but is not valid UTF-16"
                        + " (at byte offset " + utf16.errorOffset() + "): save it as UTF-8 (Unicode) and try again");
            }
            int control = firstControl(utf16.text());
            if (control >= 0) {
                throw Messages.binary(name, "binary data", "a control character at character " + control);
            }
            notes.add("decoded as " + cs.name() + " (it has a UTF-16 byte order mark)");
            return new Decoded(utf16.text(), cs.name(), false, notes);
        }
        if (looksLikeUtf16WithoutBom(b)) {
            throw new UnreadableDocumentException(Reason.ENCODING, name, name
                    + " looks like UTF-16 text without a byte order mark, which cannot be read safely: save it as UTF-8 (Unicode) and try again");
        }
        String binary = binaryEvidence(b);
        if (binary != null) {
            throw Messages.binary(name, "binary data", binary);
        }
        Strict utf8 = strict(StandardCharsets.UTF_8, b, 0);
        if (utf8.ok()) {
            return new Decoded(utf8.text(), "UTF-8", false, notes);
        }
        if (WINDOWS_1258 != null) {
            Strict vn = strict(WINDOWS_1258, b, 0);
            if (vn.ok()) {
                String nfc = Normalizer.normalize(vn.text(), Normalizer.Form.NFC);
                if (VietnameseCheck.looksVietnamese(nfc)) {
                    notes.add("not UTF-8 (byte " + Sizes.hexByte(b[utf8.errorOffset()]) + " at offset " + utf8.errorOffset()
                            + "): decoded as Windows-1258 (Vietnamese), the text reads as Vietnamese");
                    boolean changed = !nfc.equals(vn.text());
                    if (changed) {
                        notes.add("put in Unicode NFC (Windows-1258 writes tone marks as separate characters)");
                    }
                    return new Decoded(nfc, "windows-1258", changed, notes);
                }
            }
        }
        throw notUtf8(name, b, utf8.errorOffset(), "");
    }

    private static UnreadableDocumentException notUtf8(String name, byte[] b, int offset, String lead) {
        return new UnreadableDocumentException(Reason.ENCODING, name, name + " is not UTF-8 text (" + lead + "byte " + Sizes.hexByte(b[offset])
                + " at offset " + offset + " is not valid UTF-8): save it as UTF-8 (Unicode) and try again; text typed with an old"
                + " Vietnamese font (TCVN3/ABC, VNI) must first be converted to Unicode, e.g. with Unikey's converter");
    }

    /** Decodes {@code b} from {@code start} with {@code cs}, stopping at the first malformed or unmappable byte. */
    private static Strict strict(Charset cs, byte[] b, int start) {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        CharBuffer out = CharBuffer.allocate(b.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Strict(null, in.position());
        }
        return new Strict(out.flip().toString(), -1);
    }

    /** Why the leading bytes look binary (a zero byte, many control bytes), or null when they look like text. */
    private static String binaryEvidence(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        int controls = 0;
        int firstControl = -1;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "a zero byte at offset " + i;
            }
            if (isControl(c)) {
                controls++;
                if (firstControl < 0) {
                    firstControl = i;
                }
            }
        }
        if (controls > 8 && controls * 100 > n) {
            return Sizes.count(controls) + " control bytes in its first " + Sizes.bytes(n) + ", the first at offset " + firstControl;
        }
        return null;
    }

    /** The index of a NUL, or of a control character among too many, in the leading text; -1 for text. */
    private static int firstControl(String text) {
        int n = Math.min(text.length(), SAMPLE);
        int controls = 0;
        int first = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return i;
            }
            if (c < 0x20 && isControl(c)) {
                controls++;
                first = first < 0 ? i : first;
            }
        }
        return controls > 8 && controls * 100 > n ? first : -1;
    }

    /** Control bytes that do not occur in text: all below 0x20 but tab, line feed, vertical tab, form feed, CR, SUB, ESC. */
    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != 0x1A && c != 0x1B;
    }

    /** Whether one in three of the even (or odd) bytes is zero and almost none of the others: UTF-16 without a mark. */
    private static boolean looksLikeUtf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        return (evenZeros * 3 >= pairs && oddZeros * 50 <= pairs) || (oddZeros * 3 >= pairs && evenZeros * 50 <= pairs);
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
}
