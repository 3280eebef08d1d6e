package org.directivegraph.extract.source;

import java.util.Locale;

/** Sizes and counts written for people: {@code 52.4 MB}, {@code 20 MB}, {@code 5,000,000}. */
final class Sizes {

    private static final double MB = 1024.0 * 1024.0;

    private Sizes() {
    }

    /** A byte count with one decimal, e.g. {@code 52.4 MB}, {@code 3.2 KB}, {@code 800 bytes}. */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes >= 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (MB * 1024));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / MB);
    }

    /** A limit in bytes, without a useless {@code .0}: {@code 20 MB}, {@code 1.5 MB}, {@code 100 bytes}. */
    static String limit(long bytes) {
        String s = bytes(bytes);
        return s.replace(".0 ", " ");
    }

    /** A count with thousands separators, e.g. {@code 5,000,000}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A byte as two hex digits, e.g. {@code 0xE9}. */
    static String hexByte(int b) {
        return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
    }
}
