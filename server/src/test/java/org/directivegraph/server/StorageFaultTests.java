package org.directivegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.directivegraph.store.GraphNames;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.SmallReferenceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * A full disk and a file system turned read-only under a running server (a child process, {@link ServerProcess}):
 * ingest answers a clear error naming the folder and the cause and stores nothing of the document; the store is not
 * damaged: once the condition is removed, it opens with every earlier document and without the refused ones.
 *
 * <p>The disk is a real tmpfs of a few MiB mounted as the store's folder; the read-only file system is a real ext4
 * image on a loop device mounted with {@code errors=remount-ro}, turned read-only by the kernel's own
 * {@code /sys/fs/ext4/DEV/trigger_fs_error} (a bind mount cannot be remounted read-only while the server holds the
 * store's files open for writing: the kernel answers EBUSY). The full-disk test also fills the disk to the last byte
 * under a server with no minimum, so that TDB2 fails inside a transaction ({@code -Dstorage.faults.tdb2=false} skips
 * that part). Both need root and a kernel that lets this container
 * mount; elsewhere the tests are skipped with the reason. Everything mounted is unmounted after each test.
 */
class StorageFaultTests {

    private static final Path RUN = Path.of("target/storage-faults", UUID.randomUUID().toString()).toAbsolutePath();
    private static final Path TEMPLATE = RUN.resolve("template");
    private static final Path LOGS = RUN.resolve("logs");
    private static final List<Path> MOUNTED = new ArrayList<>();

    @BeforeAll
    static void needsMounting() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "needs Linux to mount file systems");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to mount a tmpfs and an ext4 image");
        Path probe = Files.createDirectories(RUN.resolve("probe"));
        Result r = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe.toString());
        Assumptions.assumeTrue(r.code() == 0, "mounting is not permitted here: " + r.output());
        run("umount", probe.toString());
        SmallReferenceStore.create(TEMPLATE);
    }

    @AfterAll
    static void unmountEverything() throws Exception {
        for (Path p : MOUNTED) {
            run("umount", "-l", p.toString());
        }
    }

    @Test
    void aFullDiskRefusesTheIngestAndDamagesNothing() throws Exception {
        Path mount = Files.createDirectories(RUN.resolve("tmpfs"));
        long templateMiB = sizeOf(TEMPLATE) / (1024 * 1024) + 1;
        mount(mount, "-t", "tmpfs", "-o", "size=" + (templateMiB + 96) + "m", "tmpfs", mount.toString());
        try {
            Path store = mount.resolve("store");
            copy(TEMPLATE, store);
            String kept;
            int faulted;
            try (ServerProcess server = ServerProcess.start(store, 16, LOGS)) {
                HttpResponse<String> first = server.ingest(9201);
                assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
                kept = document(first);

                // 1. the usual case: less free than the minimum, refused before TDB2 writes anything
                Path filler = mount.resolve("filler-1");
                fill(filler, 8L * 1024 * 1024);
                HttpResponse<String> full = server.ingest(9202);
                assertThat(full.statusCode()).as(full.body()).isEqualTo(507);
                assertThat(message(full)).contains("nothing of this request was stored", "no space left for the store in",
                        store.toString(), "MiB free", "16.0 MiB needed");
                assertThat(server.askDocument(kept).body()).contains("true");
                assertThat(server.get("/api/backups").statusCode()).as("the server still answers").isEqualTo(401);
            }
            // 2. the rare case: the minimum set to 0 (-Dstorage.faults.tdb2=false skips this) and the disk filled to
            // the last byte, so that TDB2 itself fails inside the transaction
            faulted = 0;
            if (!"false".equals(System.getProperty("storage.faults.tdb2"))) {
                try (ServerProcess server = ServerProcess.start(store, 0, LOGS)) {
                    fill(mount.resolve("filler-2"), 0);
                    HttpResponse<String> last = null;
                    for (int n = 9203; n < 9208 && faulted == 0; n++) {
                        last = server.ingest(n);
                        if (last.statusCode() != 201) {
                            faulted = n;
                        }
                    }
                    assertThat(faulted).as("an ingest on a full disk failed").isPositive();
                    assertThat(last.statusCode()).as(last.body()).isIn(503, 507);
                    assertThat(message(last)).contains("nothing of this request was stored", store.toString(), "could not write");
                    HttpResponse<String> after = server.askDocument(kept);
                    assertThat(after.statusCode()).as("a faulted store answers nothing more: " + after.body()).isEqualTo(503);
                    assertThat(message(after)).contains("restarted");
                }
            }
            // 3. space freed: the store opens with what was stored before, without the refused documents, and takes writes
            try (Stream<Path> files = Files.list(mount)) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith("filler")).toList()) {
                    Files.delete(f);
                }
            }
            try (KnowledgeStore ks = KnowledgeStore.openTdb2(store, 16L * 1024 * 1024)) {
                List<String> documents = ks.graphNames().stream().filter(g -> !GraphNames.isReference(g)).toList();
                System.out.println("[figures] full disk: refused by the free-space check (507)"
                        + (faulted > 0 ? "; TDB2 failed inside the transaction of document " + faulted + ", store faulted (503)" : "")
                        + "; documents after the space was freed: " + documents);
                assertThat(documents).containsExactly(GraphNames.ofDocument(kept));
                assertThat(ks.graph(GraphNames.ofDocument(kept)).size()).isPositive();
                ks.putGraph("https://example.org/graph/after", ks.graph(GraphNames.ofDocument(kept)));
                assertThat(ks.graph("https://example.org/graph/after").size()).isPositive();
            }
        } finally {
            unmount(mount);
        }
    }

    @Test
    void aFileSystemTurnedReadOnlyRefusesTheIngestAndDamagesNothing() throws Exception {
        Assumptions.assumeTrue(run("which", "mkfs.ext4").code() == 0, "needs mkfs.ext4 to make an ext4 image");
        Path image = RUN.resolve("ext4.img");
        long templateMiB = sizeOf(TEMPLATE) / (1024 * 1024) + 1;
        Result mkfs = run("sh", "-c", "truncate -s " + (templateMiB * 2 + 128) + "M " + image + " && mkfs.ext4 -q -F " + image);
        assertThat(mkfs.code()).as(mkfs.output()).isZero();
        Path mount = Files.createDirectories(RUN.resolve("ext4"));
        Result loop = mount(mount, "-o", "loop,errors=remount-ro", image.toString(), mount.toString());
        Assumptions.assumeTrue(loop.code() == 0, "mounting a loop device is not permitted here: " + loop.output());
        try {
            Path store = mount.resolve("store");
            copy(TEMPLATE, store);
            String kept;
            String path;
            try (ServerProcess server = ServerProcess.start(store, 16, LOGS)) {
                HttpResponse<String> first = server.ingest(9301);
                assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
                kept = document(first);

                String device = loopDevice(mount);
                Files.writeString(Path.of("/sys/fs/ext4", device, "trigger_fs_error"), "1");
                // older kernels remount read-only; newer ones mark the file system emergency_ro and fail every write
                assertThat(Files.readString(Path.of("/proc/mounts"))).containsPattern(mount + " ext4 [^ ]*(\\bro\\b|emergency_ro)");

                HttpResponse<String> refused = server.ingest(9302);
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(message(refused)).contains("nothing of this request was stored", store.toString(), "read-only");
                boolean preflight = message(refused).contains("the store folder " + store + " is read-only");
                HttpResponse<String> read = server.askDocument(kept);
                if (preflight) {
                    assertThat(read.body()).as("refused before writing: reads go on").contains("true");
                } else {
                    // TDB2 hit the read-only file system inside the transaction: the store is faulted, refuses all
                    assertThat(message(refused)).contains("could not write (the file system is read-only)");
                    assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
                }
                path = preflight ? "refused by the writability check" : "TDB2 failed inside the transaction, store faulted";
            }
            unmount(mount);
            Result fsck = run("e2fsck", "-f", "-y", image.toString());
            assertThat(fsck.code()).as(fsck.output()).isLessThanOrEqualTo(1);
            assertThat(mount(mount, "-o", "loop", image.toString(), mount.toString()).code()).isZero();
            try (KnowledgeStore ks = KnowledgeStore.openTdb2(store, 0)) {
                List<String> documents = ks.graphNames().stream().filter(g -> !GraphNames.isReference(g)).toList();
                System.out.println("[figures] read-only file system: ingest refused (503, " + path + "); documents after fsck and remount: " + documents);
                assertThat(documents).containsExactly(GraphNames.ofDocument(kept));
                assertThat(ks.graph(GraphNames.ofDocument(kept)).size()).isPositive();
                ks.putGraph("https://example.org/graph/after", ks.graph(GraphNames.ofDocument(kept)));
            }
        } finally {
            unmount(mount);
            Files.deleteIfExists(image);
        }
    }

    private static String document(HttpResponse<String> ingested) {
        return JsonMapper.builder().build().readTree(ingested.body()).get("document").asString();
    }

    private static String message(HttpResponse<String> answer) {
        return JsonMapper.builder().build().readTree(answer.body()).get("message").asString();
    }

    /** Writes zeros to {@code file} until the file system has at most {@code leave} bytes free (0: until it is full). */
    private static void fill(Path file, long leave) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (Files.getFileStore(file.getParent()).getUsableSpace() > leave) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException e) {
            if (leave > 0 || !String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    private static String loopDevice(Path mount) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
            String[] f = line.split(" ");
            if (f.length > 1 && f[1].equals(mount.toString()) && f[0].startsWith("/dev/loop")) {
                return f[0].substring("/dev/".length());
            }
        }
        throw new IllegalStateException("no loop device mounted on " + mount);
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        Result r = run("cp", "-a", from.toString(), to.toString());
        if (r.code() != 0) {
            throw new IOException("cp failed: " + r.output());
        }
        try (Stream<Path> files = Files.walk(to)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> p.getFileName().toString().equals("tdb.lock")).forEach(p -> p.toFile().delete());
        }
    }

    private static Result mount(Path mountPoint, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("mount"));
        command.addAll(List.of(args));
        Result r = run(command.toArray(String[]::new));
        if (r.code() == 0) {
            MOUNTED.add(mountPoint);
        }
        return r;
    }

    private static void unmount(Path mountPoint) throws Exception {
        if (MOUNTED.remove(mountPoint)) {
            Result r = run("umount", mountPoint.toString());
            if (r.code() != 0) {
                run("umount", "-l", mountPoint.toString());
            }
        }
    }

    record Result(int code, String output) {
    }

    static Result run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, command[0] + " timed out");
        }
        return new Result(p.exitValue(), out.trim());
    }
}
