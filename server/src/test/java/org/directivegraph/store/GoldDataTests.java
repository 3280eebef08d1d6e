package org.directivegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-made gold data is internally sound: every evidence span quotes its seed text exactly, the
 * source hashes match, every fact has evidence, and every document, body and unit it links to is
 * described somewhere in the packaged data.
 */
class GoldDataTests {

    static List<SeedPlans.Seed> seeds;
    static Graph reference;
    static Set<String> declaredTerms;

    @BeforeAll
    static void load() {
        seeds = SeedPlans.packaged();
        reference = GraphFactory.createDefaultGraph();
        for (String pattern : List.of("data/units/*.ttl.gz", "data/bodies/*.ttl", "data/documents/*.ttl")) {
            PackagedData.graph(pattern).find().forEachRemaining(reference::add);
        }
        Model ontology = ModelFactory.createModelForGraph(PackagedData.graph("ontology/*.ttl"));
        declaredTerms = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDFS.isDefinedBy).forEachRemaining(r -> declaredTerms.add(r.getURI()));
    }

    static Stream<SeedPlans.Seed> seeds() {
        return SeedPlans.packaged().stream();
    }

    static String seedText(SeedPlans.Seed seed) throws Exception {
        String file = Path.of(seed.file()).getFileName().toString().replace(".ttl", ".txt");
        return Files.readString(Path.of("../data/seeds", file), StandardCharsets.UTF_8);
    }

    @Test
    void fiveSeedsEachInItsOwnGraph() {
        assertThat(seeds).hasSize(5);
        assertThat(seeds.stream().map(SeedPlans.Seed::documentIri).distinct()).hasSize(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySpanQuotesTheSeedTextExactly(SeedPlans.Seed seed) throws Exception {
        String text = seedText(seed);
        int[] cps = text.codePoints().toArray();
        Model m = ModelFactory.createModelForGraph(seed.graph());
        List<Resource> spans = m.listSubjectsWithProperty(RDF.type, DG.TextSpan).toList();
        assertThat(spans).as("spans").isNotEmpty();
        for (Resource span : spans) {
            int start = span.getProperty(DG.startOffset).getInt();
            int end = span.getProperty(DG.endOffset).getInt();
            String exact = span.getProperty(DG.exactText).getString();
            assertThat(start).isLessThan(end);
            assertThat(new String(cps, start, end - start)).as(span.getURI()).isEqualTo(exact);
            assertThat(span.getURI()).isEqualTo(seed.documentIri() + "/span/" + start + "-" + end);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void sourceTextHashAndLengthMatchTheFile(SeedPlans.Seed seed) throws Exception {
        String text = seedText(seed);
        Model m = ModelFactory.createModelForGraph(seed.graph());
        Resource source = m.getResource(seed.documentIri()).getPropertyResourceValue(DG.sourceText);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(source.getProperty(DG.sha256).getString()).isEqualTo(sha);
        assertThat(source.getProperty(DG.characterCount).getInt()).isEqualTo(text.codePointCount(0, text.length()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyFactHasEvidence(SeedPlans.Seed seed) {
        Model m = ModelFactory.createModelForGraph(seed.graph());
        for (Resource kind : List.of(DG.Citation, DG.Task, DG.Responsibility, DG.Obligation, DG.Indicator,
                DG.Recipient, DG.Signature, DG.Section)) {
            m.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(fact ->
                    assertThat(fact.hasProperty(DG.evidence)).as(fact + " has evidence").isTrue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyLinkedDocumentBodyAndUnitIsDescribed(SeedPlans.Seed seed) {
        Graph g = seed.graph();
        Set<String> missing = new TreeSet<>();
        for (var p : List.of(DG.citedDocument, DG.implements_, DG.basedOn, DG.cites)) {
            g.find(Node.ANY, p.asNode(), Node.ANY).mapWith(Triple::getObject).forEachRemaining(doc -> {
                if (!described(g, doc, DG.documentType.asNode())) {
                    missing.add("document " + doc.getURI());
                }
            });
        }
        for (var p : List.of(DG.issuer, DG.responsibleBody, DG.bearer, DG.addressee, DG.intermediary,
                DG.recipientBody, DG.onBehalfOf)) {
            g.find(Node.ANY, p.asNode(), Node.ANY).mapWith(Triple::getObject).forEachRemaining(body -> {
                if (!described(g, body, DG.bodyKey.asNode())) {
                    missing.add("body " + body.getURI());
                }
            });
        }
        g.find(Node.ANY, DG.issuingUnit.asNode(), Node.ANY).mapWith(Triple::getObject).forEachRemaining(unit -> {
            if (!described(g, unit, DG.officialCode.asNode())) {
                missing.add("unit " + unit.getURI());
            }
        });
        assertThat(missing).isEmpty();
    }

    private static boolean described(Graph seedGraph, Node node, Node property) {
        return seedGraph.contains(node, property, Node.ANY) || reference.contains(node, property, Node.ANY);
    }

    @Test
    void dataUsesOnlyDeclaredTerms() {
        Set<String> undeclared = new TreeSet<>();
        Graph all = GraphFactory.createDefaultGraph();
        seeds.forEach(s -> s.graph().find().forEachRemaining(all::add));
        reference.find().forEachRemaining(all::add);
        PackagedData.graph("shapes/*.ttl").find().forEachRemaining(all::add);
        all.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(DG.NS) && !declaredTerms.contains(n.getURI())) {
                    undeclared.add(n.getURI());
                }
            }
        });
        assertThat(undeclared).isEmpty();
    }
}
