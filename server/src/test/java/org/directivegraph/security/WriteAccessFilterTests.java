package org.directivegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The filter as a plain unit over Spring's mock requests: who may write, and what the others are told. */
@ExtendWith(OutputCaptureExtension.class)
class WriteAccessFilterTests {

    static final String PASSWORD = "a-long-writer-password";
    static final Writers ALICE = new Writers(Map.of("alice", PasswordHashing.hash(PASSWORD)));

    record Outcome(MockHttpServletResponse response, boolean passed) {
        String body() throws Exception {
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
    }

    static Outcome send(WriteAccessFilter filter, String method, String path, String authorization, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return new Outcome(response, chain.getRequest() != null);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static WriteAccessFilter filter(Writers writers) {
        return new WriteAccessFilter(writers, new FailureThrottle(new WriteAccessProperties(), java.time.Clock.systemUTC()));
    }

    @Test
    void withNoWriterConfiguredEveryWriteIsForbiddenAndReadsPass() throws Exception {
        WriteAccessFilter filter = filter(new Writers(Map.of()));
        Outcome write = send(filter, "POST", "/api/ingest", basic("alice", PASSWORD), "10.1.0.1");
        assertThat(write.passed()).isFalse();
        assertThat(write.response().getStatus()).isEqualTo(403);
        assertThat(write.body()).contains("writing is disabled: no writer is configured", "hash-password", "\"status\" : 403");
        assertThat(send(filter, "DELETE", "/api/documents", null, "10.1.0.1").response().getStatus()).isEqualTo(403);
        Outcome read = send(filter, "POST", "/sparql", null, "10.1.0.1");
        assertThat(read.passed()).isTrue();
        assertThat(send(filter, "GET", "/api/ingest", null, "10.1.0.1").passed()).isTrue();
    }

    @Test
    void aWriterPassesOthersAreChallenged() throws Exception {
        WriteAccessFilter filter = filter(ALICE);
        assertThat(send(filter, "POST", "/api/ingest", basic("alice", PASSWORD), "10.2.0.1").passed()).isTrue();

        Outcome none = send(filter, "PUT", "/data/x", null, "10.2.0.2");
        assertThat(none.passed()).isFalse();
        assertThat(none.response().getStatus()).isEqualTo(401);
        assertThat(none.response().getHeader("WWW-Authenticate")).startsWith("Basic realm=\"DirectiveGraph\"");

        Outcome wrong = send(filter, "POST", "/update", basic("alice", "not-the-password"), "10.2.0.3");
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.response().getStatus()).isEqualTo(401);
        assertThat(wrong.body()).contains("wrong user name or password");
        assertThat(send(filter, "POST", "/api/validate", null, "10.2.0.3").passed()).isTrue();
    }

    @Test
    void repeatedFailuresFromOneAddressGet429WithRetryAfterEvenWithTheRightPassword() throws Exception {
        WriteAccessFilter filter = filter(ALICE);
        for (int i = 0; i < 5; i++) {
            assertThat(send(filter, "POST", "/api/ingest", basic("alice", "guess-" + i), "10.3.0.1").response().getStatus()).isEqualTo(401);
        }
        Outcome slowed = send(filter, "POST", "/api/ingest", basic("alice", PASSWORD), "10.3.0.1");
        assertThat(slowed.passed()).isFalse();
        assertThat(slowed.response().getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(slowed.response().getHeader("Retry-After"))).isBetween(1, 30);
        assertThat(slowed.body()).contains("too many wrong credentials");
        assertThat(send(filter, "POST", "/api/ingest", basic("alice", PASSWORD), "10.3.0.2").passed())
                .as("another address is not slowed").isTrue();
    }

    @Test
    void browsersGetAnHtmlPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("DELETE", "/api/documents");
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter(ALICE).doFilter(request, response, new MockFilterChain());
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("<h1>401 Unauthorized</h1>");
    }

    @Test
    void credentialsNeverReachTheLog(CapturedOutput output) throws Exception {
        WriteAccessFilter filter = filter(ALICE);
        String wrong = basic("alice", "wrong-secret-value-123");
        String right = basic("alice", PASSWORD);
        send(filter, "POST", "/api/ingest", wrong, "10.4.0.1");
        send(filter, "POST", "/api/ingest", right, "10.4.0.1");
        assertThat(output.getAll()).contains("Wrong credentials for POST /api/ingest from 10.4.0.1");
        assertThat(output.getAll()).doesNotContain(wrong.substring(6), right.substring(6), "wrong-secret-value-123", PASSWORD);
    }
}
