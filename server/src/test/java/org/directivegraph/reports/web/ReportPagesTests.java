package org.directivegraph.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.directivegraph.report.CoverageMatrix;
import org.directivegraph.report.DocumentSummary;
import org.directivegraph.report.Labels;
import org.directivegraph.report.ObligationsReport;
import org.directivegraph.report.QualityReport;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.validate.Finding.Severity;
import org.directivegraph.web.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The renderers escape document text, count what they are given, and the parameters refuse malformed values. */
class ReportPagesTests {

    static final String EVIL = "<script>alert('x')</script>";
    static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    static final String B = "https://w3id.org/directivegraph/id/";

    static KnowledgeStore store;

    @BeforeAll
    static void open() {
        store = KnowledgeStore.inMemory();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static DocumentSummary doc(String iri, String title) {
        return new DocumentSummary(iri, title, "1/KH-UBND", null, "Kế hoạch", null, "Cấp xã", "2023", null, "", B + "unit/1",
                "Xã " + EVIL, true, true);
    }

    static CoverageMatrix.Result matrix() {
        return new CoverageMatrix.Result(doc(B + "doc/d", "Chỉ thị"), B + "unit/p", CoverageMatrix.Basis.THEMES,
                List.of(new CoverageMatrix.Column(B + "theme/a", "Chủ đề " + EVIL), new CoverageMatrix.Column(B + "theme/b", "B")),
                List.of(new CoverageMatrix.Row(doc(B + "doc/p1", "Kế hoạch " + EVIL), List.of(true, false), 1),
                        new CoverageMatrix.Row(doc(B + "doc/p2", "Kế hoạch 2"), List.of(true, true), 2)),
                List.of(2, 1), 3, List.of(new CoverageMatrix.Gap(B + "unit/g", "00001", "Xã " + EVIL)));
    }

    @Test
    void coverageEscapesTitlesAndCountsCells() {
        String page = CoveragePage.render(matrix(), List.of(doc(B + "doc/d", EVIL)), List.of(new ReportChoices.Area(B + "unit/p", EVIL, 0)),
                Labels.load(store), "Tỉnh " + EVIL, Lang.VI);
        assertThat(page).doesNotContain(EVIL).contains("Kế hoạch " + ESCAPED).contains("Chủ đề " + ESCAPED);
        assertThat(count(page, "<td class=\"covered\"")).isEqualTo(3);
        assertThat(count(page, "<td class=\"not-covered\"")).isEqualTo(1);
        assertThat(page).contains("<tr class=\"totals\">").contains("<td>2</td><td>1</td><td class=\"grand-total\">3</td>");
        assertThat(page).contains("<ul id=\"gaps\"><li data-unit=\"" + B + "unit/g\">");
        assertThat(page).contains("class=\"export-csv\" href=\"/coverage.csv?directive=https%3A%2F%2Fw3id.org");
        assertThat(page).contains("lang-en");
    }

    @Test
    void theCoverageFormListsOnlyTheUpperLevelsAndTheChosenDocumentWhenThereAreTooManyToScroll() {
        String level = "https://w3id.org/directivegraph/vocab/level/";
        java.util.function.BiFunction<String, String, DocumentSummary> at = (iri, l) -> new DocumentSummary(B + "doc/" + iri,
                "Văn bản " + iri, "", null, "", level + l, l, "2023", null, "", null, "", true, true);
        List<DocumentSummary> few = new java.util.ArrayList<>(List.of(at.apply("ct", "central"), at.apply("kh-t", "province")));
        for (int i = 0; i < CoveragePage.FULL_LIST - 2; i++) {
            few.add(at.apply("kh-x" + i, "commune"));
        }
        String all = CoveragePage.render(null, few, List.of(), Labels.load(store), null, Lang.EN);
        assertThat(count(all, "<option value=\"" + B + "doc/")).isEqualTo(CoveragePage.FULL_LIST);
        assertThat(all).doesNotContain("form-note");

        List<DocumentSummary> many = new java.util.ArrayList<>(few);
        many.add(at.apply("kh-h", "district"));
        String page = CoveragePage.render(null, many, List.of(), Labels.load(store), null, Lang.EN);
        assertThat(count(page, "<option value=\"" + B + "doc/")).isEqualTo(2);
        assertThat(page).contains("value=\"" + B + "doc/ct\"").contains("value=\"" + B + "doc/kh-t\"")
                .contains("class=\"form-note\"").contains("2 of the " + many.size());

        CoverageMatrix.Result chosen = new CoverageMatrix.Result(at.apply("kh-h", "district"), null, CoverageMatrix.Basis.THEMES,
                List.of(), List.of(), List.of(), 0, List.of());
        String withChosen = CoveragePage.render(chosen, many, List.of(), Labels.load(store), null, Lang.VI);
        assertThat(withChosen).contains("value=\"" + B + "doc/kh-h\" selected>");
        assertThat(count(withChosen, "<option value=\"" + B + "doc/")).isEqualTo(3);
    }

    @Test
    void obligationsEscapeActionsAndMarkOverdue() {
        DocumentSummary d = doc(B + "doc/p1", EVIL);
        ObligationsReport.Result r = new ObligationsReport.Result(ObligationsReport.Options.all(LocalDate.of(2023, 6, 30)),
                List.of(new ObligationsReport.Item(B + "doc/p1/obligation/1", d, null, "UBND " + EVIL, null, "", "Báo cáo " + EVIL,
                        LocalDate.of(2023, 5, 10), "2023-05-10", List.of(), "câu " + EVIL, ObligationsReport.Status.OVERDUE)));
        String page = ObligationsPage.render(r, List.of(), null, Lang.EN);
        assertThat(page).doesNotContain(EVIL).contains("Báo cáo " + ESCAPED).contains("câu " + ESCAPED);
        assertThat(page).contains("<section id=\"calendar\">").contains("data-month=\"2023-05\"")
                .contains("<li class=\"overdue\"").contains("Overdue: 1");
    }

    @Test
    void qualityEscapesMessagesAndSentences() {
        QualityReport.Result q = new QualityReport.Result(List.of(new QualityReport.Item(QualityReport.Source.SHAPE, "PlanNumberShape",
                Severity.WARNING, B + "doc/p1", B + "doc/p1", null, "Thiếu số " + EVIL, "No number " + EVIL, "Số: " + EVIL)));
        String vi = QualityPage.render(q, Instant.EPOCH, Lang.VI);
        String en = QualityPage.render(q, Instant.EPOCH, Lang.EN);
        assertThat(vi).doesNotContain(EVIL).contains("Thiếu số " + ESCAPED).contains("Số: " + ESCAPED).doesNotContain("No number");
        assertThat(en).contains("No number " + ESCAPED).doesNotContain("Thiếu số");
        assertThat(vi).contains("data-kind=\"PlanNumberShape\"");
    }

    @Test
    void parametersAreChecked() {
        assertThat(ReportParams.iri("directive", " https://w3id.org/x ")).isEqualTo("https://w3id.org/x");
        assertThat(ReportParams.iri("directive", "")).isNull();
        assertThatThrownBy(() -> ReportParams.iri("directive", "doc/ct-33")).isInstanceOf(BadReportRequest.class)
                .hasMessageContaining("absolute IRI");
        assertThatThrownBy(() -> ReportParams.iri("area", "https://x.org/a b")).isInstanceOf(BadReportRequest.class);
        assertThat(ReportParams.date("from", "2023-02-28")).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThatThrownBy(() -> ReportParams.date("from", "2023-02-30")).isInstanceOf(BadReportRequest.class)
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> ReportParams.period(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(BadReportRequest.class);
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
