package org.directivegraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.directivegraph.DirectiveGraphApplication;

/**
 * The application's main class ({@link DirectiveGraphApplication}) run in a child JVM on the class path of the
 * test's own JVM (the jar is not built by {@code mvn test}), without the test classes. Its output goes to a log
 * file. {@link #kill()} sends SIGKILL ({@link Process#destroyForcibly()}): the process gets no chance to close
 * anything, as in a power cut of the process. A JVM shutdown hook kills it if the test run is cut short.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final Thread shutdownHook;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.shutdownHook = new Thread(process::destroyForcibly, "kill-child-jvm-" + process.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code java -cp <class path> org.directivegraph.DirectiveGraphApplication args…}.
     *
     * @param log where its standard output and error go
     */
    static ChildJvm start(Path log, List<String> args) {
        try {
            Path argFile = Files.createTempFile(log.getParent(), "classpath", ".args");
            // the class path goes through an argument file: one argument may not exceed 128 KiB on Linux
            Files.writeString(argFile, "-cp \"" + String.join(java.io.File.pathSeparator, classPath()) + "\"\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx1g");
            command.add("-XX:+UseSerialGC");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("@" + argFile);
            command.add(DirectiveGraphApplication.class.getName());
            command.addAll(args);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ChildJvm(p, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test JVM's class path without the test classes. Surefire may start tests with a jar whose manifest holds
     * the real class path; its entries are read from there.
     */
    static List<String> classPath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry);
            if (p.getFileName().toString().startsWith("surefirebooter") && Files.isRegularFile(p)) {
                try (JarFile jar = new JarFile(p.toFile())) {
                    Manifest m = jar.getManifest();
                    String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                    if (cp != null) {
                        for (String url : cp.trim().split("\\s+")) {
                            entries.add(Path.of(java.net.URI.create(url)).toString());
                        }
                    }
                }
            } else {
                entries.add(p.toAbsolutePath().toString());
            }
        }
        entries.removeIf(e -> e.replace('\\', '/').endsWith("/test-classes") || e.replace('\\', '/').endsWith("/test-classes/"));
        return new ArrayList<>(entries);
    }

    /** The process id. */
    long pid() {
        return process.pid();
    }

    /** Whether the process still runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** The output so far. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The last lines of the output, for messages. */
    String tail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Waits for the process to end by itself; returns its exit code, or -1 if it still runs after {@code seconds}. */
    int waitFor(long seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL, and waits until the process is gone (so its files are no longer held). */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("process " + process.pid() + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
