package org.directivegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Extraction;
import org.directivegraph.extract.Extractor;
import org.directivegraph.extract.structure.Header;
import org.directivegraph.store.SeedPlans;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.Test;

/**
 * The resolve step on what the extractor reads from the five seeds: issuer from the header (or the body's
 * issuer sentence), place and date, clues from the text and the citations; then every citation. Prints the
 * agreement of the cited documents with the gold {@code dg:cites}; checks the issuing units.
 */
class ExtractedSeedsTests {

    @Test
    void theSeedsAsExtractedResolveToTheGoldIssuersAndCitedDocuments() throws Exception {
        ReferenceIndex index = SeedContexts.index();
        IssuerResolver issuers = new IssuerResolver(index);
        DocumentResolver documents = new DocumentResolver(index);
        int found = 0;
        int gold = 0;
        int right = 0;
        List<String> segments = new ArrayList<>();
        for (SeedPlans.Seed seed : SeedPlans.packaged()) {
            String stem = seed.file().replaceAll(".*/", "").replace(".ttl", "");
            String raw = Files.readString(Path.of("../data/seeds", stem + ".txt"), StandardCharsets.UTF_8);
            Extraction x = new Extractor().extract(new DocumentText(stem + ".txt", raw));
            Header h = x.header();
            List<CitedDocument> cited = x.citations().stream().map(CitedDocument::from).toList();
            IssuerClues clues = IssuerClues.fromText(raw).withCitations(cited, index);
            List<String> lines = h.issuerSource() == Header.IssuerSource.HEADER ? h.issuingBodyLines()
                    : h.issuerText() == null ? List.of() : List.of(h.issuerText());
            IssuerResolution issuer = issuers.resolve(lines, h.place(), IssuerResolver.asOf(h.date(), h.yearMonth(), h.year()), clues);
            segments.add(issuer.unitSegment());

            List<DocumentResolution> rs = documents.resolveAll(cited, seed.documentIri(), issuer.context());
            Set<String> ours = new LinkedHashSet<>();
            rs.forEach(r -> ours.add(r.iri()));
            Set<String> theirs = new HashSet<>();
            seed.graph().find(Node.ANY, DG.cites.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .forEachRemaining(o -> theirs.add(o.getURI()));
            Set<String> hit = new HashSet<>(ours);
            hit.retainAll(theirs);
            found += ours.size();
            gold += theirs.size();
            right += hit.size();
            Set<String> extra = new LinkedHashSet<>(ours);
            extra.removeAll(theirs);
            Set<String> missed = new LinkedHashSet<>(theirs);
            missed.removeAll(ours);
            System.out.printf("%s: issuer %s %s; cited documents %d found, %d gold, %d agree%n", stem, issuer.unitSegment(),
                    issuer.warnings(), ours.size(), theirs.size(), hit.size());
            extra.forEach(e -> System.out.println("  not in gold: " + e));
            missed.forEach(e -> System.out.println("  missed: " + e));
        }
        System.out.printf("Cited documents of the extracted seeds: precision %.3f, recall %.3f%n",
                (double) right / found, (double) right / gold);
        assertThat(segments).containsExactly("10981", "11429", "14764", "707", "x-xa-nam-chinh");
    }
}
