package org.directivegraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Writers accept their own password only; a configured value that is no BCrypt hash is refused at once. */
class WritersTests {

    static final String HASH = PasswordHashing.hash("correct horse battery");

    @Test
    void acceptsTheRightPasswordOnly() {
        Writers writers = new Writers(Map.of("alice", HASH));
        assertThat(writers.any()).isTrue();
        assertThat(writers.accepts(new BasicCredentials("alice", "correct horse battery"))).isTrue();
        assertThat(writers.accepts(new BasicCredentials("alice", "correct horse batterY"))).isFalse();
        assertThat(writers.accepts(new BasicCredentials("bob", "correct horse battery"))).isFalse();
        assertThat(writers.accepts(new BasicCredentials("alice", "x".repeat(100)))).isFalse();
    }

    @Test
    void aPlainPasswordInThePropertiesStopsTheStart() {
        assertThatThrownBy(() -> new Writers(Map.of("alice", "secret")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("directivegraph.writers.alice is not a BCrypt hash")
                .hasMessageNotContaining("secret");
    }

    @Test
    void noWriterMeansNoWriting() {
        assertThat(new Writers(Map.of()).any()).isFalse();
    }

    @Test
    void basicCredentialsAreParsedAndNeverShown() {
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString("alice:pa:ss wörd".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        BasicCredentials c = BasicCredentials.parse(header).orElseThrow();
        assertThat(c.user()).isEqualTo("alice");
        assertThat(c.password()).isEqualTo("pa:ss wörd");
        assertThat(c.toString()).doesNotContain("pa:ss");
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic !!!")).isEmpty();
        assertThat(BasicCredentials.parse("Basic " + java.util.Base64.getEncoder().encodeToString("nocolon".getBytes()))).isEmpty();
        assertThat(PasswordHashing.hash("correct horse battery")).startsWith("$2a$10$").hasSize(60);
        assertThatThrownBy(() -> PasswordHashing.hash("short")).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> PasswordHashing.hash("é".repeat(40))).hasMessageContaining("72 bytes");
    }
}
