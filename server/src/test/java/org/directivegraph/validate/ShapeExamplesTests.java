package org.directivegraph.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shape of {@code shapes/*.ttl} has a conforming and a non-conforming example under
 * {@code shapes/examples/{ShapeLocalName}/}, and the examples behave: {@code valid/data.ttl} conforms
 * to all the shapes, {@code invalid/data.ttl} gives exactly the results of
 * {@code invalid/expected-report.ttl} (compared without messages and constraint components).
 * Plus a check of {@link PlanShapes#validateNew} against a store.
 */
class ShapeExamplesTests {

    /** The examples, from the server module's working directory. */
    static final Path EXAMPLES = Path.of("../shapes/examples");

    static final String DG = "https://w3id.org/directivegraph/ontology#";
    static final String ID = "https://w3id.org/directivegraph/id/";
    static final String LEVEL = "https://w3id.org/directivegraph/vocab/level/";

    /** Report properties left out of the comparison: wording and engine details, not what was found. */
    static final Set<Node> NOT_COMPARED = Set.of(SHACL.resultMessage, SHACL.sourceConstraintComponent,
            SHACL.sourceConstraint);

    static Stream<String> examples() throws IOException {
        try (Stream<Path> folders = Files.list(EXAMPLES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Graph read(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        return g;
    }

    static Graph comparable(Graph report) {
        Graph g = GraphFactory.createDefaultGraph();
        report.find().forEachRemaining(t -> {
            if (!NOT_COMPARED.contains(t.getPredicate())) {
                g.add(t);
            }
        });
        return g;
    }

    static String turtle(Graph g) {
        StringWriter out = new StringWriter();
        g.getPrefixMapping().setNsPrefix("sh", SHACL.getURI()).setNsPrefix("dg", DG)
                .setNsPrefix("dgsh", PlanShapes.NS).setNsPrefix("id", ID);
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return out.toString();
    }

    static String describe(ValidationReport report) {
        StringBuilder s = new StringBuilder();
        for (Finding f : Finding.fromReport(report)) {
            s.append(String.format("%n  %s %s %s path=%s value=%s: %s", f.severity(), f.shapeName(), f.focusNode(),
                    f.path(), f.value(), f.message("en")));
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleBehavesAsExpected(String shape) {
        Path folder = EXAMPLES.resolve(shape);
        PlanShapes shapes = PlanShapes.packaged();
        SoftAssertions softly = new SoftAssertions();

        ValidationReport valid = shapes.validate(read(folder.resolve("valid/data.ttl")));
        softly.assertThat(valid.conforms()).as("valid/data.ttl conforms to all shapes; found:%s", describe(valid))
                .isTrue();

        ValidationReport invalid = shapes.validate(read(folder.resolve("invalid/data.ttl")));
        Graph actual = comparable(invalid.getGraph());
        Graph expected = comparable(read(folder.resolve("invalid/expected-report.ttl")));
        softly.assertThat(actual.isIsomorphicWith(expected))
                .as("invalid/data.ttl gives expected-report.ttl; actual report (without messages):%n%s%nfound:%s",
                        turtle(actual), describe(invalid))
                .isTrue();
        Node shapeNode = NodeFactory.createURI(PlanShapes.NS + shape);
        softly.assertThat(expected.contains(Node.ANY, SHACL.sourceShape, shapeNode))
                .as("expected-report.ttl has a result of %s", shape).isTrue();
        softly.assertAll();
    }

    /** The named shapes: IRIs typed sh:NodeShape or sh:PropertyShape. */
    static Set<Node> namedShapes(Graph g) {
        Set<Node> shapes = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Node type : List.of(SHACL.NodeShape, SHACL.PropertyShape)) {
            g.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).filterKeep(Node::isURI)
                    .forEachRemaining(shapes::add);
        }
        return shapes;
    }

    static Set<String> languages(Graph g, Node s, Node p) {
        Set<String> langs = new TreeSet<>();
        g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .forEachRemaining(o -> langs.add(o.getLiteralLanguage()));
        return langs;
    }

    @Test
    void everyShapeHasExamplesSeverityLabelsAndMessages() throws IOException {
        Graph g = PlanShapes.packaged().graph();
        Set<Node> shapes = namedShapes(g);
        assertThat(shapes).as("shapes").hasSizeGreaterThan(10);
        List<String> problems = new ArrayList<>();
        for (Node shape : shapes) {
            String name = shape.getURI();
            if (!name.startsWith(PlanShapes.NS)) {
                problems.add(name + ": not in " + PlanShapes.NS);
                continue;
            }
            String local = name.substring(PlanShapes.NS.length());
            for (String file : List.of("valid/data.ttl", "invalid/data.ttl", "invalid/expected-report.ttl")) {
                if (!Files.isRegularFile(EXAMPLES.resolve(local).resolve(file))) {
                    problems.add(local + ": no examples/" + local + "/" + file);
                }
            }
            if (g.find(shape, SHACL.severity, Node.ANY).toList().size() != 1) {
                problems.add(local + ": not exactly one sh:severity");
            }
            if (!languages(g, shape, SHACL.message).containsAll(Set.of("vi", "en"))) {
                problems.add(local + ": sh:message not in vi and en");
            }
            if (!languages(g, shape, RDFS.label.asNode()).containsAll(Set.of("vi", "en"))) {
                problems.add(local + ": rdfs:label not in vi and en");
            }
            if (!g.contains(shape, RDFS.comment.asNode(), Node.ANY)) {
                problems.add(local + ": no rdfs:comment");
            }
        }
        // Every shape that selects focus nodes is named, so that reports and examples can refer to it.
        for (Node target : List.of(SHACL.targetClass, SHACL.targetNode, SHACL.targetSubjectsOf, SHACL.targetObjectsOf)) {
            g.find(Node.ANY, target, Node.ANY).mapWith(Triple::getSubject).filterDrop(shapes::contains)
                    .forEachRemaining(s -> problems.add(s + ": a targeted shape that is not a named shape"));
        }
        for (String folder : examples().toList()) {
            if (!shapes.contains(NodeFactory.createURI(PlanShapes.NS + folder))) {
                problems.add("examples/" + folder + ": no such shape");
            }
        }
        assertThat(problems).isEmpty();
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s.startsWith("http") ? s : ID + s);
    }

    static Node dg(String local) {
        return NodeFactory.createURI(DG + local);
    }

    static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
    }

    /**
     * A new commune plan whose implemented district plan is in the store, beside another commune's
     * plan known only by its type: references into the store resolve (the date check sees the
     * district plan's date), and the store's own nodes are not reported.
     */
    @Test
    void validateNewResolvesReferencesIntoTheStore() {
        Node plan = iri("doc/10981/ubnd/2023/kh-15");
        Node districtPlan = iri("doc/296/ubnd/2023/kh-22");
        // What the store holds: the district plan (dated, but itself incomplete as a plan) and a plan of
        // another commune with nothing but a type, which validate() reports and validateNew() must not.
        Graph store = GraphFactory.createDefaultGraph();
        Node tanHongPlan = iri("doc/10972/ubnd/2023/kh-18");
        store.add(Triple.create(tanHongPlan, RDF.type.asNode(), dg("Plan")));
        store.add(Triple.create(districtPlan, RDF.type.asNode(), dg("Plan")));
        store.add(Triple.create(districtPlan, dg("dateIssued"), date("2023-01-16")));
        store.add(Triple.create(districtPlan, dg("level"), iri(LEVEL + "district")));
        store.add(Triple.create(districtPlan, dg("issuingUnit"), iri("unit/296")));

        Graph newPlan = read(EXAMPLES.resolve("PlanNotBeforeImplementedShape/valid/data.ttl"));
        // Keep only the new plan's own graph: drop what the example says about the documents it
        // implements (the district plan is in the store; the province plan, dated only to the month,
        // is then undated).
        newPlan.remove(districtPlan, Node.ANY, Node.ANY);
        newPlan.remove(iri("doc/30/ubnd/2023/kh-45"), Node.ANY, Node.ANY);
        assertThat(newPlan.contains(plan, dg("implements"), districtPlan)).isTrue();

        PlanShapes shapes = PlanShapes.packaged();
        ValidationReport ok = shapes.validateNew(store, newPlan);
        assertThat(ok.conforms()).as("found:%s", describe(ok)).isTrue();
        assertThat(shapes.validate(store).conforms()).as("the store alone has findings").isFalse();

        // Dated before the district plan: only visible with the store's date of the district plan.
        newPlan.remove(plan, dg("dateIssued"), Node.ANY);
        newPlan.remove(plan, dg("issuedYearMonth"), Node.ANY);
        newPlan.remove(plan, dg("issuedYear"), Node.ANY);
        newPlan.add(Triple.create(plan, dg("dateIssued"), date("2022-12-28")));
        ValidationReport late = shapes.validateNew(store, newPlan, List.of(plan));
        List<Finding> findings = Finding.fromReport(late);
        assertThat(findings).as("found:%s", describe(late)).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Finding.Severity.VIOLATION);
        assertThat(f.focusNode()).isEqualTo(plan);
        assertThat(f.value()).isEqualTo(districtPlan);
        assertThat(f.shapeName()).isEqualTo("PlanNotBeforeImplementedShape");
        assertThat(f.message("vi")).contains("Kế hoạch");
        assertThat(f.message("en")).contains("implements");
        assertThat(shapes.validate(newPlan).conforms()).as("without the store the date is unknown").isTrue();
    }
}
