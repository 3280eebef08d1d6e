package org.directivegraph.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.vocab.DG;
import org.apache.jena.query.QuerySolution;
import org.directivegraph.query.QueryRunner;
import org.directivegraph.query.SavedQueries;
import org.junit.jupiter.api.Test;

/** The coverage matrix of Chỉ thị 33/CT-TTg over the seeds, against queries/coverage.rq and queries/gaps.rq. */
class CoverageMatrixTests {

    static String ct33() {
        return ReportStore.column("SELECT ?d WHERE { ?d dg:numberAndSymbol \"33/CT-TTg\" }", "d", Map.of()).get(0);
    }

    static List<QuerySolution> saved(String name, Map<String, String> params) {
        List<QuerySolution> rows = new ArrayList<>();
        new QueryRunner(ReportStore.get()).select(SavedQueries.packaged().find(name).orElseThrow(), params)
                .forEachRemaining(rows::add);
        return rows;
    }

    static void assertTotalsAddUp(CoverageMatrix.Result m) {
        int total = 0;
        for (CoverageMatrix.Row row : m.rows()) {
            assertThat(row.cells()).hasSize(m.columns().size());
            assertThat(row.covered()).isEqualTo((int) row.cells().stream().filter(c -> c).count());
            total += row.covered();
        }
        assertThat(m.total()).isEqualTo(total);
        for (int c = 0; c < m.columns().size(); c++) {
            int col = c;
            assertThat(m.columnTotals().get(c)).isEqualTo((int) m.rows().stream().filter(r -> r.cells().get(col)).count());
        }
        assertThat(m.columnTotals().stream().mapToInt(Integer::intValue).sum()).isEqualTo(m.total());
    }

    @Test
    void everyImplementingPlanByTheme() {
        String directive = ct33();
        CoverageMatrix.Result m = new CoverageMatrix(ReportStore.get()).compute(directive, null);
        assertThat(m.basis()).isEqualTo(CoverageMatrix.Basis.THEMES);
        List<QuerySolution> rows = saved("coverage", Map.of("directive", directive));
        Set<String> plans = new TreeSet<>();
        Set<String> themes = new TreeSet<>();
        int covered = 0;
        for (QuerySolution s : rows) {
            plans.add(s.getResource("plan").getURI());
            themes.add(s.getResource("theme").getURI());
            covered += s.getLiteral("covered").getBoolean() ? 1 : 0;
        }
        assertThat(m.rows()).extracting(r -> r.plan().iri()).containsExactlyElementsOf(plans);
        assertThat(m.columns()).extracting(CoverageMatrix.Column::iri).containsExactlyInAnyOrderElementsOf(themes);
        assertThat(m.total()).isEqualTo(covered);
        assertThat(m.total()).isPositive().isLessThan(plans.size() * themes.size() + 1);
        assertTotalsAddUp(m);
        assertThat(m.gaps()).isEmpty();
        assertThat(m.directive().number()).isEqualTo("33/CT-TTg");
        // the table has one row per plan plus the totals, one column per theme plus plan, number, title, unit, total
        Table t = m.table();
        assertThat(t.rows()).hasSize(m.rows().size() + 1);
        assertThat(t.header()).hasSize(m.columns().size() + 5);
        assertThat(t.rows().get(t.rows().size() - 1).get(t.header().size() - 1)).isEqualTo(Integer.toString(covered));
    }

    @Test
    void withinAProvinceWithGaps() {
        String directive = ct33();
        String plan = ReportStore.seed("/10981/");
        List<String> up = ReportStore.column("SELECT ?district ?province WHERE { ?p dg:issuingUnit ?u . "
                + "?u dg:parentUnit ?district . ?district dg:parentUnit ?province }", "province",
                Map.of("p", NodeFactory.createURI(plan)));
        String province = up.get(0);
        String district = ReportStore.column("SELECT ?district WHERE { ?p dg:issuingUnit ?u . ?u dg:parentUnit ?district }",
                "district", Map.of("p", NodeFactory.createURI(plan))).get(0);
        CoverageMatrix.Result m = new CoverageMatrix(ReportStore.get()).compute(directive, province);
        assertThat(m.area()).isEqualTo(province);
        List<QuerySolution> coverage = saved("coverage", Map.of("directive", directive, "area", province));
        assertThat(m.rows()).extracting(r -> r.plan().iri())
                .containsExactlyElementsOf(new TreeSet<>(coverage.stream().map(s -> s.getResource("plan").getURI()).toList()));
        assertThat(m.rows()).extracting(r -> r.plan().iri()).contains(plan);
        assertTotalsAddUp(m);
        List<QuerySolution> gaps = saved("gaps", Map.of("directive", directive, "area", province));
        assertThat(m.gaps()).extracting(CoverageMatrix.Gap::unit)
                .containsExactlyElementsOf(gaps.stream().map(s -> s.getResource("unit").getURI()).toList());
        assertThat(m.gaps()).isNotEmpty().extracting(CoverageMatrix.Gap::unit).doesNotContain(district);
        assertThat(m.gapsTable().rows()).hasSize(m.gaps().size());
    }

    @Test
    void aDirectiveWithoutThemesIsCoveredByAlignedTasks() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            String b = "https://example.org/";
            Graph g = GraphFactory.createDefaultGraph();
            Node d = NodeFactory.createURI(b + "directive");
            Node t1 = NodeFactory.createURI(b + "directive/task/1");
            Node t2 = NodeFactory.createURI(b + "directive/task/2");
            Node plan = NodeFactory.createURI(b + "plan");
            Node task = NodeFactory.createURI(b + "plan/task/1");
            g.add(Triple.create(d, DG.task.asNode(), t2));
            g.add(Triple.create(d, DG.task.asNode(), t1));
            g.add(Triple.create(t1, DG.position.asNode(), NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger)));
            g.add(Triple.create(t2, DG.position.asNode(), NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger)));
            g.add(Triple.create(t1, DG.title.asNode(), NodeFactory.createLiteralString("Nhiệm vụ một")));
            g.add(Triple.create(plan, RDF.type.asNode(), DG.Plan.asNode()));
            g.add(Triple.create(plan, DG.implements_.asNode(), d));
            g.add(Triple.create(plan, DG.task.asNode(), task));
            g.add(Triple.create(task, DG.alignedTo.asNode(), t1));
            store.putGraph(b + "g", g);
            CoverageMatrix.Result m = new CoverageMatrix(store).compute(d.getURI(), null);
            assertThat(m.basis()).isEqualTo(CoverageMatrix.Basis.TASKS);
            assertThat(m.columns()).extracting(CoverageMatrix.Column::iri).containsExactly(t1.getURI(), t2.getURI());
            assertThat(m.columns().get(0).label()).isEqualTo("Nhiệm vụ một");
            assertThat(m.rows()).singleElement().satisfies(r -> {
                assertThat(r.plan().iri()).isEqualTo(plan.getURI());
                assertThat(r.cells()).containsExactly(true, false);
            });
            assertThat(m.columnTotals()).containsExactly(1, 0);
            assertThat(m.total()).isEqualTo(1);
        }
    }

    @Test
    void badIrisAreRefused() {
        assertThatThrownBy(() -> new CoverageMatrix(ReportStore.get()).compute("not an iri", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("directive");
        assertThatThrownBy(() -> new CoverageMatrix(ReportStore.get()).compute(ct33(), "relative/iri"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("area");
    }
}
