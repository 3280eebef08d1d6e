package org.directivegraph.sparql;

import org.directivegraph.web.Html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.query.SavedQuery;
import org.directivegraph.store.KnowledgeStore;
import org.junit.jupiter.api.Test;

/** The endpoint's plain pieces: limiting, refusing, negotiating, escaping, and binding against injection. */
class SparqlPiecesTests {

    @Test
    void aQueryWithoutLimitOrWithALargerOneGetsTheMaximum() {
        LimitedQuery none = LimitedQuery.prepare("SELECT * { ?s ?p ?o }", 100);
        assertThat(none.limited()).isTrue();
        assertThat(none.query().getLimit()).isEqualTo(100);
        assertThat(none.text()).contains("LIMIT").contains("100");
        LimitedQuery larger = LimitedQuery.prepare("SELECT * { ?s ?p ?o } LIMIT 1000", 100);
        assertThat(larger.limited()).isTrue();
        assertThat(larger.query().getLimit()).isEqualTo(100);
        String text = "SELECT * { ?s ?p ?o } LIMIT 10";
        LimitedQuery smaller = LimitedQuery.prepare(text, 100);
        assertThat(smaller.limited()).isFalse();
        assertThat(smaller.text()).isSameAs(text);
        assertThat(LimitedQuery.prepare("ASK { ?s ?p ?o }", 100).limited()).isFalse();
        assertThat(LimitedQuery.prepare("CONSTRUCT WHERE { ?s ?p ?o }", 100).query().getLimit()).isEqualTo(100);
    }

    @Test
    void syntaxErrorsSayWhereAndUpdatesAreRefused() {
        assertThatThrownBy(() -> LimitedQuery.prepare("SELECT * {\n ?s ?p }", 10))
                .isInstanceOfSatisfying(BadSparqlRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("line 2, column");
                });
        assertThatThrownBy(() -> LimitedQuery.prepare("DELETE WHERE { ?s ?p ?o }", 10))
                .isInstanceOfSatisfying(BadSparqlRequestException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> LimitedQuery.prepare("  ", 10))
                .isInstanceOfSatisfying(BadSparqlRequestException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void formatsAreChosenByParameterThenAcceptThenDefault() {
        assertThat(AnswerFormat.choose(QueryAnswer.Kind.ROWS, true, "text/html", "csv")).isEqualTo(AnswerFormat.CSV);
        assertThat(AnswerFormat.choose(QueryAnswer.Kind.ROWS, true, "text/html,*/*;q=0.8", null)).isEqualTo(AnswerFormat.HTML);
        assertThat(AnswerFormat.choose(QueryAnswer.Kind.ROWS, false, "text/html,*/*;q=0.8", null)).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.choose(QueryAnswer.Kind.ROWS, false, null, null)).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.choose(QueryAnswer.Kind.ROWS, true, "application/json", null)).isEqualTo(AnswerFormat.JSON);
        assertThat(AnswerFormat.choose(QueryAnswer.Kind.BOOLEAN, false, "text/csv", null)).isEqualTo(AnswerFormat.CSV);
        assertThat(AnswerFormat.choose(QueryAnswer.Kind.GRAPH, false, "application/ld+json", null)).isEqualTo(AnswerFormat.JSONLD);
        assertThat(AnswerFormat.choose(QueryAnswer.Kind.GRAPH, false, "*/*", null)).isEqualTo(AnswerFormat.TURTLE);
        assertThatThrownBy(() -> AnswerFormat.choose(QueryAnswer.Kind.GRAPH, false, "text/csv", null))
                .isInstanceOfSatisfying(BadSparqlRequestException.class, e -> assertThat(e.status()).isEqualTo(406));
        assertThatThrownBy(() -> AnswerFormat.choose(QueryAnswer.Kind.ROWS, false, null, "ttl"))
                .isInstanceOfSatisfying(BadSparqlRequestException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void textIsEscapedForHtmlAndForScripts() {
        assertThat(Html.escape("<b a=\"x\">&'</b>")).isEqualTo("&lt;b a=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt;");
        assertThat(Html.jsonString("</script><script>alert(1)</script>\n\"Quyết định\""))
                .doesNotContain("<").doesNotContain(">").contains("Quyết định").startsWith("\"").endsWith("\"");
    }

    @Test
    void theEditorPageCannotBeBrokenOutOfByAQueryText() {
        SavedQuery evil = SavedQuery.parse("evil", "# title: </script><script>alert('x')</script>\n"
                + "# description: a query whose text tries to close the script element\n"
                + "SELECT * { ?s ?p \"</script><img src=x onerror=alert(1)>\" }\n");
        String page = EditorPage.render(List.of(evil));
        int json = page.indexOf("id=\"dg-editor\">");
        int end = page.indexOf("</script>", json);
        String block = page.substring(json, end);
        assertThat(block).contains("alert").doesNotContain("<img").doesNotContain("<script");
        assertThat(page).doesNotContain("<img");
    }

    @Test
    void aStringParameterIsBoundAsOneLiteralNeverPasted() {
        try (KnowledgeStore store = KnowledgeStore.inMemory();
                BoundedExecution execution = new BoundedExecution(store, new QueryLimits(Duration.ofSeconds(5), 100))) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(Triple.create(NodeFactory.createURI("urn:a"), NodeFactory.createURI("urn:name"), NodeFactory.createLiteralString("Hải Phòng")));
            g.add(Triple.create(NodeFactory.createURI("urn:b"), NodeFactory.createURI("urn:name"), NodeFactory.createLiteralString("Hà Nội")));
            store.putGraph("urn:graph:test", g);
            SavedQuery byName = SavedQuery.parse("by-name", "# title: By name\n# param: name (string, required) the name\n"
                    + "SELECT ?s WHERE { ?s <urn:name> ?name }\n");
            SavedQueryRuns runs = new SavedQueryRuns(null, execution);

            String ok = new String(runs.run(byName, Map.of("name", "Hải Phòng"), "text/csv", null).body(), StandardCharsets.UTF_8);
            assertThat(ok.lines().toList()).containsExactly("s", "urn:a");

            String attack = "x\" } ; DROP ALL ; SELECT * { \"";
            String none = new String(runs.run(byName, Map.of("name", attack), "text/csv", null).body(), StandardCharsets.UTF_8);
            assertThat(none.lines().toList()).containsExactly("s");
            String union = "x\" } UNION { ?s ?p ?o } #";
            assertThat(new String(runs.run(byName, Map.of("name", union), "text/csv", null).body(), StandardCharsets.UTF_8).lines().toList())
                    .containsExactly("s");
            assertThat(store.size()).isEqualTo(2);
        }
    }
}
