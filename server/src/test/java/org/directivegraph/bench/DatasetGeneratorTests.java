package org.directivegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.directivegraph.store.GraphNames;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.Test;

/** The generator is deterministic by seed, writes one named graph per document and puts the defects in. */
class DatasetGeneratorTests {

    private static byte[] generate(String scope, long seed, int limit, List<DatasetGenerator.Generated> plans) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetGenerator.packaged().generate(new DatasetGenerator.Options(scope, seed, 1, limit), out, plans::add);
        return out.toByteArray();
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() {
        byte[] a = generate("001", 42, 3, new ArrayList<>());
        byte[] b = generate("001", 42, 3, new ArrayList<>());
        byte[] c = generate("001", 43, 3, new ArrayList<>());
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void oneNamedGraphPerDocumentWithPlansImplementingTheLevelAbove() {
        List<DatasetGenerator.Generated> plans = new ArrayList<>();
        byte[] nq = generate("01", 5, 2, plans);
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, new ByteArrayInputStream(nq), Lang.NQUADS);
        Set<String> names = new HashSet<>();
        ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        for (DatasetGenerator.Generated g : plans) {
            assertThat(names).contains(GraphNames.ofDocument(g.iri()));
            var graph = ds.asDatasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(GraphNames.ofDocument(g.iri())));
            Node doc = org.apache.jena.graph.NodeFactory.createURI(g.iri());
            assertThat(graph.find(doc, DG.implements_.asNode(), Node.ANY).toList()).hasSize(1);
            assertThat(graph.find(doc, DG.task.asNode(), Node.ANY).toList()).hasSize(g.plan().tasks().size());
            assertThat(graph.find(Node.ANY, DG.theme.asNode(), Node.ANY).toList()).isNotEmpty();
            assertThat(graph.find(Node.ANY, DG.dueDate.asNode(), Node.ANY).toList()).hasSize(g.plan().obligations().size());
        }
        // only document graphs, and every quad in a named graph
        assertThat(names).allMatch(n -> n.endsWith("/graph") && n.startsWith(GraphNames.BASE + "id/doc/"));
        assertThat(ds.asDatasetGraph().find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).hasNext()).isFalse();
        // a commune plan implements its district's plan, a district plan its province's
        long communes = plans.stream().filter(g -> g.plan().level().equals("commune")).count();
        assertThat(communes).isGreaterThan(30);
    }

    @Test
    void defectsComeAtAboutTheirRates() {
        List<DatasetGenerator.Generated> plans = new ArrayList<>();
        generate("01", 42, 0, plans);
        long blank = plans.stream().filter(g -> g.plan().number() == null).count();
        long replaced = plans.stream().filter(g -> g.plan().citations().stream().anyMatch(r -> r.iri() != null && r.iri().endsWith("/2016/ct-16"))).count();
        assertThat(plans.size()).isGreaterThan(500);
        assertThat(blank / (double) plans.size()).isBetween(0.03, 0.15);
        assertThat(replaced / (double) plans.size()).isBetween(0.04, 0.2);
        assertThat(plans.stream().filter(g -> g.plan().number() == null).map(DatasetGenerator.Generated::iri))
                .allMatch(iri -> iri.matches(".*/kh-u[0-9a-f]{8}"));
    }

    @Test
    void badScopeIsRefusedWithAMessage() {
        assertThatThrownBy(() -> new DatasetGenerator.Options("hanoi", 1, 1, 0)).hasMessageContaining("--scope");
        assertThatThrownBy(() -> DatasetGenerator.packaged().generate(new DatasetGenerator.Options("99", 1, 1, 0),
                java.io.OutputStream.nullOutputStream(), g -> { })).hasMessageContaining("99");
    }
}
