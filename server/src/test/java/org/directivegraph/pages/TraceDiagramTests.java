package org.directivegraph.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.directivegraph.report.DocumentSummary;
import org.directivegraph.report.TraceTree;
import org.junit.jupiter.api.Test;

class TraceDiagramTests {

    static DocumentSummary doc(String id, String title) {
        return new DocumentSummary("https://w3id.org/directivegraph/id/doc/" + id, title, id.toUpperCase(), null, "Kế hoạch", null, "",
                "2024", null, "", null, "", true, true);
    }

    @Test
    void drawsOneBoxPerNodeAndOneLinePerLinkWithItsEvidenceEscaped() {
        TraceTree.Node central = new TraceTree.Node(doc("ct", "Chỉ thị"), new TraceTree.Link("33/CT-TTg", "Thực hiện Chỉ thị 33 <i>"), List.of(), false);
        TraceTree.Node commune = new TraceTree.Node(doc("xa", "<script>x()</script>"), new TraceTree.Link("10/KH", "Căn cứ \"KH 10\""), List.of(), false);
        TraceTree.Node commune2 = new TraceTree.Node(doc("xa2", "Xã 2"), null, List.of(), false);
        TraceTree.Trace trace = new TraceTree.Trace(doc("huyen", "Huyện"), List.of(central), List.of(commune, commune2), false);
        String svg = TraceDiagram.svg(trace);
        assertThat(svg).startsWith("<svg id=\"trace-diagram\"");
        assertThat(Pattern.compile("<g class=\"node").matcher(svg).results().count()).isEqualTo(4);
        assertThat(Pattern.compile("<g class=\"link\"").matcher(svg).results().count()).isEqualTo(3);
        assertThat(svg).contains("data-evidence=\"Thực hiện Chỉ thị 33 &lt;i&gt;\"><title>Thực hiện Chỉ thị 33 &lt;i&gt;</title>")
                .contains("data-evidence=\"Căn cứ &quot;KH 10&quot;\"").contains("&lt;script&gt;x()&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("<i>")
                .contains("<a href=\"/id/doc/ct\">").contains("class=\"node root\" data-iri=\"https://w3id.org/directivegraph/id/doc/huyen\"");
        // the Central document is drawn above the root, the plans below
        assertThat(y(svg, "ct")).isLessThan(y(svg, "huyen"));
        assertThat(y(svg, "xa")).isGreaterThan(y(svg, "huyen")).isEqualTo(y(svg, "xa2"));
    }

    private static double y(String svg, String id) {
        var m = Pattern.compile("data-iri=\"https://w3id.org/directivegraph/id/doc/" + id + "\">.*?<rect x=\"[\\d.]+\" y=\"([\\d.]+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
