package org.directivegraph.concurrency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.directivegraph.server.ApplicationIntegrationTest;

/**
 * Real HTTP requests to the application under test; a failure to get an answer (reset, refused, or none within five
 * minutes: the machine may be very busy, a slow answer is counted, not failed) is an {@link IOException}.
 */
final class Http {

    /** The answer to a request. */
    record Answer(int status, String body, byte[] bytes) {
    }

    private static final String WRITER = "Basic " + Base64.getEncoder().encodeToString(
            (ApplicationIntegrationTest.WRITER + ":" + ApplicationIntegrationTest.PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    Http(int port) {
        this.port = port;
    }

    static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A GET with an Accept header (or none). */
    Answer get(String pathAndQuery, String accept) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b);
    }

    /** A SPARQL query by POST of a form, answered as SPARQL JSON results. */
    Answer sparql(String query) throws IOException {
        return send(HttpRequest.newBuilder(uri("/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + param(query))));
    }

    /** An ingest of a text file, forced and committed, with the writer's credentials. */
    Answer ingest(String fileName, String text) throws IOException {
        return upload("/api/ingest?commit=true&force=true", "application/json", fileName, text);
    }

    /**
     * An ingest of a text file, forced and committed, answered by the graph as stored in Turtle: the document's facts
     * and the record of its validation, which only a committed ingest writes.
     */
    Answer storeAndShow(String fileName, String text) throws IOException {
        return upload("/api/ingest?commit=true&force=true", "text/turtle", fileName, text);
    }

    private Answer upload(String pathAndQuery, String accept, String fileName, String text) throws IOException {
        String boundary = "----dg" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(pathAndQuery))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", WRITER)
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A deletion of a document with the writer's credentials. */
    Answer delete(String documentIri) throws IOException {
        return send(HttpRequest.newBuilder(uri("/api/documents?iri=" + param(documentIri))).header("Authorization", WRITER).DELETE());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private Answer send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<byte[]> r = client.send(request.timeout(Duration.ofSeconds(300)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
