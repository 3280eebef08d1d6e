package org.directivegraph.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.directivegraph.store.PackagedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ontology and vocabularies parse and obey the hygiene rules of {@code ontology/hygiene/*-violation.rq}:
 * each query lists violations and must return none.
 */
class OntologyHygieneTests {

    static final Path HYGIENE = Path.of("../ontology/hygiene");

    static Stream<Path> rules() throws IOException {
        return Files.list(HYGIENE).filter(p -> p.toString().endsWith("-violation.rq")).sorted();
    }

    static Model ontology() {
        Graph g = PackagedData.graph("ontology/**/*.ttl");
        return ModelFactory.createModelForGraph(g);
    }

    static List<String> violations(Model model, Path rule) throws IOException {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(model).query(Files.readString(rule)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.add(s.toString());
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ontologyHasNoViolation(Path rule) throws IOException {
        assertThat(violations(ontology(), rule)).as(rule.getFileName().toString()).isEmpty();
    }

    @Test
    void everyRuleCatchesABrokenTerm() throws IOException {
        // A term with nothing but a type and a domain pointing at an undeclared class, and a concept with no
        // labels outside any scheme: every rule must notice at least one of them, or it tests nothing.
        String broken = """
                @prefix dg: <https://w3id.org/directivegraph/ontology#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                dg:brokenTerm a owl:ObjectProperty ; rdfs:isDefinedBy <https://w3id.org/directivegraph/ontology> ;
                    rdfs:domain dg:NoSuchClass .
                dg:orphan a owl:Class .
                dg:kindless rdfs:isDefinedBy <https://w3id.org/directivegraph/ontology> ; rdfs:label "x"@vi, "x"@en ;
                    rdfs:comment "a term that is neither class nor property"@en .
                <https://w3id.org/directivegraph/vocab/role/extra> a skos:Concept ;
                    skos:prefLabel "Chủ trì"@vi ; skos:inScheme <https://w3id.org/directivegraph/vocab/role> .
                <https://w3id.org/directivegraph/vocab/role/extra-twin> a skos:Concept ;
                    skos:prefLabel "Chủ trì"@vi ; skos:inScheme <https://w3id.org/directivegraph/vocab/role> .
                <https://w3id.org/directivegraph/vocab/stray> a skos:Concept .
                """;
        Model model = ModelFactory.createDefaultModel();
        // no version IRI in this model, so the version rule fires too
        RDFParser.fromString(broken, Lang.TURTLE).parse(model);
        try (Stream<Path> all = rules()) {
            for (Path rule : all.toList()) {
                assertThat(violations(model, rule)).as(rule.getFileName().toString()).isNotEmpty();
            }
        }
    }
}
