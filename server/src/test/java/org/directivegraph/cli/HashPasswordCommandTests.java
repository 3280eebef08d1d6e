package org.directivegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** hash-password reads the password from standard input when it is not a terminal and prints a usable hash. */
class HashPasswordCommandTests {

    static CliTests.Run withInput(String input, String... args) {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return CliTests.run(args);
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void printsTheHashAndThePropertyLine() {
        CliTests.Run run = withInput("my writer password\n", "hash-password", "--user", "alice");
        assertThat(run.code()).isZero();
        String hash = run.out().lines().findFirst().orElseThrow();
        assertThat(new BCryptPasswordEncoder().matches("my writer password", hash)).isTrue();
        assertThat(run.out()).contains("directivegraph.writers.alice=" + hash).doesNotContain("my writer password");
    }

    @Test
    void refusesShortPasswordsAndBadNames() {
        assertThat(withInput("short\n", "hash-password").err()).contains("at least 8");
        assertThat(withInput("", "hash-password").code()).isEqualTo(2);
        assertThat(withInput("long enough password\n", "hash-password", "--user", "a b").code()).isEqualTo(2);
    }
}
