package org.directivegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.directivegraph.evaluate.FactKeys;
import org.directivegraph.evaluate.FactKeys.Kind;
import org.directivegraph.evaluate.Score;
import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Extractor;
import org.directivegraph.store.PackagedData;
import org.directivegraph.store.SeedPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction of the five seed plans, scored against their hand-checked gold graphs by precision and recall
 * per kind of fact; prints the table and every miss and extra, and holds every kind to at least 0.95.
 */
class ExtractionAgainstGoldTests {

    static Map<Kind, Score> totals = new EnumMap<>(Kind.class);

    @BeforeAll
    static void extractAndScore() throws Exception {
        DocumentGraphBuilder builder = Ingester.standaloneBuilder();
        for (var seed : SeedPlans.packaged()) {
            String file = Path.of(seed.file()).getFileName().toString().replace(".ttl", ".txt");
            String raw = Files.readString(Path.of("../data/seeds", file), StandardCharsets.UTF_8);
            var built = builder.build(new Extractor().extract(new DocumentText(file, raw)));
            Model gold = ModelFactory.createModelForGraph(seed.graph());
            System.out.println("== " + file + "  " + built.documentIri() + (built.documentIri().equals(seed.documentIri()) ? "" : "  (gold: " + seed.documentIri() + ")"));
            for (Kind kind : Kind.values()) {
                Score s = Score.of(FactKeys.keys(gold, gold.getResource(seed.documentIri()), kind),
                        FactKeys.keys(built.model(), built.model().getResource(built.documentIri()), kind));
                totals.merge(kind, s, Score::plus);
                if (!s.misses().isEmpty() || !s.extras().isEmpty()) {
                    System.out.println("  " + kind + " misses " + s.misses() + " extras " + s.extras());
                }
            }
        }
        System.out.println("kind              expected found matched precision recall");
        totals.forEach((k, s) -> System.out.printf("%-17s %8d %5d %7d %9.3f %6.3f%n", k, s.expected(), s.found(), s.matched(), s.precision(), s.recall()));
    }

    @Test
    void anAmbiguousIssuerKeepsItsCandidates() throws Exception {
        DocumentGraphBuilder builder = Ingester.standaloneBuilder();
        String raw = Files.readString(Path.of("../data/seeds/004_10255b9cbb26c87c.txt"), StandardCharsets.UTF_8);
        var built = builder.build(new Extractor().extract(new DocumentText("004.txt", raw)));
        var body = built.model().getResource("https://w3id.org/directivegraph/id/body/x-xa-nam-chinh/ubnd");
        assertThat(body.listProperties(org.directivegraph.vocab.DG.unitCandidate).mapWith(st -> st.getResource().getURI()).toList())
                .containsExactlyInAnyOrder("https://w3id.org/directivegraph/id/unit/10627", "https://w3id.org/directivegraph/id/unit/13045",
                        "https://w3id.org/directivegraph/id/unit/23206");
        assertThat(built.warnings()).anyMatch(w -> w.contains("10627") && w.contains("13045") && w.contains("23206"));
    }

    @Test
    void everyKindReachesPointNineFive() {
        for (Kind k : new Kind[] {Kind.HEADER, Kind.CITATIONS, Kind.IMPLEMENTS, Kind.TASKS, Kind.RESPONSIBILITIES, Kind.INDICATORS, Kind.OBLIGATIONS, Kind.RECIPIENTS}) {
            assertThat(totals.get(k).precision()).as(k + " precision, misses " + totals.get(k).extras()).isGreaterThanOrEqualTo(0.95);
            assertThat(totals.get(k).recall()).as(k + " recall, misses " + totals.get(k).misses()).isGreaterThanOrEqualTo(0.95);
        }
    }
}
