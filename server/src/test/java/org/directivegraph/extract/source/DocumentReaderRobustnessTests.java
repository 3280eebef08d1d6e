package org.directivegraph.extract.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of the real fixtures (bytes changed, cut short, zeroed) are either read or refused with an
 * {@link UnreadableDocumentException} that names the file: never another exception, and never for long.
 */
class DocumentReaderRobustnessTests {

    private static final int VARIANTS = 30;

    private final DocumentReader reader = new DocumentReader(DocumentReader.Limits.DEFAULT.withMaxConversionTime(Duration.ofSeconds(20)));

    @Test
    void damagedWordDocumentsAreReadOrRefused() throws Exception {
        assertOnlyRefusals(TestDocuments.DOCX, 1);
    }

    @Test
    void wordDocumentsWithDamagedXmlInAWholeZipAreReadOrRefused(@TempDir Path dir) throws Exception {
        Path docx = TestDocuments.fixture(TestDocuments.DOCX);
        String xml = TestDocuments.entryText(docx, "word/document.xml");
        Random random = new Random(5);
        List<String> problems = new ArrayList<>();
        String junk = "<>&;\"'/=:x\u0000\uFFFD";
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < VARIANTS; i++) {
                StringBuilder damaged = new StringBuilder(i % 2 == 0 ? xml : xml.substring(0, random.nextInt(xml.length())));
                for (int c = random.nextInt(10); c > 0; c--) {
                    damaged.setCharAt(random.nextInt(damaged.length()), junk.charAt(random.nextInt(junk.length())));
                }
                Path variant = TestDocuments.rewriteEntry(docx, dir.resolve("xml-" + i + ".docx"), "word/document.xml", x -> damaged.toString());
                check(variant.getFileName().toString(), Files.readAllBytes(variant), problems);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void damagedWord97DocumentsAreReadOrRefused() throws Exception {
        assertOnlyRefusals(TestDocuments.DOC, 2);
    }

    @Test
    void damagedPdfsAreReadOrRefused() throws Exception {
        assertOnlyRefusals(TestDocuments.PDF, 3);
    }

    @Test
    void damagedTextIsReadOrRefused() throws Exception {
        byte[] seed = Files.readAllBytes(TestDocuments.seed(TestDocuments.SEED));
        List<String> problems = new ArrayList<>();
        Random random = new Random(4);
        for (int i = 0; i < VARIANTS; i++) {
            check("seed-" + i + ".txt", mutate(seed, random, i), problems);
        }
        assertThat(problems).isEmpty();
    }

    private void assertOnlyRefusals(String fixture, long seed) throws Exception {
        byte[] original = Files.readAllBytes(TestDocuments.fixture(fixture));
        List<String> problems = new ArrayList<>();
        Random random = new Random(seed);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < VARIANTS; i++) {
                String name = "variant-" + i + "-" + fixture;
                check(name, mutate(original, random, i), problems);
            }
        });
        assertThat(problems).isEmpty();
    }

    private void check(String name, byte[] bytes, List<String> problems) {
        try {
            ReadResult result = reader.readWithReport(name, new ByteArrayInputStream(bytes));
            if (result.text().raw().isBlank()) {
                problems.add(name + ": read to blank text");
            }
        } catch (UnreadableDocumentException e) {
            if (!e.getMessage().startsWith(name) || !e.fileName().equals(name)) {
                problems.add(name + ": message does not name the file: " + e.getMessage());
            }
        } catch (Throwable t) {
            problems.add(name + ": " + t);
        }
    }

    /** A damaged copy: a third have bytes changed, a third are cut short, a third have a run of bytes zeroed. */
    static byte[] mutate(byte[] original, Random random, int i) {
        byte[] copy = original.clone();
        switch (i % 3) {
            case 0 -> {
                int changes = 1 + random.nextInt(40);
                for (int c = 0; c < changes; c++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 1 -> {
                return Arrays.copyOf(copy, 1 + random.nextInt(copy.length - 1));
            }
            default -> {
                int from = random.nextInt(copy.length);
                Arrays.fill(copy, from, Math.min(copy.length, from + 1 + random.nextInt(2048)), (byte) 0);
                return copy;
            }
        }
    }
}
