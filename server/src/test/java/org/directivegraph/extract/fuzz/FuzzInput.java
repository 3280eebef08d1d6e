package org.directivegraph.extract.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One generated input: its name (a file name, whose extension says what it is), the mutations that made it, and
 * its content, either text or the bytes of a file.
 */
record FuzzInput(String name, String mutations, String text, byte[] bytes) {

    /** A text input. */
    static FuzzInput text(String name, String mutations, String text) {
        return new FuzzInput(name, mutations, text, null);
    }

    /** A file input. */
    static FuzzInput file(String name, String mutations, byte[] bytes) {
        return new FuzzInput(name, mutations, null, bytes);
    }

    /** The size the allocation budget counts: the chars of a text, the bytes of a file. */
    long size() {
        return text != null ? text.length() : bytes.length;
    }

    /**
     * Writes the input into {@code dir} and returns the file. A file's bytes are written as they are; a text is
     * written as UTF-16LE code units, two bytes per Java char, so that even a lone surrogate is kept exactly
     * ({@code new String(bytes, UTF_16LE)} reads it back).
     */
    Path save(Path dir, String prefix) throws IOException {
        Files.createDirectories(dir);
        if (text != null) {
            byte[] out = new byte[text.length() * 2];
            for (int i = 0; i < text.length(); i++) {
                out[2 * i] = (byte) text.charAt(i);
                out[2 * i + 1] = (byte) (text.charAt(i) >>> 8);
            }
            return Files.write(dir.resolve(prefix + "-" + name + ".utf16le"), out);
        }
        return Files.write(dir.resolve(prefix + "-" + name), bytes);
    }
}
