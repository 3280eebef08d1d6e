package org.directivegraph.bench;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * A server measured by benchmarks 4, 5 and 7: a child JVM of the benchmark JVM, listening on a free port of the
 * loopback interface, with its output in a log file. {@link #start} returns once the server has answered its first
 * SPARQL {@code ASK} over HTTP, and records how long that took from the process start ({@link #startSeconds()}).
 * {@link #rssMiB()} and {@link #hwmMiB()} read its resident size from {@code /proc/<pid>/status} (Linux). Closing
 * stops it and any process it started.
 */
public final class ServerProcess implements AutoCloseable {

    /** The main class of DirectiveGraph, run with {@code -cp} when the benchmark does not run from the packaged jar. */
    static final String MAIN_CLASS = "org.directivegraph.DirectiveGraphApplication";
    /** The result limit DirectiveGraph is started with: far above any answer of the benchmarks, also at national size. */
    static final long RESULT_LIMIT = 1_000_000_000L;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final String ASK = "ASK { ?s ?p ?o }";

    private final String name;
    private final Process process;
    private final String baseUrl;
    private final Path log;
    private final Thread shutdownHook;
    private double startSeconds;

    private ServerProcess(String name, Process process, String baseUrl, Path log) {
        this.name = name;
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts DirectiveGraph ({@code serve}) over an embedded TDB2 folder, from the same jar as this JVM when it runs
     * from the packaged jar ({@code java -jar}), else with this JVM's class path and {@link #MAIN_CLASS}.
     *
     * @param store a closed TDB2 folder holding the data and the reference data
     * @param heap  the {@code -Xmx} value, e.g. {@code 2g}
     * @param logs  folder for the server's output
     */
    public static ServerProcess directiveGraph(Path store, String heap, Path logs) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap));
        command.addAll(ownLauncher());
        command.addAll(List.of("serve", "--server.port=" + port, "--server.address=127.0.0.1",
                "--directivegraph.store.location=" + store.toAbsolutePath(), "--directivegraph.seeds.ingest-on-start=false",
                "--directivegraph.sparql.result-limit=" + RESULT_LIMIT));
        String base = "http://127.0.0.1:" + port;
        return start("directivegraph", command, Map.of(), store.getParent(), logs.resolve("directivegraph-" + port + ".log"),
                base, base + "/sparql");
    }

    /** How to run DirectiveGraph from this JVM's class path: {@code -jar JAR} or {@code -cp PATH MAIN}. */
    static List<String> ownLauncher() {
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(java.io.File.pathSeparator) && classPath.endsWith(".jar") && springBootJar(Path.of(classPath))) {
            return List.of("-jar", Path.of(classPath).toAbsolutePath().toString());
        }
        return List.of("-cp", classPath, MAIN_CLASS);
    }

    private static boolean springBootJar(Path jar) {
        try (JarFile f = new JarFile(jar.toFile())) {
            return f.getManifest() != null && f.getManifest().getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts a server process and waits for its first answered {@code ASK}.
     *
     * @param askEndpoint the SPARQL query endpoint the {@code ASK} is sent to (GET {@code ?query=})
     */
    static ServerProcess start(String name, List<String> command, Map<String, String> env, Path dir, Path log,
                               String baseUrl, String askEndpoint) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().putAll(env);
            long started = System.nanoTime();
            ServerProcess server = new ServerProcess(name, pb.start(), baseUrl, log);
            server.awaitAsk(askEndpoint);
            server.startSeconds = (System.nanoTime() - started) / 1e9;
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private void awaitAsk(String endpoint) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/sparql-results+json").GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " before answering; see " + log
                        + ":\n" + logTail());
            }
            try {
                HttpResponse<String> r = http.send(ask, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("true")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(20);
        }
        close();
        throw new IllegalStateException(name + " did not answer " + ASK + " within " + START_TIMEOUT.toMinutes() + " min; see " + log
                + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Which server. */
    public String name() {
        return name;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Seconds from the process start to its first answered {@code ASK}. */
    public double startSeconds() {
        return startSeconds;
    }

    /** The process id (the JVM itself: it is started without a shell). */
    public long pid() {
        return process.pid();
    }

    /** Resident set size now ({@code VmRSS}), MiB. */
    public double rssMiB() {
        return procStatusKb("VmRSS") / 1024.0;
    }

    /** Peak resident set size so far ({@code VmHWM}), MiB. */
    public double hwmMiB() {
        return procStatusKb("VmHWM") / 1024.0;
    }

    private long procStatusKb(String field) {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.isReadable(status)) {
            throw new IllegalStateException("cannot read " + status + ": the memory benchmark needs Linux's /proc and a running " + name);
        }
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(status + " has no " + field);
    }

    /**
     * Asks the server's JVM for a full garbage collection ({@code jcmd PID GC.run}) when the JDK has {@code jcmd}, then
     * waits {@code settleMillis} for the heap to shrink; returns whether a collection was requested.
     */
    public boolean gcAndSettle(long settleMillis) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        boolean asked = false;
        if (Files.isExecutable(jcmd)) {
            try {
                Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "GC.run").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                asked = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                asked = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sleep(settleMillis);
        return asked;
    }

    private void stop() {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }

    /** Stops the server (and waits for it, so that its store folder is free again). */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
