package org.directivegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.directivegraph.server.ApplicationIntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The filter in the running application: writes need the writer's credentials, which never reach the log. */
@ApplicationIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class WriteAccessIntegrationTests {

    @LocalServerPort
    int port;

    HttpResponse<String> delete(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/documents?iri=https%3A%2F%2Fw3id.org%2Fdirectivegraph%2Fid%2Fdoc%2Fnone%2Fnone%2F2000%2Fkh-0")).DELETE();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesNeedTheWritersCredentialsWhichAreNeverLogged(CapturedOutput output) throws Exception {
        String right = basic(ApplicationIntegrationTest.WRITER, ApplicationIntegrationTest.PASSWORD);
        String wrong = basic(ApplicationIntegrationTest.WRITER, "guessed-password-4711");
        assertThat(delete(null).statusCode()).isEqualTo(401);
        HttpResponse<String> refused = delete(wrong);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm=\"DirectiveGraph\""));
        HttpResponse<String> passed = delete(right);
        assertThat(passed.statusCode()).as("past the filter: the document is simply absent").isEqualTo(404);
        assertThat(output.getAll()).contains("Wrong credentials for DELETE /api/documents");
        assertThat(output.getAll()).doesNotContain(right.substring(6), wrong.substring(6), ApplicationIntegrationTest.PASSWORD,
                "guessed-password-4711");
    }

    @Test
    void readsNeedNoCredentials() throws Exception {
        HttpResponse<String> validate = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/validate"))
                .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString("<http://ex/a> <http://ex/b> 1 .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(validate.statusCode()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/sparql", "/id/nothing-here", "/api/ingest"}) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    /**
     * Wrong credentials over real HTTP from a client address of its own (127.0.0.2, on Linux part of the loopback
     * network), so that the other tests, which connect from 127.0.0.1, are not slowed: after five failures that
     * address gets 429 with Retry-After, even with the right password, and 127.0.0.1 still passes.
     */
    @Test
    void repeatedFailuresOverHttpSlowDownOnlyTheirAddress() throws Exception {
        String right = basic(ApplicationIntegrationTest.WRITER, ApplicationIntegrationTest.PASSWORD);
        Assumptions.assumeTrue(canBind("127.0.0.2"), "127.0.0.2 is not a loopback address here (not Linux)");
        for (int i = 0; i < 5; i++) {
            assertThat(rawDelete("127.0.0.2", basic(ApplicationIntegrationTest.WRITER, "guess-" + i))).startsWith("HTTP/1.1 401");
        }
        String slowed = rawDelete("127.0.0.2", right);
        assertThat(slowed).startsWith("HTTP/1.1 429").containsIgnoringCase("Retry-After:").contains("too many wrong credentials");
        assertThat(delete(right).statusCode()).as("127.0.0.1 is not slowed: past the filter, the document is absent").isEqualTo(404);
    }

    private static boolean canBind(String address) {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(address, 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A DELETE sent from {@code localAddress}, the whole answer as text. */
    private String rawDelete(String localAddress, String authorization) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(localAddress, 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            s.setSoTimeout(30_000);
            String request = "DELETE /api/documents?iri=https%3A%2F%2Fw3id.org%2Fdirectivegraph%2Fid%2Fdoc%2Fnone HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + port + "\r\nAuthorization: " + authorization + "\r\nAccept: application/json\r\n"
                    + "Connection: close\r\n\r\n";
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
