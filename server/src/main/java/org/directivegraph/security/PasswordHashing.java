package org.directivegraph.security;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Makes the BCrypt hash of a writer's password, refusing passwords BCrypt cannot take whole. */
public final class PasswordHashing {

    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 8;
    /** BCrypt reads at most this many bytes of a password. */
    public static final int MAX_BYTES = 72;

    private PasswordHashing() {
    }

    /**
     * The BCrypt hash ({@code $2a$10$…}) of {@code password}.
     *
     * @throws IllegalArgumentException when the password is too short, too long for BCrypt, or has a line break
     */
    public static String hash(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("the password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("the password must be at most " + MAX_BYTES + " bytes in UTF-8 (BCrypt ignores the rest)");
        }
        if (password.indexOf('\n') >= 0 || password.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("the password must be on one line");
        }
        return new BCryptPasswordEncoder().encode(password);
    }
}
