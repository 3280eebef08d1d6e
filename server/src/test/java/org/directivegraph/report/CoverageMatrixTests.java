package org.directivegraph.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.NodeFactory;
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
    void badIrisAreRefused() {
        assertThatThrownBy(() -> new CoverageMatrix(ReportStore.get()).compute("not an iri", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("directive");
        assertThatThrownBy(() -> new CoverageMatrix(ReportStore.get()).compute(ct33(), "relative/iri"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("area");
    }
}
