package org.directivegraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.directivegraph.store.BackupReader;
import org.directivegraph.store.Backups;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.RdfSyntaxException;
import org.directivegraph.store.StoreGuard;
import org.directivegraph.store.StoreNotWritableException;
import org.directivegraph.store.StoreReplaced;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Backups and restore over HTTP, for writers only: {@code POST /api/backups} writes a backup of the whole store to
 * the backup folder and answers its name, size, quad count and SHA-256; {@code GET /api/backups} lists the folder;
 * {@code POST /api/restore} replaces the whole store, in one transaction, with an uploaded backup (multipart field
 * {@code file}) or one of the folder's (parameter {@code name}). A backup that cannot be read is refused with 400 and
 * the store is unchanged. After a restore, {@link StoreReplaced} brings the search index, the quality result and the
 * ingester's known documents up to date.
 */
@RestController
public class BackupController {

    private final GraphStore store;
    private final Backups backups;
    private final ApplicationEventPublisher events;

    public BackupController(GraphStore store, Backups backups, ApplicationEventPublisher events) {
        this.store = store;
        this.backups = backups;
        this.events = events;
    }

    @PostMapping(path = "/api/backups", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> create() {
        Backups.Backup backup;
        try {
            backup = backups.create(store);
        } catch (IOException e) {
            boolean full = StoreGuard.storageFailure(e).map(f -> f.reason() == StoreNotWritableException.Reason.NO_SPACE).orElse(false);
            throw new ApiException(full ? HttpStatus.INSUFFICIENT_STORAGE : HttpStatus.SERVICE_UNAVAILABLE,
                    "no backup made: " + e.getMessage() + " (no partial file is left)");
        }
        Map<String, Object> body = describe(backup);
        body.put("quads", backup.quads());
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }

    @GetMapping(path = "/api/backups", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> list() throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Backups.Backup b : backups.list()) {
            list.add(describe(b));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("folder", backups.folder().toString());
        body.put("backups", list);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }

    @PostMapping(path = "/api/restore", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> restore(@RequestParam(name = "file", required = false) MultipartFile file,
                                          @RequestParam(name = "name", required = false) String name) throws IOException {
        boolean upload = file != null && !file.isEmpty();
        if (upload == (name != null && !name.isBlank())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "send either a backup file in the multipart field 'file' or the"
                    + " name of a backup of the folder in the parameter 'name' (GET /api/backups lists them)");
        }
        if (!upload) {
            Path backup = backups.find(name).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                    "no backup named '" + name + "' in the backup folder (GET /api/backups lists them)"));
            return restore(BackupReader.of(backup, name), name);
        }
        String sent = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        Path temp = Files.createTempFile("directivegraph-restore-", ".part");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            return restore(BackupReader.of(temp, sent), sent);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private ResponseEntity<String> restore(BackupReader reader, String from) {
        long quads;
        try {
            quads = store.replaceAll(reader);
        } catch (RdfSyntaxException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "not restored, the store is unchanged: " + e.getMessage());
        }
        events.publishEvent(new StoreReplaced(this, quads));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("restored", from);
        body.put("quads", quads);
        body.put("graphs", store.graphNames().size());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }

    private static Map<String, Object> describe(Backups.Backup b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", b.name());
        m.put("bytes", b.bytes());
        m.put("sha256", b.sha256());
        m.put("created", b.created().toString());
        return m;
    }
}
