package org.directivegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.directivegraph.store.PackagedData;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.Test;

/** A stored document becomes known to the lookups of the next ones, and a new version replaces the old one's keys. */
class ReferenceIndexLearnTests {

    private static final String PLAN = "https://w3id.org/directivegraph/id/doc/11429/ubnd/2025/kh-77";

    private static Graph plan(String number, String date, String title) {
        Model m = ModelFactory.createDefaultModel();
        Resource d = m.createResource(PLAN)
                .addProperty(DG.documentType, m.createResource("https://w3id.org/directivegraph/vocab/document-type/kh"))
                .addProperty(DG.documentNumber, number)
                .addProperty(DG.symbol, "KH-UBND")
                .addProperty(DG.dateIssued, m.createTypedLiteral(date, XSDDatatype.XSDdate));
        d.addProperty(DG.title, title);
        return m.getGraph();
    }

    @Test
    void learningIndexesTheNewDocumentAndReplacesWhatWasKnownOfTheSameIri() {
        ReferenceIndex index = ReferenceIndex.of(SeedContexts.index().units(), PackagedData.graph("data/bodies/*.ttl"));
        assertThat(index.documentsNumbered("77", "KH-UBND")).isEmpty();

        index.learn(plan("77", "2025-03-04", "Kế hoạch thực hiện công tác dân vận"));
        assertThat(index.documentsNumbered("077", "KH- UBND")).extracting(ReferenceDocument::iri).containsExactly(PLAN);
        assertThat(index.documentsOfTypeOn("kh", LocalDate.of(2025, 3, 4))).extracting(ReferenceDocument::iri).containsExactly(PLAN);
        assertThat(index.document(PLAN)).isPresent();

        // the same IRI stored again with another date: the old date no longer finds it, the new one does, once
        index.learn(plan("77", "2025-03-05", "Kế hoạch thực hiện công tác dân vận"));
        assertThat(index.documentsOfTypeOn("kh", LocalDate.of(2025, 3, 4))).isEmpty();
        assertThat(index.documentsOfTypeOn("kh", LocalDate.of(2025, 3, 5))).extracting(ReferenceDocument::iri).containsExactly(PLAN);
        assertThat(index.documentsNumbered("77", "KH-UBND")).hasSize(1);
        assertThat(index.document(PLAN).orElseThrow().date()).isEqualTo(LocalDate.of(2025, 3, 5));
    }
}
