package org.directivegraph.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DirectiveGraph server as a child process ({@code serve}) over an embedded store folder, on a port the
 * operating system chooses (read from its log), with one writer {@value #WRITER}. Seeds are not ingested on start,
 * so that the store holds only what a test sends. Requests are plain HTTP from the test.
 */
final class ServerProcess implements AutoCloseable {

    /** The writer's name. */
    static final String WRITER = "tester";
    /** The writer's password; its BCrypt hash is given to the server. */
    static final String PASSWORD = "writer-secret-for-tests";
    private static final String HASH = "$2a$10$j8ctaUenCcc37BJGxjwVxeaHrZqrFMOoI52dHvlqV7PGjLfAowmtS";
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final String READY = "Started DirectiveGraphApplication";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final ChildJvm jvm;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServerProcess(ChildJvm jvm, int port) {
        this.jvm = jvm;
        this.port = port;
    }

    /** Starts a server over {@code store} and waits until it has started (its log says so and it answers). */
    static ServerProcess start(Path store, Path log) {
        ChildJvm jvm = ChildJvm.start(log, List.of("serve",
                "--directivegraph.store.location=" + store.toAbsolutePath(),
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--directivegraph.seeds.ingest-on-start=false",
                "--directivegraph.writers." + WRITER + "=" + HASH,
                "--directivegraph.sparql.result-limit=1000000",
                "--directivegraph.sparql.timeout=60s"));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String output = jvm.output();
            Matcher m = PORT.matcher(output);
            if (m.find() && output.contains(READY)) {
                return new ServerProcess(jvm, Integer.parseInt(m.group(1)));
            }
            if (!jvm.isAlive()) {
                throw new IllegalStateException("the server stopped while starting:\n" + jvm.tail());
            }
            sleep(100);
        }
        jvm.close();
        throw new IllegalStateException("the server did not start in " + START_TIMEOUT + ":\n" + jvm.tail());
    }

    /** The last lines of the server's log. */
    String tail() {
        return jvm.tail();
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() {
        jvm.kill();
    }

    /**
     * {@code POST /api/ingest?commit=true} of one text file as the writer; the answer as JSON text.
     *
     * @throws IOException when the connection fails or is cut (the server was killed)
     */
    HttpResponse<String> ingest(String fileName, String text) throws IOException, InterruptedException {
        String boundary = "----dg" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String auth = "Basic " + Base64.getEncoder().encodeToString((WRITER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri("/api/ingest?commit=true"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", auth)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A SPARQL query on {@code /sparql} with an {@code Accept} header; fails unless the answer is 200. */
    String sparql(String query, String accept) {
        HttpRequest request = HttpRequest.newBuilder(uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept).GET().build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("SPARQL answered " + r.statusCode() + ": " + r.body() + "\n" + jvm.tail());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException("SPARQL request failed: " + e.getMessage() + "\n" + jvm.tail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        jvm.close();
    }
}
