package org.directivegraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.directivegraph.query.QueryRunner;
import org.directivegraph.query.SavedQueries;
import org.directivegraph.query.SavedQuery;
import org.directivegraph.report.QualityReport.Item;
import org.directivegraph.report.QualityReport.Source;
import org.directivegraph.validate.Finding;
import org.directivegraph.validate.PlanShapes;
import org.directivegraph.validate.StoreValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality report over the seeds: the 19 known SHACL findings (validate.SeedFindingsTests) and the quality queries. */
class QualityReportTests {

    static QualityReport.Result result;

    @BeforeAll
    static void compute() {
        result = new QualityReport(ReportStore.get()).compute();
    }

    @Test
    void everyShaclFindingOfTheSeedsIsThere() {
        List<String> expected = new ArrayList<>();
        new StoreValidation(PlanShapes.packaged()).validateDocuments(ReportStore.get()).forEach((graph, findings) -> {
            for (Finding f : findings) {
                expected.add(f.shapeName() + " " + f.focusNode().getURI() + " "
                        + (f.value() == null || f.value().equals(f.focusNode()) ? "" : f.value().getURI()));
            }
        });
        assertThat(expected).hasSize(19);
        List<Item> shapes = result.items().stream().filter(i -> i.source() == Source.SHAPE).toList();
        assertThat(shapes).extracting(i -> i.kind() + " " + i.focus() + " " + (i.value() == null ? "" : i.value()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(shapes).allMatch(i -> i.severity() == Finding.Severity.WARNING);
        assertThat(shapes).allMatch(i -> ReportStore.seeds().stream().anyMatch(s -> s.documentIri().equals(i.document())));
        assertThat(shapes).allMatch(i -> !i.messageVi().isEmpty() && !i.messageEn().isEmpty() && !i.messageVi().equals(i.messageEn()));
        // the sentence concerned: an obligation's own span, a cited document's citation
        assertThat(shapes).filteredOn(i -> i.kind().equals("ObligationDueShape")).hasSize(5)
                .allMatch(i -> !i.sentence().isEmpty());
        assertThat(shapes).filteredOn(i -> i.kind().equals("CitedDocumentInForceShape")).hasSize(2)
                .allMatch(i -> i.sentence().contains("16/CT-TTg"));
    }

    @Test
    void everyQualityQueryRowIsThere() {
        int rows = 0;
        for (SavedQuery q : SavedQueries.packaged().all()) {
            if (q.name().startsWith("quality-")) {
                var rs = new QueryRunner(ReportStore.get()).select(q, Map.of());
                while (rs.hasNext()) {
                    rs.next();
                    rows++;
                }
            }
        }
        assertThat(rows).isPositive();
        assertThat(result.items()).filteredOn(i -> i.source() == Source.QUERY).hasSize(rows)
                .allMatch(i -> i.kind().startsWith("quality-") && !i.messageVi().isEmpty());
    }

    @Test
    void groupsAndCountsAddUp() {
        int grouped = result.byKindAndSeverity().values().stream()
                .flatMap(m -> m.values().stream()).mapToInt(List::size).sum();
        assertThat(grouped).isEqualTo(result.items().size());
        assertThat(result.countBySeverity().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(result.items().size());
        assertThat(result.byKindAndSeverity()).containsKey("PlanNumberShape");
        Table vi = result.table("vi");
        assertThat(vi.rows()).hasSize(result.items().size());
        assertThat(vi.rows().get(0).get(6)).isEqualTo(result.items().get(0).messageVi());
        assertThat(result.table("en").rows().get(0).get(6)).isEqualTo(result.items().get(0).messageEn());
        String seed = ReportStore.seed("/707/");
        assertThat(result.ofDocument(seed)).isNotEmpty().allMatch(i -> i.document().equals(seed));
    }
}
