package org.directivegraph.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date bounds of the hierarchy shapes at their edges (a month's last day, leap years, a year's
 * first day, the day a document ceases to be in force), and {@link Finding}. Only the relations and
 * dates are given, so the other shapes have no focus nodes here.
 */
class PlanShapesTests {

    static final String ID = "https://w3id.org/directivegraph/id/";

    static Graph turtle(String body) {
        String text = """
                @base <https://w3id.org/directivegraph/id/> .
                @prefix dg:  <https://w3id.org/directivegraph/ontology#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                """ + body;
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    static List<String> shapesFound(Graph data) {
        return Finding.fromReport(PlanShapes.packaged().validate(data)).stream().map(Finding::shapeName).toList();
    }

    /**
     * The date triples for a date as far as it is known: {@code 2024-02-29} a full date,
     * {@code 2024-02} a month, {@code 2024} a year, {@code none} nothing.
     */
    static String dated(String known) {
        if (known.equals("none")) {
            return "dg:title \"không ghi ngày\"";
        }
        return switch (known.length()) {
            case 10 -> "dg:dateIssued \"%s\"^^xsd:date".formatted(known);
            case 7 -> "dg:issuedYearMonth \"%s\"^^xsd:gYearMonth".formatted(known);
            case 4 -> "dg:issuedYear \"%s\"^^xsd:gYear".formatted(known);
            default -> throw new IllegalArgumentException(known);
        };
    }

    /** A plan known only to its month is compared with the month's last day; the other side with its earliest day. */
    @ParameterizedTest(name = "plan {0}, implemented document {1} -> reported {2}")
    @CsvSource({
        "2024-02, 2024-02-29, false",
        "2024-02, 2024-03-01, true",
        "2023-02, 2023-03-01, true",
        "2023-04, 2023-04, false",
        "2023-04, 2023-05, true",
        "2022, 2023, true",
        "2022, 2022-12, false",
        "2022-12-31, 2023, true",
        "2023-01-01, 2023, false",
        "2023-01-01, none, false",
        "none, 2023-01-01, false",
    })
    void planNotBeforeImplementedUsesDateBounds(String planDate, String documentDate, boolean reported) {
        Graph data = turtle("""
                <doc/10981/ubnd/x/kh-1> a dg:Plan ; %s ; dg:implements <doc/296/ubnd/x/kh-22> .
                <doc/296/ubnd/x/kh-22> %s .
                """.formatted(dated(planDate), dated(documentDate)));
        assertThat(shapesFound(data).contains("PlanNotBeforeImplementedShape")).isEqualTo(reported);
    }

    @ParameterizedTest(name = "plan {0} -> reported {1}")
    @CsvSource({
        "2021-11-25, false",
        "2021-11-26, true",
        "2021-11, false",
        "2021-12, true",
        "2021, false",
        "2022, true",
        "none, false",
    })
    void citedDocumentInForceIsReportedOnlyWhenCertain(String planDate, boolean reported) {
        Graph data = turtle("""
                <doc/707/ubnd/x/kh-1> a dg:Plan ; %s ; dg:cites <doc/VN/ttg/2016/ct-16> .
                <doc/VN/ttg/2016/ct-16> dg:noLongerInForce "2021-11-26"^^xsd:date .
                """.formatted(dated(planDate)));
        assertThat(shapesFound(data).contains("CitedDocumentInForceShape")).isEqualTo(reported);
    }

    @Test
    void communePlanWithUnitsMissingFromTheDataIsNotReported() {
        Graph data = turtle("""
                @prefix level: <https://w3id.org/directivegraph/vocab/level/> .
                <doc/10981/ubnd/2023/kh-15> a dg:Plan ; dg:level level:commune ; dg:issuingUnit <unit/10981> ;
                    dg:implements <doc/33/ubnd/2023/kh-30> .
                <doc/33/ubnd/2023/kh-30> dg:level level:province ; dg:issuingUnit <unit/33> .
                """);
        assertThat(shapesFound(data)).doesNotContain("CommunePlanImplementsUpstreamShape");
    }

    @Test
    void findingGivesMessagesByLanguageWithEnglishAsFallback() {
        Finding f = new Finding(Finding.Severity.WARNING, NodeFactory.createURI(ID + "doc/1"), null, null,
                NodeFactory.createURI(PlanShapes.NS + "PlanNumberShape"), Map.of("vi", "Thiếu số", "en", "No number"));
        assertThat(f.message("vi")).isEqualTo("Thiếu số");
        assertThat(f.message("fr")).isEqualTo("No number");
        assertThat(f.shapeName()).isEqualTo("PlanNumberShape");
        assertThat(Finding.ORDER.compare(f, new Finding(Finding.Severity.VIOLATION, f.focusNode(), null, null,
                f.sourceShape(), Map.of()))).isPositive();
    }
}
