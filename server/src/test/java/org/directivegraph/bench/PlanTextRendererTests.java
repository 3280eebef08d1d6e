package org.directivegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.directivegraph.extract.Extraction;
import org.directivegraph.extract.Extractor;
import org.directivegraph.extract.citation.CitationMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extractor reads back what the renderer wrote: number, date, issuer, implemented document, task count. */
class PlanTextRendererTests {

    private static final List<DatasetGenerator.Generated> SAMPLE = new ArrayList<>();
    private static final List<Extraction> EXTRACTED = new ArrayList<>();

    @BeforeAll
    static void renderAndExtract() {
        // one commune per district of Hà Nội: the province plan, 30 district plans, 30 commune plans
        DatasetGenerator.packaged().generate(new DatasetGenerator.Options("01", 7, 1, 1), OutputStream.nullOutputStream(), SAMPLE::add);
        Extractor extractor = new Extractor();
        SAMPLE.forEach(g -> EXTRACTED.add(extractor.extract(g.documentText())));
        assertThat(SAMPLE).hasSizeGreaterThan(40);
    }

    @Test
    void numberAndBlankNumberAreReadBack() {
        assertThat(precision(i -> {
            Plan p = SAMPLE.get(i).plan();
            String read = EXTRACTED.get(i).header().number();
            return p.number() == null ? read == null : p.number().equals(read)
                    && p.symbol().equals(EXTRACTED.get(i).header().symbol());
        })).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void dateIsReadBack() {
        assertThat(precision(i -> SAMPLE.get(i).plan().date().equals(EXTRACTED.get(i).header().date()))).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void issuerIsReadBack() {
        assertThat(precision(i -> {
            String name = EXTRACTED.get(i).header().issuerName();
            return name != null && name.toLowerCase(Locale.ROOT).endsWith(SAMPLE.get(i).plan().unitName().toLowerCase(Locale.ROOT))
                    && name.toLowerCase(Locale.ROOT).startsWith("ủy ban nhân dân");
        })).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void implementedDocumentIsReadBack() {
        assertThat(precision(i -> {
            Plan.Reference up = SAMPLE.get(i).plan().implemented();
            List<CitationMention> impl = EXTRACTED.get(i).withRole("implements");
            if (impl.size() != 1) {
                return false;
            }
            CitationMention m = impl.get(0);
            if (up.number() == null) {
                return m.number() == null && up.issuerText().equals(m.issuerText());
            }
            return up.number().equals(m.number()) && up.date().equals(m.date());
        })).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void taskCountIsReadBack() {
        assertThat(precision(i -> SAMPLE.get(i).plan().tasks().size() == EXTRACTED.get(i).structure().tasks().size()))
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void reportingObligationsAreReadBackWithTheirDueDatesAndBearer() {
        assertThat(precision(i -> {
            var expected = SAMPLE.get(i).plan().obligations();
            var read = EXTRACTED.get(i).obligations();
            if (read.size() != expected.size()) {
                return false;
            }
            for (int k = 0; k < expected.size(); k++) {
                if (!expected.get(k).due().equals(read.get(k).dueDate()) || read.get(k).bearers().size() != 1
                        || !read.get(k).bearers().get(0).startsWith("Ủy ban nhân dân")) {
                    return false;
                }
            }
            return true;
        })).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void evidenceSpansCoverWhatTheyClaim() {
        for (DatasetGenerator.Generated g : SAMPLE) {
            int[] title = g.text().spans().get("title");
            assertThat(g.text().text().substring(title[0], title[1])).isEqualTo(g.plan().title());
            int[] number = g.text().spans().get("number");
            assertThat(g.text().text().substring(number[0], number[1]).strip()).endsWith(g.plan().symbol());
        }
    }

    private static double precision(java.util.function.IntPredicate correct) {
        int ok = 0;
        for (int i = 0; i < SAMPLE.size(); i++) {
            if (correct.test(i)) {
                ok++;
            }
        }
        return ok / (double) SAMPLE.size();
    }
}
