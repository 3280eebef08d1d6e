package org.directivegraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.store.KnowledgeStore;
import org.junit.jupiter.api.Test;

/** Saved queries parse, document themselves, and bind parameters as terms, never as text. */
class SavedQueryTests {

    @Test
    void everyPackagedQueryIsDocumented() {
        var all = SavedQueries.packaged().all();
        assertThat(all).extracting(SavedQuery::name).contains("trace-up", "trace-down", "gaps", "coverage",
                "obligations-due", "quality-not-in-force", "quality-peer-citation", "quality-date-inconsistent");
        for (SavedQuery q : all) {
            assertThat(q.title()).as(q.name()).isNotBlank().isNotEqualTo(q.name());
            assertThat(q.description()).as(q.name()).hasSizeGreaterThan(40);
            for (var p : q.parameters()) {
                assertThat(p.description()).as(q.name() + " " + p.name()).isNotBlank();
            }
        }
    }

    @Test
    void headerIsParsed() {
        SavedQuery q = SavedQueries.packaged().find("gaps").orElseThrow();
        assertThat(q.parameters()).extracting(SavedQuery.Parameter::name).containsExactly("directive", "area", "asOf");
        assertThat(q.parameter("asOf").orElseThrow().type()).isEqualTo(SavedQuery.Type.DATE);
        assertThat(q.parameter("area").orElseThrow().required()).isTrue();
        assertThat(q.description()).contains("with asOf only units valid on that date are listed");
    }

    @Test
    void declaredParameterMustBeUsed() {
        assertThatThrownBy(() -> SavedQuery.parse("bad", "# title: Bad\n# param: ghost (iri, required) unused\nSELECT * { ?s ?p ?o }"))
                .hasMessageContaining("ghost");
    }

    @Test
    void parametersAreCheckedAgainstTheirTypes() {
        SavedQuery q = SavedQueries.packaged().find("gaps").orElseThrow();
        assertThatThrownBy(() -> QueryRunner.bind(q, Map.of("directive", "https://x.example/d")))
                .hasMessageContaining("needs parameter 'area'");
        assertThatThrownBy(() -> QueryRunner.bind(q, Map.of("directive", "not an iri", "area", "https://x.example/a")))
                .hasMessageContaining("absolute IRI");
        assertThatThrownBy(() -> QueryRunner.bind(q, Map.of("directive", "https://x.example/d> } ; DROP ALL ; #", "area", "https://x.example/a")))
                .hasMessageContaining("absolute IRI");
        assertThatThrownBy(() -> QueryRunner.bind(q, Map.of("directive", "https://x.example/d", "area", "https://x.example/a", "asOf", "2023-13-45")))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> QueryRunner.bind(q, Map.of("directive", "https://x.example/d", "area", "https://x.example/a", "extra", "1")))
                .hasMessageContaining("no parameter 'extra'");
        assertThat(QueryRunner.bind(q, Map.of("directive", "https://x.example/d", "area", "https://x.example/a")))
                .containsEntry("directive", NodeFactory.createURI("https://x.example/d"))
                .doesNotContainKey("asOf");
    }

    @Test
    void aStringParameterThatLooksLikeSparqlIsOnlyAString() {
        var data = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                <https://x.example/a> <http://www.w3.org/2000/01/rdf-schema#label> "Thái Học" .
                <https://x.example/b> <http://www.w3.org/2000/01/rdf-schema#label> "Tân Hồng" .
                """, Lang.TURTLE).parse(data);
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.putGraph("https://x.example/g", data);
            SavedQuery q = SavedQuery.parse("by-label", """
                    # title: By label
                    # description: Resources with exactly this label, used to prove that a value is bound as a literal.
                    # param: label (string, required) the label
                    SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l . FILTER(STR(?l) = ?label) }
                    """);
            ResultSetRewindable hit = new QueryRunner(store).select(q, Map.of("label", "Thái Học"));
            assertThat(hit.size()).isEqualTo(1);
            ResultSetRewindable injected = new QueryRunner(store).select(q, Map.of("label", "x\") || true || (\""));
            assertThat(injected.size()).isZero();
        }
    }
}
