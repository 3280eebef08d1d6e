package org.directivegraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Map;

import org.directivegraph.validate.Finding.Severity;
import org.junit.jupiter.api.Test;

/** Home page counts over the seeds, against SPARQL over the same store. */
class CountsTests {

    @Test
    void countsOfTheSeeds() {
        QualityReport.Result quality = new QualityReport(ReportStore.get()).compute();
        Counts.Result c = new Counts(ReportStore.get()).compute(quality, 3);
        assertThat(c.ingestedDocuments()).isEqualTo(ReportStore.seeds().size());
        assertThat(c.byLevel().stream().mapToLong(Counts.Count::count).sum()).isEqualTo(c.ingestedDocuments());
        assertThat(c.byType().stream().mapToLong(Counts.Count::count).sum()).isEqualTo(c.ingestedDocuments());
        long commune = ReportStore.column("SELECT ?d WHERE { ?d dg:sourceText ?s ; dg:level <https://w3id.org/directivegraph/vocab/level/commune> }",
                "d", Map.of()).size();
        assertThat(c.byLevel()).filteredOn(x -> x.iri().endsWith("/commune")).singleElement()
                .matches(x -> x.count() == commune && x.label().equals("Cấp xã"));
        long units = ReportStore.column("SELECT DISTINCT ?u WHERE { ?d a dg:Plan ; dg:sourceText ?s ; dg:issuingUnit ?u }", "u", Map.of()).size();
        assertThat(c.unitsCovered()).isEqualTo(units);
        assertThat(c.knownDocuments()).isGreaterThan(c.ingestedDocuments());
        assertThat(c.openFindings().get(Severity.WARNING)).isEqualTo(quality.countBySeverity().get(Severity.WARNING)).isPositive();
        assertThat(c.latest()).hasSize(3).isSortedAccordingTo(Comparator.comparing(DocumentSummary::date).reversed());
        assertThat(c.table().rows()).isNotEmpty();
        assertThat(new Counts(ReportStore.get()).compute(null, 0).openFindings().get(Severity.WARNING)).isNull();
    }
}
