package org.directivegraph.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.directivegraph.query.QueryRunner;
import org.directivegraph.query.SavedQueries;
import org.directivegraph.report.ObligationsReport.Item;
import org.directivegraph.report.ObligationsReport.Status;
import org.junit.jupiter.api.Test;

/** Obligations of the seeds, against queries/obligations-due.rq and SPARQL over the same store. */
class ObligationsReportTests {

    static final LocalDate TODAY = LocalDate.of(2023, 6, 30);

    static List<QuerySolution> due(String from, String to) {
        List<QuerySolution> rows = new ArrayList<>();
        new QueryRunner(ReportStore.get()).select(SavedQueries.packaged().find("obligations-due").orElseThrow(),
                Map.of("from", from, "to", to, "today", TODAY.toString())).forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void aPeriodListsTheSameObligationsAsTheSavedQuery() {
        for (String[] period : new String[][] {{"2023-01-01", "2023-12-31"}, {"2023-05-01", "2023-12-31"}, {"2000-01-01", "2100-01-01"}}) {
            ObligationsReport.Result r = new ObligationsReport(ReportStore.get()).compute(ObligationsReport.Options.all(TODAY)
                    .withPeriod(LocalDate.parse(period[0]), LocalDate.parse(period[1])));
            List<QuerySolution> rows = due(period[0], period[1]);
            assertThat(r.items()).extracting(Item::iri)
                    .containsExactlyElementsOf(rows.stream().map(s -> s.getResource("obligation").getURI()).toList());
            for (QuerySolution s : rows) {
                Item item = r.items().stream().filter(i -> i.iri().equals(s.getResource("obligation").getURI())).findFirst().orElseThrow();
                assertThat(item.deadline().toString()).isEqualTo(s.getLiteral("deadline").getLexicalForm());
                assertThat(item.status() == Status.OVERDUE).isEqualTo(s.getLiteral("status").getString().equals("overdue"));
                assertThat(item.deadline()).isBetween(LocalDate.parse(period[0]), LocalDate.parse(period[1]));
            }
        }
        // a narrower period gives fewer
        int year = new ObligationsReport(ReportStore.get()).compute(ObligationsReport.Options.all(TODAY)
                .withPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).items().size();
        int may = new ObligationsReport(ReportStore.get()).compute(ObligationsReport.Options.all(TODAY)
                .withPeriod(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 12, 31))).items().size();
        assertThat(year).isPositive().isGreaterThan(may);
    }

    @Test
    void everythingWithRecurringAndUndated() {
        ObligationsReport.Result r = new ObligationsReport(ReportStore.get()).compute(ObligationsReport.Options.all(TODAY));
        List<String> all = ReportStore.column("SELECT DISTINCT ?o WHERE { ?d dg:obligation ?o }", "o", Map.of());
        assertThat(r.items()).extracting(Item::iri).containsExactlyInAnyOrderElementsOf(all);
        List<String> recurring = ReportStore.column("""
                SELECT DISTINCT ?o WHERE { ?d dg:obligation ?o . ?o dg:recurrence ?r
                  FILTER NOT EXISTS { ?o dg:dueDate ?x } FILTER NOT EXISTS { ?o dg:duePeriod ?y } }""", "o", Map.of());
        assertThat(r.items()).filteredOn(i -> i.status() == Status.RECURRING).extracting(Item::iri)
                .containsExactlyInAnyOrderElementsOf(recurring);
        assertThat(r.items()).filteredOn(i -> i.status() == Status.RECURRING).allMatch(i -> !i.recurrence().isEmpty());
        int dated = (int) r.items().stream().filter(i -> i.deadline() != null).count();
        assertThat(r.byMonth().values().stream().mapToInt(List::size).sum()).isEqualTo(dated);
        assertThat(new ArrayList<>(r.byMonth().keySet())).isSorted();
        assertThat(r.items()).allMatch(i -> !i.action().isEmpty() && i.document() != null && !i.bearerName().isEmpty());
        assertThat(r.items()).filteredOn(i -> i.deadline() != null).allMatch(i -> !i.evidence().isEmpty());
        assertThat(r.countByStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(r.items().size());
        assertThat(r.table().rows()).hasSize(r.items().size());
    }

    @Test
    void filteredByUnit() {
        String plan = ReportStore.seed("/707/");
        String unit = ReportStore.column("SELECT ?u WHERE { ?p dg:issuingUnit ?u }", "u",
                Map.of("p", NodeFactory.createURI(plan))).get(0);
        ObligationsReport.Result r = new ObligationsReport(ReportStore.get())
                .compute(ObligationsReport.Options.all(TODAY).withUnit(unit));
        List<String> ofPlan = ReportStore.column("SELECT ?o WHERE { ?p dg:obligation ?o }", "o",
                Map.of("p", NodeFactory.createURI(plan)));
        assertThat(r.items()).extracting(Item::iri).containsAll(ofPlan);
        List<String> outside = ReportStore.column("""
                SELECT ?o WHERE { ?p dg:obligation ?o ; dg:issuingUnit ?pu . FILTER NOT EXISTS { ?pu dg:parentUnit* ?unit }
                  FILTER NOT EXISTS { ?o dg:bearer/dg:unit/dg:parentUnit* ?unit } }""", "o",
                Map.of("unit", NodeFactory.createURI(unit)));
        assertThat(outside).isNotEmpty();
        assertThat(r.items()).extracting(Item::iri).doesNotContainAnyElementsOf(outside);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> ObligationsReport.Options.all(TODAY).withPeriod(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
    }
}
