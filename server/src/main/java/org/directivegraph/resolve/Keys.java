package org.directivegraph.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keys and hashes as {@code docs/identifiers.md} defines them.
 *
 * <p>A key is ASCII and lower case, with diacritics folded, {@code đ}/{@code Đ} folded to {@code d}, every run
 * of anything else than letters and digits turned into one {@code -}, and no leading or trailing {@code -}:
 * {@code NĐ} -> {@code nd}, {@code BDVHU-UBND} -> {@code bdvhu-ubnd}, {@code Xã Nam Chính} ->
 * {@code xa-nam-chinh}. Hashes are SHA-256 in lower-case hex.
 */
public final class Keys {

    private Keys() {
    }

    /** The key of a text ({@code ""} for null or a text without letters and digits). */
    public static String key(String text) {
        return org.directivegraph.units.UnitNames.fold(text, '-');
    }

    /** The SHA-256 of bytes, lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The SHA-256 of a text encoded as UTF-8, lower-case hex. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first 8 hex digits of a SHA-256 in hex (lower-cased). */
    public static String hash8(String sha256Hex) {
        if (sha256Hex == null || sha256Hex.length() < 8) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256Hex);
        }
        return sha256Hex.substring(0, 8).toLowerCase(Locale.ROOT);
    }

    /** The first 8 hex digits of the SHA-256 of the key of a text: the hash of an unidentifiable citation. */
    public static String keyHash8(String text) {
        return hash8(sha256Hex(key(text)));
    }
}
