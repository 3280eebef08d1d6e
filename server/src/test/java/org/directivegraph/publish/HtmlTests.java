package org.directivegraph.publish;

import org.directivegraph.web.Html;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Text from the store is shown as text: markup in values, labels and IRIs never reaches the page as markup. */
class HtmlTests {

    private static final String BASE = org.directivegraph.store.GraphNames.BASE;
    private static final String ATTACK = "<script>alert('x')</script>";

    private final KnowledgeStore emptyStore = KnowledgeStore.inMemory();

    @AfterEach
    void close() {
        emptyStore.close();
    }

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void linksOnlyHttpIrisAndSendsBaseIrisToTheirLocalPath() {
        assertThat(Html.href(BASE + "id/unit/01")).isEqualTo("/id/unit/01");
        assertThat(Html.href("https://example.org/a")).isEqualTo("https://example.org/a");
        assertThat(Html.href("javascript:alert(1)")).isNull();
        assertThat(Html.href("urn:x:y")).isNull();
        String page = Html.page("t", null).link("javascript:alert(1)", "click").end();
        assertThat(page).doesNotContain("href=\"javascript").contains("click");
    }

    @Test
    void aDocumentPageShowsScriptInTitleTaskAndEvidenceAsText() {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = NodeFactory.createURI(BASE + "id/doc/VN/x/2024/kh-1");
        Node task = NodeFactory.createURI(BASE + "id/doc/VN/x/2024/kh-1/task/1");
        Node span = NodeFactory.createURI(BASE + "id/doc/VN/x/2024/kh-1/span/1-9");
        Node body = NodeFactory.createURI("https://example.org/\"><script>x</script>");
        g.add(doc, RDF.type.asNode(), DG.Plan.asNode());
        g.add(doc, DG.title.asNode(), NodeFactory.createLiteralString(ATTACK));
        g.add(doc, DG.numberAndSymbol.asNode(), NodeFactory.createLiteralString("1/KH-<b>"));
        g.add(doc, DG.issuer.asNode(), body);
        g.add(body, RDFS.label.asNode(), NodeFactory.createLiteralLang(ATTACK, "vi"));
        g.add(doc, DG.task.asNode(), task);
        g.add(task, DG.title.asNode(), NodeFactory.createLiteralString("task " + ATTACK));
        g.add(task, DG.evidence.asNode(), span);
        g.add(span, DG.exactText.asNode(), NodeFactory.createLiteralString("span " + ATTACK));
        g.add(span, DG.startOffset.asNode(), NodeFactory.createLiteralString("1"));
        String html = new DocumentPage(new TermLabels(emptyStore)).render(doc.getURI(), new Labels(g),
                new DocumentPage.Extras(List.of(), List.of(), List.of(), true), "/id/doc/VN/x/2024/kh-1");
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).contains("task &lt;script&gt;").contains("span &lt;script&gt;").contains("1/KH-&lt;b&gt;");
        assertThat(html).contains("href=\"https://example.org/&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"");
    }

    @Test
    void aResourcePageShowsScriptInLiteralsAsText() {
        Graph g = GraphFactory.createDefaultGraph();
        Node unit = NodeFactory.createURI(BASE + "id/unit/99999");
        g.add(unit, RDF.type.asNode(), DG.AdministrativeUnit.asNode());
        g.add(unit, org.apache.jena.vocabulary.SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(ATTACK, "vi"));
        g.add(unit, DG.officialCode.asNode(), NodeFactory.createLiteralString("\"onmouseover=\"x"));
        String html = new ResourcePage(new TermLabels(emptyStore)).render(unit.getURI(), new Labels(g), "/id/unit/99999");
        assertThat(html).doesNotContain("<script>").doesNotContain("\"onmouseover");
        assertThat(html).contains("<title>&lt;script&gt;").contains("&quot;onmouseover=&quot;x");
    }
}
