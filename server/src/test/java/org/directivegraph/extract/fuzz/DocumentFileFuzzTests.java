package org.directivegraph.extract.fuzz;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.directivegraph.extract.Extractor;
import org.directivegraph.extract.source.DocumentReader;
import org.directivegraph.extract.source.ReadResult;
import org.directivegraph.extract.source.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

/**
 * Damaged Word, Word 97 and PDF files and text files in mixed encodings through the {@link DocumentReader} and, when
 * read, the {@link Extractor}: each is read or refused with an {@link UnreadableDocumentException} whose message
 * names the file, never anything else, within the time limit and {@link #BUDGET}.
 */
class DocumentFileFuzzTests {

    /**
     * What reading a file and extracting its text may allocate: 4 KiB per unit plus 128 MiB (Apache Tika and POI
     * allocate tens of megabytes for any Word file), where a unit is a byte of the file or a char of its text,
     * whichever is more (a .docx is compressed).
     */
    static final FuzzHarness.Budget BUDGET = new FuzzHarness.Budget(4096, 128L << 20);

    private static final int SHORT_DAMAGED = 16;
    private static final int SHORT_ENCODINGS = 60;

    private static final FuzzSettings SETTINGS = FuzzSettings.fromSystem();
    private static final Extractor EXTRACTOR = new Extractor();
    /** The reader's own time limit is below the harness's, so that a slow conversion is refused, not reported as a hang. */
    private static final DocumentReader READER = new DocumentReader(DocumentReader.Limits.DEFAULT
            .withMaxConversionTime(Duration.ofSeconds(Math.max(5, SETTINGS.timeout().toSeconds() / 2))));

    /** Reads the file; extracts its text when read; a refusal must name the file. */
    private static FuzzHarness.Outcome readAndExtract(FuzzInput input) {
        ReadResult read;
        try {
            read = READER.readWithReport(input.name(), new ByteArrayInputStream(input.bytes()));
        } catch (UnreadableDocumentException e) {
            if (!e.getMessage().startsWith(input.name()) || !e.fileName().equals(input.name())) {
                throw new AssertionError("the refusal does not name the file: " + e.getMessage());
            }
            return new FuzzHarness.Outcome(input.bytes().length, "refused " + e.reason());
        }
        if (read.text().raw().isBlank()) {
            throw new AssertionError("read to blank text, which the reader refuses as NO_TEXT");
        }
        EXTRACTOR.extract(read.text());
        return new FuzzHarness.Outcome(Math.max(input.bytes().length, read.text().raw().length()), "read " + read.format());
    }

    @Test
    void damagedWordAndPdfFilesAreReadOrRefused() throws Exception {
        FuzzHarness harness = new FuzzHarness("reader-damaged-files", SETTINGS, BUDGET);
        List<Corpus.Base> files = Corpus.files();
        int n = SETTINGS.iterationsOr(SHORT_DAMAGED);
        for (int i = 0; i < n && !harness.stopped(); i++) {
            if (!SETTINGS.runs(i)) {
                continue;
            }
            Random random = SETTINGS.random("reader-damaged-files", i);
            Corpus.Base base = files.get(random.nextInt(files.size()));
            ByteMutations.Mutated m = ByteMutations.damage(base.bytes(), random);
            harness.run(i, FuzzInput.file("damaged-" + i + "-" + base.name(), base.name() + ": " + m.description(), m.bytes()),
                    DocumentFileFuzzTests::readAndExtract);
        }
        harness.finish();
    }

    @Test
    void textsInMixedEncodingsAreReadOrRefused() throws Exception {
        FuzzHarness harness = new FuzzHarness("reader-mixed-encodings", SETTINGS, BUDGET);
        List<Corpus.Base> texts = Corpus.texts();
        int n = SETTINGS.iterationsOr(SHORT_ENCODINGS);
        for (int i = 0; i < n && !harness.stopped(); i++) {
            if (!SETTINGS.runs(i)) {
                continue;
            }
            Random random = SETTINGS.random("reader-mixed-encodings", i);
            Corpus.Base base = texts.get(random.nextInt(texts.size()));
            String text = random.nextInt(3) == 0 ? TextMutations.mutate(base.text(), random, 2, SETTINGS.scale()).text() : base.text();
            ByteMutations.Mutated m = ByteMutations.encode(text, random);
            harness.run(i, FuzzInput.file("encoded-" + i + "-" + base.name(), base.name() + ": " + m.description(), m.bytes()),
                    DocumentFileFuzzTests::readAndExtract);
        }
        harness.finish();
    }
}
