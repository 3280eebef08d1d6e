package org.directivegraph.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The users allowed to write, each with a BCrypt hash of its password. Checking takes the same BCrypt work
 * whether the user exists or not, so that timing tells nothing about user names; BCrypt compares in constant time.
 */
public final class Writers {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private final Map<String, String> hashes;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    /** Hashed once so that an unknown user costs as much as a known one. */
    private final String unknownUserHash;

    /**
     * Writers from {@code directivegraph.writers.*}.
     *
     * @throws IllegalArgumentException when a value is not a BCrypt hash (the message names the property)
     */
    public Writers(Map<String, String> hashes) {
        Map<String, String> checked = new LinkedHashMap<>();
        hashes.forEach((user, hash) -> {
            String h = hash == null ? "" : hash.strip();
            if (!BCRYPT.matcher(h).matches()) {
                throw new IllegalArgumentException("directivegraph.writers." + user + " is not a BCrypt hash ($2a$10$ followed by 53"
                        + " characters); make one with `java -jar directivegraph.jar hash-password`");
            }
            checked.put(user, h);
        });
        this.hashes = Map.copyOf(checked);
        this.unknownUserHash = encoder.encode("no such writer");
    }

    /** Whether any writer is configured; when none is, writing is closed. */
    public boolean any() {
        return !hashes.isEmpty();
    }

    /** Whether these credentials are a configured writer's. */
    public boolean accepts(BasicCredentials credentials) {
        String hash = hashes.get(credentials.user());
        boolean matches = matches(credentials.password(), hash == null ? unknownUserHash : hash);
        return hash != null && matches;
    }

    private boolean matches(String password, String hash) {
        try {
            return encoder.matches(password, hash);
        } catch (IllegalArgumentException e) {
            // BCrypt refuses passwords longer than 72 bytes: they are no writer's
            return false;
        }
    }
}
