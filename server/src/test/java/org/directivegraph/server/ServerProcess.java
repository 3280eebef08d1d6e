package org.directivegraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.directivegraph.DirectiveGraphApplication;
import org.directivegraph.store.GraphNames;

/**
 * The application run as a child process ({@code java -cp <this test's class path> DirectiveGraphApplication serve …})
 * over a given store folder, on a free port of the loopback interface, with the writer of
 * {@link ApplicationIntegrationTest}, no seeds ingested on start, and a given minimum of free space. For tests whose
 * faults (a full disk, a file system turned read-only) must not touch the test's own JVM. Its output goes to a log
 * file; {@link #close()} stops it as an operator would (SIGTERM, so that it closes the store), forcibly after 30 s.
 */
final class ServerProcess implements AutoCloseable {

    private static final String WRITER = "Basic " + Base64.getEncoder().encodeToString(
            (ApplicationIntegrationTest.WRITER + ":" + ApplicationIntegrationTest.PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application over {@code store} and waits until it answers. */
    static ServerProcess start(Path store, long minFreeMiB, Path logs) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(logs);
        Path log = logs.resolve("server-" + port + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), DirectiveGraphApplication.class.getName(), "serve",
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--directivegraph.store.location=" + store.toAbsolutePath(),
                "--directivegraph.store.min-free-space=" + minFreeMiB + "MB",
                "--directivegraph.backup.folder=" + logs.resolve("backups-" + UUID.randomUUID()).toAbsolutePath(),
                "--directivegraph.seeds.ingest-on-start=false",
                "--directivegraph.writers.tester=$2a$10$j8ctaUenCcc37BJGxjwVxeaHrZqrFMOoI52dHvlqV7PGjLfAowmtS"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerProcess server = new ServerProcess(p, port, log);
        server.awaitStart();
        return server;
    }

    private void awaitStart() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (get("/context.jsonld").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("the server did not answer within 180 s:\n" + logTail());
    }

    /** Ingests seed 001 renumbered {@code number} with {@code commit=true&force=true}. */
    HttpResponse<String> ingest(int number) {
        String boundary = "----dg" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kh-" + number
                + ".txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] text = SeedTexts.seed001WithNumber(number).getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + text.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(text, 0, body, head.length, text.length);
        System.arraycopy(tail, 0, body, head.length + text.length, tail.length);
        return send(HttpRequest.newBuilder(uri("/api/ingest?commit=true&force=true"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", WRITER)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Whether the store has the graph of the document {@code iri}, asked through {@code /sparql}. */
    HttpResponse<String> askDocument(String iri) {
        String query = "ASK { GRAPH <" + GraphNames.ofDocument(iri) + "> { ?s ?p ?o } }";
        return send(HttpRequest.newBuilder(uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of the server's output. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server with SIGTERM (it closes the store), forcibly if it has not exited within 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
