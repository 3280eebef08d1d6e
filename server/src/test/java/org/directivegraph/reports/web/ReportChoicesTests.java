package org.directivegraph.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.report.DocumentSummary;
import org.directivegraph.store.KnowledgeStore;
import org.junit.jupiter.api.Test;

/**
 * The areas offered are the units that issue plans and every unit above them, each with the number of units above
 * it; the directives offered are what something implements, named by the shortest citation when the store only
 * knows them from citations.
 */
class ReportChoicesTests {

    private static final String PREFIXES = """
            @prefix dg:   <https://w3id.org/directivegraph/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix u:    <https://w3id.org/directivegraph/id/unit/> .
            @prefix doc:  <https://w3id.org/directivegraph/id/doc/> .
            """;

    private static final String UNITS = PREFIXES + """
            u:vn a dg:AdministrativeUnit ; skos:prefLabel "Việt Nam"@vi .
            u:p  a dg:AdministrativeUnit ; skos:prefLabel "Tỉnh P"@vi , "P Province"@en ; dg:parentUnit u:vn .
            u:q  a dg:AdministrativeUnit ; skos:prefLabel "Tỉnh Q"@vi ; dg:parentUnit u:vn .
            u:d1 a dg:AdministrativeUnit ; skos:prefLabel "Huyện B"@vi ; dg:parentUnit u:p .
            u:d2 a dg:AdministrativeUnit ; skos:prefLabel "Huyện A"@vi ; dg:parentUnit u:p .
            u:c1 a dg:AdministrativeUnit ; skos:prefLabel "Xã C1"@vi ; dg:parentUnit u:d1 ; dg:version u:c1-v1 .
            u:c1-v1 a dg:UnitVersion ; dg:parentUnit u:d1 .
            u:c2 a dg:AdministrativeUnit ; skos:prefLabel "Xã C2"@vi ; dg:parentUnit u:d2 .
            u:c3 a dg:AdministrativeUnit ; skos:prefLabel "Xã C3"@vi ; dg:parentUnit u:q .
            """;

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void areasAreTheIssuingUnitsOfPlansAndTheUnitsAboveThem() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.putGraph("https://w3id.org/directivegraph/id/graph/units", turtle(UNITS));
            store.putGraph("https://w3id.org/directivegraph/id/doc/k1/graph", turtle(PREFIXES + "doc:k1 a dg:Plan ; dg:issuingUnit u:c1 ."));
            store.putGraph("https://w3id.org/directivegraph/id/doc/k2/graph", turtle(PREFIXES + "doc:k2 a dg:Plan ; dg:issuingUnit u:d2 ."));
            // not a plan: its unit (under Q) is not offered
            store.putGraph("https://w3id.org/directivegraph/id/doc/x/graph", turtle(PREFIXES + "doc:x dg:issuingUnit u:c3 ."));

            ReportChoices choices = new ReportChoices(store);
            assertThat(choices.areas(true)).containsExactly(
                    new ReportChoices.Area(U + "vn", "Việt Nam", 0),
                    new ReportChoices.Area(U + "p", "Tỉnh P", 1),
                    new ReportChoices.Area(U + "d2", "Huyện A", 2),
                    new ReportChoices.Area(U + "d1", "Huyện B", 2),
                    new ReportChoices.Area(U + "c1", "Xã C1", 3));
            assertThat(choices.areas(false)).as("only units with units under them")
                    .extracting(ReportChoices.Area::iri).containsExactly(U + "vn", U + "p", U + "d2", U + "d1");
        }
    }

    @Test
    void aDirectiveKnownOnlyFromCitationsIsNamedByItsShortestCitation() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.putGraph("https://w3id.org/directivegraph/id/doc/k1/graph", turtle(PREFIXES + """
                    doc:k1 a dg:Plan ; dg:implements doc:ct-1 , doc:ct-2 , doc:titled .
                    doc:k1-c1 dg:citedDocument doc:ct-1 ; dg:citationText "Chỉ thị số 1/CT-TTg ngày 2/3/2020" .
                    doc:k1-c2 dg:citedDocument doc:ct-1 ; dg:citationText "Chỉ thị 1/CT-TTg" .
                    doc:k1-c3 dg:citedDocument doc:ct-1 ; dg:citationText "Chỉ thị 1/CT-TTx" .
                    doc:k1-c4 dg:citedDocument doc:ct-2 ; dg:citationText "Kế hoạch 2/KH-UBND" .
                    doc:k1-c5 dg:citedDocument doc:titled ; dg:citationText "KH" .
                    doc:ct-1 a dg:UnresolvedDocument .
                    doc:ct-2 a dg:UnresolvedDocument .
                    doc:titled dg:title "Kế hoạch có tên" .
                    """));
            assertThat(new ReportChoices(store).directives()).extracting(DocumentSummary::iri, DocumentSummary::title)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(D + "ct-1", "Chỉ thị 1/CT-TTg"),
                            org.assertj.core.groups.Tuple.tuple(D + "ct-2", "Kế hoạch 2/KH-UBND"),
                            org.assertj.core.groups.Tuple.tuple(D + "titled", "Kế hoạch có tên"));
        }
    }

    private static final String U = "https://w3id.org/directivegraph/id/unit/";
    private static final String D = "https://w3id.org/directivegraph/id/doc/";
}
