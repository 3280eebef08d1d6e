package org.directivegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.validate.Finding;
import org.directivegraph.validate.PlanShapes;
import org.directivegraph.validate.ValidationRecord;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every stored document carries the record of the validation it passed, in its own graph, written with its facts:
 * the shapes version, whether it conforms, counts by severity and one result per finding; the same document gives
 * the same quads; the shapes do not flag the record; nothing stored leaves no record.
 */
class ValidationRecordTests {

    static final Path SEEDS = Path.of("../data/seeds");
    static final String SH = "http://www.w3.org/ns/shacl#";

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static Ingester ingester;
    static List<Ingester.Result> seeds;

    @BeforeAll
    static void open() throws IOException {
        store = KnowledgeStore.inMemory();
        ReferenceData.ensureLoaded(store);
        ingester = new Ingester(store);
        try (var files = Files.list(SEEDS)) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> ingester.ingest(p, false)).toList();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void eachStoredSeedCarriesTheRecordOfItsFindings() {
        assertThat(seeds).hasSize(5).allMatch(Ingester.Result::stored);
        for (Ingester.Result r : seeds) {
            Graph g = store.graph(GraphNames.ofDocument(r.documentIri()));
            assertThat(g.size()).isEqualTo(r.triples());
            Node doc = NodeFactory.createURI(r.documentIri());
            Node record = NodeFactory.createURI(ValidationRecord.iri(r.documentIri()));
            assertThat(g.find(doc, DG.validationRecord.asNode(), Node.ANY).toList()).singleElement()
                    .extracting(Triple::getObject).isEqualTo(record);
            assertThat(g.contains(record, RDF.type.asNode(), DG.ValidationRecord.asNode())).isTrue();
            assertThat(only(g, record, DG.shapesVersion.asNode()).getLiteralLexicalForm())
                    .isEqualTo(PlanShapes.packaged().version()).matches("[0-9a-f]{64}");
            assertThat(only(g, record, sh("conforms")).getLiteralValue()).isEqualTo(r.findings().isEmpty());
            assertThat(count(g, record, DG.violationCount.asNode())).isEqualTo(r.violations());
            assertThat(count(g, record, DG.warningCount.asNode()))
                    .isEqualTo(r.findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).count());
            assertThat(count(g, record, DG.infoCount.asNode()))
                    .isEqualTo(r.findings().stream().filter(f -> f.severity() == Finding.Severity.INFO).count());
            List<Node> results = g.find(record, sh("result"), Node.ANY).mapWith(Triple::getObject).toList();
            assertThat(results).hasSize(r.findings().size());
            for (Finding f : r.findings()) {
                assertThat(results).as(r.documentIri() + " " + f).anyMatch(res -> g.contains(res, sh("focusNode"), f.focusNode())
                        && g.contains(res, sh("sourceShape"), f.sourceShape())
                        && g.contains(res, sh("resultSeverity"), sh(severity(f)))
                        && g.contains(res, sh("resultMessage"), NodeFactory.createLiteralLang(f.message("vi"), "vi"))
                        && (f.value() == null || g.contains(res, sh("value"), f.value())));
            }
        }
        // the seeds are incomplete in places, so some records do list findings
        assertThat(seeds).anyMatch(r -> !r.findings().isEmpty());
    }

    @Test
    void theSameDocumentGivesTheSameQuads() {
        Ingester.Result first = seeds.get(1);
        String name = GraphNames.ofDocument(first.documentIri());
        Set<Triple> before = new HashSet<>(store.graph(name).find().toList());
        assertThat(before).noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        Ingester.Result again = ingester.ingest(SEEDS.resolve("001_09e8b167c0733129.txt"), false);
        assertThat(again.stored()).isTrue();
        assertThat(new HashSet<>(store.graph(name).find().toList())).isEqualTo(before);
    }

    @Test
    void theShapesDoNotFlagTheRecord() throws IOException {
        // a plan with violations too, stored by force: its record lists them and says it does not conform
        Path story = Files.writeString(dir.resolve("truyen.txt"), "Chiều hôm ấy, mưa rơi trên mái ngói cũ. Bà ngồi bên hiên, "
                + "kể cho lũ trẻ nghe chuyện ngày xưa về những mùa lúa chín vàng và tiếng sáo diều trên cánh đồng làng.\n");
        Ingester.Result forced = ingester.ingest(story, true);
        assertThat(forced.stored()).isTrue();
        assertThat(forced.violations()).isPositive();
        String forcedGraph = GraphNames.ofDocument(forced.documentIri());
        Node record = NodeFactory.createURI(ValidationRecord.iri(forced.documentIri()));
        assertThat(only(store.graph(forcedGraph), record, sh("conforms")).getLiteralValue()).isEqualTo(false);
        assertThat(count(store.graph(forcedGraph), record, DG.violationCount.asNode())).isEqualTo(forced.violations());

        for (String name : List.of(forcedGraph, GraphNames.ofDocument(seeds.get(0).documentIri()),
                GraphNames.ofDocument(seeds.get(3).documentIri()))) {
            Graph withRecord = store.graph(name);
            Graph without = GraphFactory.createDefaultGraph();
            withRecord.find().filterDrop(t -> t.getSubject().getURI().contains("/validation")
                    || t.getPredicate().equals(DG.validationRecord.asNode())).forEachRemaining(without::add);
            assertThat(without.size()).isLessThan(withRecord.size());
            List<Finding> recorded = validate(name, withRecord);
            assertThat(recorded).isEqualTo(validate(name, without));
            assertThat(recorded).noneMatch(f -> f.focusNode().toString().contains("/validation"));
        }
    }

    @Test
    void whatIsNotStoredLeavesNoRecord() {
        long size = store.size();
        String text = org.directivegraph.server.SeedTexts.seed001WithNumber(9811);
        Ingester.Result checked = ingester.ingest("9811.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, false);
        assertThat(checked.stored()).isFalse();
        assertThat(checked.graph().contains(Node.ANY, DG.validationRecord.asNode(), Node.ANY)).isFalse();
        assertThat(store.size()).isEqualTo(size);
        assertThat(store.graph(GraphNames.ofDocument(checked.documentIri())).isEmpty()).isTrue();
    }

    /** The findings of a document graph against the rest of the store, as at ingest. */
    private static List<Finding> validate(String graphName, Graph document) {
        return store.checkAndPut(graphName, document, others ->
                new GraphStore.Decision<>(Finding.fromReport(PlanShapes.packaged().validateNew(others, document)), false));
    }

    private static Node only(Graph g, Node s, Node p) {
        List<Node> values = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        assertThat(values).as(s + " " + p).hasSize(1);
        return values.get(0);
    }

    private static long count(Graph g, Node s, Node p) {
        return ((Number) only(g, s, p).getLiteralValue()).longValue();
    }

    private static String severity(Finding f) {
        return switch (f.severity()) {
            case VIOLATION -> "Violation";
            case WARNING -> "Warning";
            case INFO -> "Info";
        };
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }
}
