package org.directivegraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of backups: each a gzip N-Quads dump of the whole store named {@code directivegraph-YYYYMMDD-HHMMSS-mmm.nq.gz}
 * (UTC), written atomically ({@link DumpFiles}), with a {@code .sha256} file beside it in the format of
 * {@code sha256sum}, so that {@code sha256sum -c} checks it. Only names of that form are listed or given out, so a
 * name sent by a client can never reach another file.
 */
public final class Backups {

    private static final Pattern NAME = Pattern.compile("directivegraph-\\d{8}-\\d{6}-\\d{3}(-\\d+)?\\.nq\\.gz");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    /** The backups in {@code folder} (created when the first backup is made). */
    public Backups(Path folder) {
        this(folder, Clock.systemUTC());
    }

    Backups(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /** One backup file. {@code quads} is -1 and {@code sha256} null when not known (listed, no checksum file). */
    public record Backup(String name, Path file, long bytes, long quads, String sha256, Instant created) {
    }

    /**
     * Writes a backup of the whole store.
     *
     * @throws IOException when the folder or the file cannot be written; no partial file is left
     */
    public synchronized Backup create(GraphStore store) throws IOException {
        Files.createDirectories(folder);
        Instant now = clock.instant();
        String base = "directivegraph-" + STAMP.format(now);
        String name = base + ".nq.gz";
        for (int i = 1; Files.exists(folder.resolve(name)); i++) {
            name = base + "-" + i + ".nq.gz";
        }
        Path file = folder.resolve(name);
        DumpFiles.Written written = DumpFiles.writeCounted(store, file);
        Path sum = folder.resolve(name + ".sha256");
        Path temp = Files.createTempFile(folder, "." + name, ".sha256.part");
        try {
            Files.writeString(temp, written.sha256() + "  " + name + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(temp, sum, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, sum, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Backup(name, file, written.bytes(), written.quads(), written.sha256(), now);
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (NAME.matcher(name).matches() && Files.isRegularFile(f)) {
                    backups.add(new Backup(name, f, Files.size(f), -1, checksum(name).orElse(null),
                            Files.getLastModifiedTime(f).toInstant()));
                }
            }
        }
        backups.sort(Comparator.comparing(Backup::name).reversed());
        return backups;
    }

    /** The file of the backup named {@code name}, if that is a backup's name and it exists. */
    public Optional<Path> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Whether {@code name} has the form of a backup's name. */
    public static boolean isBackupName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    private Optional<String> checksum(String name) {
        Path sum = folder.resolve(name + ".sha256");
        try {
            String line = Files.isRegularFile(sum) ? Files.readString(sum, StandardCharsets.US_ASCII).trim() : "";
            int space = line.indexOf(' ');
            return space == 64 ? Optional.of(line.substring(0, 64)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
