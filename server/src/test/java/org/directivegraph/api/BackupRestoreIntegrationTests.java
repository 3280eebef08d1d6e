package org.directivegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.directivegraph.pages.QualityCache;
import org.directivegraph.pages.SiteIndex;
import org.directivegraph.search.SearchFilters;
import org.directivegraph.server.ApplicationIntegrationTest;
import org.directivegraph.server.SeedTexts;
import org.directivegraph.store.Backups;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.QuadSets;
import org.directivegraph.store.SmallReferenceStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/backups}, {@code GET /api/backups} and {@code POST /api/restore} over real HTTP, on an application
 * of its own (a restore replaces the whole store, which the shared application's other tests must not see) over a
 * real TDB2 store holding the reference data without the units ({@link SmallReferenceStore}), closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "directivegraph.writers.tester=$2a$10$j8ctaUenCcc37BJGxjwVxeaHrZqrFMOoI52dHvlqV7PGjLfAowmtS",
    "directivegraph.seeds.ingest-on-start=false"
})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BackupRestoreIntegrationTests {

    private static final Path RUN = Path.of("target/backup-it", UUID.randomUUID().toString()).toAbsolutePath();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        Path store = RUN.resolve("store");
        if (!Files.isDirectory(store)) {
            SmallReferenceStore.create(store);
        }
        registry.add("directivegraph.store.location", store::toString);
        registry.add("directivegraph.backup.folder", () -> RUN.resolve("backups").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    @Autowired
    SiteIndex siteIndex;

    @Autowired
    QualityCache quality;

    @Autowired
    Backups backups;

    private ApiHttp http() {
        return new ApiHttp(port);
    }

    private String ingest(int number) {
        HttpResponse<String> r = http().upload("/api/ingest?commit=true&force=true", "kh-" + number + ".txt",
                SeedTexts.seed001WithNumber(number).getBytes(StandardCharsets.UTF_8), ApiHttp.WRITER, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ApiHttp.json(r).get("document").asString();
    }

    private boolean found(String documentIri, int number) {
        return siteIndex.index().search(number + "/KH-UBND", SearchFilters.NONE, 50).hits().stream()
                .anyMatch(h -> h.iri().equals(documentIri));
    }

    @Test
    void aRestoreGivesBackTheStoreOfTheBackupAndItsCaches() throws Exception {
        String kept = ingest(9101);
        HttpResponse<String> made = http().post("/api/backups", null, new byte[0], ApiHttp.WRITER, null);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode backup = ApiHttp.json(made);
        Path file = backups.folder().resolve(backup.get("name").asString());
        assertThat(backup.get("bytes").asLong()).isEqualTo(Files.size(file));
        assertThat(backup.get("sha256").asString()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        QuadSets.Quads atBackup = QuadSets.of((KnowledgeStore) store);
        assertThat(backup.get("quads").asLong()).isEqualTo(atBackup.size());
        QuadSets.Comparison fileVsStore = QuadSets.compare(atBackup, QuadSets.of(file));
        assertThat(fileVsStore.differences()).as(fileVsStore.toString()).isZero();

        // the store changes: a document added, the one backed up deleted
        String added = ingest(9102);
        HttpResponse<String> deleted = http().delete("/api/documents?iri=" + URLEncoder.encode(kept, StandardCharsets.UTF_8), ApiHttp.WRITER);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(found(added, 9102)).isTrue();
        assertThat(found(kept, 9101)).isFalse();
        var qualityBefore = quality.current();
        assertThat(quality.current()).as("cached").isSameAs(qualityBefore);

        HttpResponse<String> restored = http().upload("/api/restore", "ignored.txt", new byte[0], ApiHttp.WRITER, null);
        assertThat(restored.statusCode()).as("an empty upload and no name").isEqualTo(400);
        restored = http().post("/api/restore?name=" + backup.get("name").asString(), null, new byte[0], ApiHttp.WRITER, null);
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(ApiHttp.json(restored).get("quads").asLong()).isEqualTo(atBackup.size());

        QuadSets.Comparison afterRestore = QuadSets.compare(atBackup, QuadSets.of((KnowledgeStore) store));
        assertThat(afterRestore.differences()).as(afterRestore.toString()).isZero();
        assertThat(found(kept, 9101)).as("the search index has the restored document").isTrue();
        assertThat(found(added, 9102)).as("and not the one added after the backup").isFalse();
        assertThat(quality.current()).as("the quality result is computed again").isNotSameAs(qualityBefore);

        // the same backup uploaded gives the same store again
        ingest(9103);
        HttpResponse<String> uploaded = http().upload("/api/restore", "backup.nq.gz", Files.readAllBytes(file), ApiHttp.WRITER, null);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        QuadSets.Comparison afterUpload = QuadSets.compare(atBackup, QuadSets.of((KnowledgeStore) store));
        assertThat(afterUpload.differences()).as(afterUpload.toString()).isZero();

        HttpResponse<String> list = http().get("/api/backups", ApiHttp.WRITER);
        assertThat(list.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        ApiHttp.json(list).get("backups").forEach(b -> names.add(b.get("name").asString()));
        assertThat(names).contains(backup.get("name").asString());
        System.out.println("[figures] API: backed up " + atBackup.size() + " quads; restored by name: " + afterRestore
                + "; restored by upload: " + afterUpload);
    }

    @Test
    void aBrokenBackupIsRefusedAndNothingChanges() throws Exception {
        ingest(9104);
        QuadSets.Quads before = QuadSets.of((KnowledgeStore) store);
        byte[] broken = ("<https://example.org/a> <https://example.org/p> \"x\" <https://example.org/g> .\n"
                + "<https://example.org/b> <https://example.org/p> \"y\" .\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = http().upload("/api/restore", "broken.nq", broken, ApiHttp.WRITER, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(ApiHttp.json(r).get("message").asString()).contains("not restored, the store is unchanged", "broken.nq", "quad 2 has no graph name");
        r = http().upload("/api/restore", "syntax.nq", "<https://example.org/a> <p> .\n".getBytes(StandardCharsets.UTF_8), ApiHttp.WRITER, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(ApiHttp.json(r).get("message").asString()).contains("syntax.nq, line 1");
        r = http().post("/api/restore?name=../store/Data-0001/nodes.dat", null, new byte[0], ApiHttp.WRITER, null);
        assertThat(r.statusCode()).isEqualTo(404);
        QuadSets.Comparison after = QuadSets.compare(before, QuadSets.of((KnowledgeStore) store));
        assertThat(after.differences()).as(after.toString()).isZero();
    }

    @Test
    void backupsAndRestoresAreForWritersOnly() {
        assertThat(http().post("/api/backups", null, new byte[0], null, null).statusCode()).isEqualTo(401);
        assertThat(http().get("/api/backups", null).statusCode()).isEqualTo(401);
        assertThat(http().post("/api/restore?name=x", null, new byte[0], ApiHttp.basic(ApplicationIntegrationTest.WRITER, "wrong-password"), null)
                .statusCode()).isEqualTo(401);
    }
}
