package org.directivegraph.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.directivegraph.server.ApplicationIntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running application's address, and the HTTP requests the browser tests make beside the browser. */
final class AppHttp {

    static final String BASE = "https://w3id.org/directivegraph/";
    static final String CT_33 = BASE + "id/doc/VN/ttg/2021/ct-33";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    AppHttp(int port) {
        this.port = port;
    }

    /** The application's origin, {@code http://localhost:PORT}. */
    String origin() {
        return "http://localhost:" + port;
    }

    /** The absolute URL of a path on the application. */
    String url(String pathAndQuery) {
        return origin() + pathAndQuery;
    }

    /** The local page of an IRI under the base: the IRI less {@code https://w3id.org/directivegraph/}. */
    String page(String iri) {
        if (!iri.startsWith(BASE)) {
            throw new IllegalArgumentException("not under the base: " + iri);
        }
        return url("/" + iri.substring(BASE.length()));
    }

    /** A GET of a path, as text. */
    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Ingests and commits a text file as the test writer ({@code POST /api/ingest?commit=true}); returns the
     * answer, whose status the caller checks.
     */
    HttpResponse<String> ingest(String fileName, String text) {
        String boundary = "----dg" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String writer = ApplicationIntegrationTest.WRITER + ":" + ApplicationIntegrationTest.PASSWORD;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/api/ingest?commit=true")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(writer.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON body of an answer. */
    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(120)).build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
