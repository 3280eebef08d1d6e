package org.directivegraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.directivegraph.store.SeedPlans;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.Test;

/** Scoring a gold graph against itself is perfect; removing or changing a fact shows up as a miss or an extra. */
class FactKeysTests {

    @Test
    void goldAgainstItselfIsPerfectForEveryKind() {
        for (var seed : SeedPlans.packaged()) {
            Model m = ModelFactory.createModelForGraph(seed.graph());
            Resource doc = m.getResource(seed.documentIri());
            for (FactKeys.Kind kind : FactKeys.Kind.values()) {
                Score s = Score.of(FactKeys.keys(m, doc, kind), FactKeys.keys(m, doc, kind));
                assertThat(s.precision()).as(seed.file() + " " + kind).isEqualTo(1.0);
                assertThat(s.recall()).as(seed.file() + " " + kind).isEqualTo(1.0);
            }
        }
    }

    @Test
    void aMissingCitationAndAWrongRecipientAreListed() {
        var seed = SeedPlans.packaged().get(1);
        Model gold = ModelFactory.createModelForGraph(seed.graph());
        Model found = ModelFactory.createDefaultModel().add(gold);
        Resource doc = found.getResource(seed.documentIri());
        Resource firstCitation = doc.getPropertyResourceValue(DG.citation);
        found.remove(doc, DG.citation, firstCitation);
        Resource recipient = doc.getPropertyResourceValue(DG.recipient);
        recipient.removeAll(DG.recipientText).addProperty(DG.recipientText, "Nơi khác");

        Score citations = Score.of(FactKeys.keys(gold, gold.getResource(seed.documentIri()), FactKeys.Kind.CITATIONS),
                FactKeys.keys(found, doc, FactKeys.Kind.CITATIONS));
        assertThat(citations.recall()).isLessThan(1.0);
        assertThat(citations.precision()).isEqualTo(1.0);
        assertThat(citations.misses()).hasSize(1);

        Score recipients = Score.of(FactKeys.keys(gold, gold.getResource(seed.documentIri()), FactKeys.Kind.RECIPIENTS),
                FactKeys.keys(found, doc, FactKeys.Kind.RECIPIENTS));
        assertThat(recipients.extras()).containsExactly("noi khac");
        assertThat(recipients.misses()).hasSize(1);
    }

    @Test
    void foldingIgnoresCaseDiacriticsAndSpacing() {
        assertThat(FactKeys.fold("  ỦY BAN NHÂN DÂN\n xã Thái Học; ")).isEqualTo("uy ban nhan dan xa thai hoc");
        assertThat(FactKeys.fold("Đảng ủy")).isEqualTo("dang uy");
    }
}
