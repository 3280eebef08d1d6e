package org.directivegraph.extract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.DocumentTypeNames;
import org.directivegraph.extract.Extraction;
import org.directivegraph.extract.ExtractionSummary;
import org.directivegraph.extract.Extractor;
import org.directivegraph.ingest.DocumentGraphBuilder;
import org.directivegraph.ingest.Ingester;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The extractor and the document graph builder (what an upload goes through after reading) on random, mutated and
 * hostile plan texts: never a hang, never an exception, allocation within {@link #BUDGET}; and decomposed (NFD)
 * Vietnamese gives the same facts as composed (NFC), with evidence pointing into the text as given.
 */
class ExtractorFuzzTests {

    /**
     * What extracting and building the graph of a text may allocate: 4 KiB per char plus 64 MiB. A plan allocates
     * 100 to 300 bytes per char; short lines cost more per char (a line of two chars is read by every parser); the
     * quadratic cases this found allocated gigabytes for a few hundred thousand chars.
     */
    static final FuzzHarness.Budget BUDGET = new FuzzHarness.Budget(4096, 64L << 20);

    /** Inputs of the short run in the suite. */
    private static final int SHORT_RUN = 50;

    private static final FuzzSettings SETTINGS = FuzzSettings.fromSystem();
    private static final Extractor EXTRACTOR = new Extractor();
    private static DocumentGraphBuilder builder;

    @BeforeAll
    static void warmUp() {
        builder = Ingester.standaloneBuilder();
        Corpus.seeds().forEach(s -> builder.build(EXTRACTOR.extract(new DocumentText(s.name(), s.text()))));
    }

    private static FuzzHarness.Outcome extractAndBuild(FuzzInput input) {
        Extraction e = EXTRACTOR.extract(new DocumentText(input.name(), input.text()));
        builder.build(e);
        return new FuzzHarness.Outcome(input.text().length(), "extracted");
    }

    @Test
    void mutatedPlanTextsAreReadWithinBounds() throws Exception {
        FuzzHarness harness = new FuzzHarness("extractor-mutations", SETTINGS, BUDGET);
        List<Corpus.Base> bases = Corpus.texts();
        int n = SETTINGS.iterationsOr(SHORT_RUN);
        for (int i = 0; i < n && !harness.stopped(); i++) {
            if (!SETTINGS.runs(i)) {
                continue;
            }
            Random random = SETTINGS.random("extractor-mutations", i);
            Corpus.Base base = bases.get(random.nextInt(bases.size()));
            TextMutations.Mutated m = TextMutations.mutate(base.text(), random, 4, SETTINGS.scale());
            harness.run(i, FuzzInput.text("mutated-" + i + "-" + base.name(), base.name() + ": " + m.description(), m.text()),
                    ExtractorFuzzTests::extractAndBuild);
        }
        harness.finish();
    }

    @Test
    void hostileShapesAreReadWithinBounds() throws Exception {
        FuzzHarness harness = new FuzzHarness("extractor-hostile-shapes", SETTINGS, BUDGET);
        String base = Corpus.seeds().get(1).text();
        int i = 0;
        for (Map.Entry<String, UnaryOperator<String>> shape : HostileShapes.all(SETTINGS.scale()).entrySet()) {
            if (SETTINGS.runs(i)) {
                String text = shape.getValue().apply(base);
                harness.run(i, FuzzInput.text("shape-" + i + ".txt", shape.getKey() + " at scale " + SETTINGS.scale() + " (in seed 001)", text),
                        ExtractorFuzzTests::extractAndBuild);
            }
            i++;
        }
        harness.finish();
    }

    @Test
    void decomposedVietnameseGivesTheSameFactsAsComposed() throws Exception {
        List<String> differences = new ArrayList<>();
        List<FuzzInput> texts = new ArrayList<>();
        Corpus.texts().forEach(b -> texts.add(FuzzInput.text(b.name(), "as written", b.text())));
        for (int i = 0; i < SETTINGS.iterationsOr(4) && i < 1000; i++) {
            Random random = SETTINGS.random("nfd", i);
            Corpus.Base base = Corpus.seeds().get(random.nextInt(5));
            TextMutations.Mutated m = TextMutations.mutate(base.text(), random, 2, SETTINGS.scale());
            texts.add(FuzzInput.text("nfd-" + i + "-" + base.name(), m.description(), m.text()));
        }
        for (FuzzInput input : texts) {
            String nfc = Normalizer.normalize(input.text(), Normalizer.Form.NFC);
            String nfd = Normalizer.normalize(input.text(), Normalizer.Form.NFD);
            String composed = summary(nfc, false);
            String decomposed = Normalizer.normalize(summary(nfd, true), Normalizer.Form.NFC);
            if (!composed.equals(decomposed)) {
                differences.add(input.name() + " (" + input.mutations() + "):\n  NFC " + composed + "\n  NFD " + decomposed);
                input.save(FuzzHarness.FAILURES, "nfd");
            }
            assertEvidenceIsTheSourceText(nfd);
        }
        System.out.println("[nfd] " + texts.size() + " texts read composed and decomposed, " + differences.size() + " differ");
        assertThat(differences).as("facts that differ between NFC and NFD").isEmpty();
    }

    /** The summary of a text's facts as JSON, without the note that a text was read in NFC. */
    private static String summary(String text, boolean decomposed) {
        Extraction e = EXTRACTOR.extract(new DocumentText("plan.txt", text));
        List<String> warnings = new ArrayList<>(e.warnings());
        boolean noted = warnings.remove(Extractor.NFC_WARNING);
        assertThat(noted).as("the NFC note").isEqualTo(decomposed && !Normalizer.isNormalized(text, Normalizer.Form.NFC));
        ExtractionSummary s = ExtractionSummary.of(e, DocumentTypeNames.abbreviations(), List.of(), List.of(), List.of());
        ExtractionSummary withoutNote = new ExtractionSummary(s.docType(), s.number(), s.date(), s.issuer(), s.adminLevel(), s.title(),
                s.signer(), s.implementsDocuments(), s.cited(), s.sections(), s.tasks(), s.responsibleBodies(), s.indicators(),
                s.deadlines(), s.recipients(), warnings);
        return JsonMapper.builder().build().writeValueAsString(withoutNote);
    }

    /** Every span of the graph of {@code text} is exactly the code points of {@code text} its offsets say. */
    private static void assertEvidenceIsTheSourceText(String text) {
        int[] cps = text.codePoints().toArray();
        Model m = builder.build(EXTRACTOR.extract(new DocumentText("plan.txt", text))).model();
        List<Resource> spans = m.listSubjectsWithProperty(RDF.type, DG.TextSpan).toList();
        assertThat(spans).isNotEmpty();
        for (Resource span : spans) {
            int start = span.getProperty(DG.startOffset).getInt();
            int end = span.getProperty(DG.endOffset).getInt();
            assertThat(new String(cps, start, end - start)).as(span.getURI()).isEqualTo(span.getProperty(DG.exactText).getString());
        }
    }
}
