package org.directivegraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.directivegraph.bench.ChildProcesses;

/**
 * A real Apache Jena Fuseki server ({@code target/fuseki/jena-fuseki-server.jar}, copied there by the build) run as
 * a child process for tests, on a free port of the loopback interface only, over fresh TDB2 folders. It serves
 * two datasets: {@code /dg}, configured as DirectiveGraph needs it ({@code tdb2:unionDefaultGraph true}, with
 * {@code query}, {@code update} and {@code data} endpoints), and {@code /plain}, the same without the union
 * default graph. Every request needs the user {@link #USER} with password {@link #PASSWORD} (HTTP basic), so that
 * tests also prove the credentials are sent. Its output goes to {@code target/fuseki-logs/}; it is stopped
 * (with any child process) by {@link #close()}, or by a JVM shutdown hook if a test run is cut short.
 */
public final class FusekiProcess implements AutoCloseable {

    /** The user every request must authenticate as. */
    public static final String USER = "dg-test";
    /** Its password. */
    public static final String PASSWORD = "fuseki-secret-for-tests";

    private static final Path JAR = Path.of("target/fuseki/jena-fuseki-server.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread shutdownHook;

    private FusekiProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, "stop-fuseki-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a server and waits until it answers {@code /$/ping}. */
    public static FusekiProcess start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing; run ./mvnw -B -q test-compile first (it copies the Fuseki server there)");
        }
        try {
            Path dir = Files.createDirectories(Path.of("target/fuseki-runs", UUID.randomUUID().toString())).toAbsolutePath();
            Path dg = Files.createDirectories(dir.resolve("dg"));
            Path plain = Files.createDirectories(dir.resolve("plain"));
            Path config = Files.writeString(dir.resolve("config.ttl"), config(dg, plain));
            Path passwd = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
            Path logs = Files.createDirectories(Path.of("target/fuseki-logs"));
            int port = freePort();
            Path log = logs.resolve("fuseki-" + port + ".log").toAbsolutePath();
            ProcessBuilder pb = new ProcessBuilder(List.of(javaBinary(), "-Xmx1g", "-jar", JAR.toAbsolutePath().toString(),
                    "--localhost", "--port=" + port, "--ping", "--config=" + config, "--passwd=" + passwd, "--auth=basic"))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // Fuseki writes its run area (shiro.ini, logs, backups) under FUSEKI_BASE; keep it in the temp folder
            pb.environment().put("FUSEKI_BASE", dir.resolve("run").toString());
            FusekiProcess fuseki = new FusekiProcess(pb.start(), port, log);
            fuseki.awaitPing();
            return fuseki;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Fuseki", e);
        }
    }

    private static String config(Path dg, Path plain) {
        return """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX :       <#>

                :dg a fuseki:Service ;
                    fuseki:name "dg" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name "update" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
                    fuseki:dataset :dgData .

                :dgData a tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .

                :plain a fuseki:Service ;
                    fuseki:name "plain" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
                    fuseki:dataset :plainData .

                :plainData a tdb2:DatasetTDB2 ;
                    tdb2:location "%s" .
                """.formatted(dg.toString().replace("\\", "/"), plain.toString().replace("\\", "/"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private void awaitPing() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create(baseUrl() + "/$/ping")).timeout(Duration.ofSeconds(5))
                .header("Authorization", basicAuth()).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited with code " + process.exitValue() + "; see " + log + ":\n" + logTail());
            }
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
        throw new IllegalStateException("Fuseki did not answer /$/ping within " + START_TIMEOUT.toSeconds() + " s; see " + log + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The HTTP basic {@code Authorization} header value for {@link #USER}. */
    public static String basicAuth() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The dataset configured for DirectiveGraph (union default graph). */
    public String datasetUrl() {
        return baseUrl() + "/dg";
    }

    /** A dataset without the union default graph. */
    public String plainDatasetUrl() {
        return baseUrl() + "/plain";
    }

    /** A store on {@link #datasetUrl()} with the right credentials. */
    public RemoteStore store() {
        return new RemoteStore(datasetUrl(), USER, PASSWORD);
    }

    /** Where the server's output goes. */
    public Path log() {
        return log;
    }

    private void stop() {
        ChildProcesses.stop(process, Duration.ofSeconds(10));
    }

    /** Stops the server and its child processes. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }
}
