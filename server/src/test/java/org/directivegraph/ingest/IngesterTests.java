package org.directivegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.directivegraph.store.GraphNames;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.ReferenceData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest stores each plan in its own graph in one transaction, replaces on re-ingest, and refuses bad input without writing. */
class IngesterTests {

    static final Path SEEDS = Path.of("../data/seeds");

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static Ingester ingester;

    @BeforeAll
    static void open() {
        store = KnowledgeStore.openTdb2(dir.resolve("store"));
        ReferenceData.ensureLoaded(store);
        ingester = new Ingester(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void seedsAreStoredAndReingestingReplaces() {
        long before = store.size();
        long added = 0;
        for (String seed : new String[] {"000_10e9ab392167727b.txt", "001_09e8b167c0733129.txt", "002_e8343cfd8903a018.txt",
                "003_5e30993f3c594bd5.txt", "004_10255b9cbb26c87c.txt"}) {
            Ingester.Result r = ingester.ingest(SEEDS.resolve(seed), false);
            assertThat(r.stored()).as(seed + " " + r.refusal()).isTrue();
            assertThat(r.violations()).isZero();
            added += r.triples();
        }
        assertThat(store.size()).isEqualTo(before + added);
        assertThat(store.graphNames()).contains("https://w3id.org/directivegraph/id/doc/11429/ubnd/2024/kh-10/graph");

        long size = store.size();
        Ingester.Result again = ingester.ingest(SEEDS.resolve("001_09e8b167c0733129.txt"), false);
        assertThat(again.stored()).isTrue();
        assertThat(store.size()).isEqualTo(size);
    }

    @Test
    void aRefusedNewVersionLeavesTheStoredVersionWhole() throws IOException {
        // a plan of its own (seed 001 renumbered), so that the other tests' seeds are untouched
        String text = Files.readString(SEEDS.resolve("001_09e8b167c0733129.txt")).replace("Số: 10/KH-UBND", "Số: 9801/KH-UBND");
        Path stored = Files.writeString(dir.resolve("9801.txt"), text);
        Ingester.Result first = ingester.ingest(stored, false);
        assertThat(first.stored()).isTrue();
        String graph = GraphNames.ofDocument(first.documentIri());
        var before = store.graph(graph);
        long size = store.size();
        // the same plan (same number and date, so the same document) without its recipients and signature
        Path truncated = Files.writeString(dir.resolve("9801-truncated.txt"), text.substring(0, text.indexOf("***Nơi nhận:***")));
        Ingester.Result refused = ingester.ingest(truncated, false);
        assertThat(refused.documentIri()).isEqualTo(first.documentIri());
        assertThat(refused.stored()).isFalse();
        assertThat(refused.violations()).isPositive();
        assertThat(store.size()).isEqualTo(size);
        assertThat(store.graph(graph).isIsomorphicWith(before)).isTrue();
    }

    @Test
    void badFilesGetAClearMessageAndChangeNothing() throws IOException {
        long size = store.size();
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'K', 0, 1, 2, (byte) 0xff, 0});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Kế hoạch về café, résumé".getBytes(StandardCharsets.ISO_8859_1));
        Path docx = Files.write(dir.resolve("plan.docx"), new byte[] {'P', 'K', 3, 4});
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertRefused(empty, "is empty");
        assertRefused(binary, "not a text file");
        assertRefused(latin1, "not UTF-8");
        assertRefused(docx, "plan.docx is not a readable Word document");
        assertRefused(huge, "the limit is 20");
        assertRefused(dir.resolve("missing.txt"), "does not exist");
        assertThat(store.size()).isEqualTo(size);
    }

    @Test
    void aTextThatIsNotAPlanIsRefusedUnlessForced() throws IOException {
        Path english = Files.writeString(dir.resolve("english.txt"),
                "Minutes of the garden club.\nWe planted tulips and discussed the spring fair.\n");
        long size = store.size();
        Ingester.Result refused = ingester.ingest(english, false);
        assertThat(refused.stored()).isFalse();
        assertThat(refused.refusal()).contains("english.txt does not look Vietnamese");
        Path notAPlan = Files.writeString(dir.resolve("truyen-ngan.txt"),
                "Chiều hôm ấy, mưa rơi trên mái ngói cũ. Bà ngồi bên hiên, kể cho lũ trẻ nghe chuyện ngày xưa về "
                        + "những mùa lúa chín vàng và tiếng sáo diều vi vu trên cánh đồng làng.\n");
        Ingester.Result story = ingester.ingest(notAPlan, false);
        assertThat(story.stored()).isFalse();
        assertThat(story.refusal()).contains("violation", "PlanImplementsShape", "PlanTasksShape");
        assertThat(store.size()).isEqualTo(size);
        Ingester.Result forced = ingester.ingest(english, true);
        assertThat(forced.stored()).isTrue();
        assertThat(store.size()).isGreaterThan(size);
    }

    private static void assertRefused(Path file, String message) {
        Ingester.Result r = ingester.ingest(file, false);
        assertThat(r.stored()).isFalse();
        assertThat(r.refusal()).contains(message);
    }
}
