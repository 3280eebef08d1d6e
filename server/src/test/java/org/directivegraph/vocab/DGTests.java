package org.directivegraph.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.directivegraph.store.PackagedData;
import org.junit.jupiter.api.Test;

/** {@link DG} names exactly the ontology's terms, and each constant's Javadoc is its term's comment. */
class DGTests {

    final Model ontology = ModelFactory.createModelForGraph(PackagedData.graph("ontology/*.ttl"));

    Set<String> ontologyTerms() {
        Set<String> terms = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDFS.isDefinedBy, ontology.createResource(DG.ONTOLOGY))
                .forEachRemaining(r -> terms.add(r.getURI()));
        return terms;
    }

    Set<String> constants() throws IllegalAccessException {
        Set<String> iris = new TreeSet<>();
        for (Field f : DG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                iris.add(((Resource) f.get(null)).getURI());
            }
        }
        return iris;
    }

    @Test
    void constantsAndOntologyNameTheSameTerms() throws IllegalAccessException {
        assertThat(constants()).containsExactlyInAnyOrderElementsOf(ontologyTerms());
    }

    @Test
    void javadocOfEachConstantIsTheTermsComment() throws Exception {
        String source = Files.readString(Path.of("src/main/java/org/directivegraph/vocab/DG.java"));
        for (String term : ontologyTerms()) {
            String comment = ontology.getResource(term).getProperty(RDFS.comment).getString()
                    .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            assertThat(source).as(term).contains("/** " + comment + " */");
        }
    }
}
