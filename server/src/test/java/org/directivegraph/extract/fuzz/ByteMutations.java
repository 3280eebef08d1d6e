package org.directivegraph.extract.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Mutations of a file's bytes: cut at a random offset, bytes changed, a run zeroed; and for a text, mixed encodings:
 * a part in Windows-1258 or in VISCII-range bytes inside UTF-8, a part in UTF-16, byte order marks in the middle or
 * lying about the encoding, overlong and surrogate UTF-8 sequences, the whole text in UTF-16 cut at an odd byte.
 */
final class ByteMutations {

    /** Mutated bytes and what was done to them. */
    record Mutated(byte[] bytes, String description) {
    }

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    /**
     * Bytes of the VISCII range: the six C0 codes VISCII gives to capital letters (Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ) and 0x80-0xFF. The JDK has
     * no VISCII charset; what matters to the reader is bytes that are neither UTF-8 nor plain text.
     */
    private static final byte[] VISCII_RANGE = visciiRange();

    private ByteMutations() {
    }

    private static byte[] visciiRange() {
        byte[] b = new byte[6 + 128];
        byte[] c0 = {0x02, 0x05, 0x06, 0x14, 0x19, 0x1E};
        System.arraycopy(c0, 0, b, 0, 6);
        for (int i = 0; i < 128; i++) {
            b[6 + i] = (byte) (0x80 + i);
        }
        return b;
    }

    /** A damaged copy of a file: cut, bytes changed, a run zeroed, or cut and changed. */
    static Mutated damage(byte[] original, Random r) {
        byte[] b = original.clone();
        switch (r.nextInt(4)) {
            case 0 -> {
                int at = r.nextInt(b.length);
                return new Mutated(Arrays.copyOf(b, at), "cut at byte " + at + " of " + b.length);
            }
            case 1 -> {
                int n = 1 + r.nextInt(40);
                for (int i = 0; i < n; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                return new Mutated(b, n + " bytes changed");
            }
            case 2 -> {
                int from = r.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + r.nextInt(4096));
                Arrays.fill(b, from, to, (byte) 0);
                return new Mutated(b, "bytes " + from + "-" + to + " zeroed");
            }
            default -> {
                int at = 1 + r.nextInt(b.length - 1);
                byte[] cut = Arrays.copyOf(b, at);
                cut[r.nextInt(cut.length)] ^= (byte) (1 + r.nextInt(255));
                return new Mutated(cut, "cut at byte " + at + " and one byte changed");
            }
        }
    }

    /** A text's bytes in a mix of encodings. */
    static Mutated encode(String text, Random r) {
        int from = r.nextInt(text.length() + 1);
        int to = from + r.nextInt(Math.min(2000, text.length() - from) + 1);
        String before = text.substring(0, from);
        String part = text.substring(from, to);
        String after = text.substring(to);
        String range = " (chars " + from + "-" + to + ")";
        return switch (r.nextInt(10)) {
            case 0 -> new Mutated(concat(utf8(before), WINDOWS_1258.encode(part), utf8(after)), "UTF-8 with a part in Windows-1258" + range);
            case 1 -> new Mutated(concat(utf8(before), visciiLike(part, r), utf8(after)), "UTF-8 with a part in VISCII-range bytes" + range);
            case 2 -> {
                boolean little = r.nextBoolean();
                yield new Mutated(concat(utf8(before), part.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE), utf8(after)),
                        "UTF-8 with a part in UTF-16" + (little ? "LE" : "BE") + range);
            }
            case 3 -> {
                boolean little = r.nextBoolean();
                byte[] all = concat(little ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF},
                        text.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
                int cut = r.nextBoolean() ? all.length : 2 + r.nextInt(all.length - 2);
                yield new Mutated(Arrays.copyOf(all, cut), "UTF-16" + (little ? "LE" : "BE") + " with its byte order mark, " + cut
                        + " of " + all.length + " bytes");
            }
            case 4 -> new Mutated(concat(utf8(before), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(part + after)),
                    "a UTF-8 byte order mark in the middle, at char " + from);
            case 5 -> new Mutated(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, WINDOWS_1258.encode(text)),
                    "Windows-1258 behind a UTF-8 byte order mark");
            case 6 -> new Mutated(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8(text)), "UTF-8 behind a UTF-16LE byte order mark");
            case 7 -> {
                byte[][] odd = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xED, (byte) 0xB0, (byte) 0x80},
                    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xE0, (byte) 0x80}};
                int k = r.nextInt(odd.length);
                yield new Mutated(concat(utf8(before), odd[k], utf8(after)), "UTF-8 with an invalid sequence "
                        + hex(odd[k]) + " at char " + from);
            }
            case 8 -> new Mutated(concat(WINDOWS_1258.encode(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD))),
                    "the whole text in Windows-1258, decomposed");
            default -> new Mutated(concat(utf8(before), part.getBytes(StandardCharsets.ISO_8859_1), utf8(after)),
                    "UTF-8 with a part in ISO-8859-1 (unmappable letters as '?')" + range);
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] visciiLike(String part, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.chars().forEach(c -> out.write(c < 0x80 ? c : VISCII_RANGE[r.nextInt(VISCII_RANGE.length)]));
        return out.toByteArray();
    }

    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            byte[] b = p instanceof java.nio.ByteBuffer buffer ? Arrays.copyOfRange(buffer.array(), 0, buffer.limit()) : (byte[]) p;
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format(Locale.ROOT, "%02X ", x & 0xFF));
        }
        return s.toString().strip();
    }
}
