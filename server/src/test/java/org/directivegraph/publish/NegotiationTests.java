package org.directivegraph.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Accept header picks the format by quality, then specificity, then the server's preference. */
class NegotiationTests {

    private static final List<RdfFormat> ALL = List.of(RdfFormat.values());

    @Test
    void choosesByQualityAndSpecificity() {
        assertThat(Negotiation.choose(null, ALL)).contains(RdfFormat.HTML);
        assertThat(Negotiation.choose("text/turtle", ALL)).contains(RdfFormat.TURTLE);
        assertThat(Negotiation.choose("text/html;q=0.5, application/ld+json", ALL)).contains(RdfFormat.JSONLD);
        assertThat(Negotiation.choose("application/ld+json, */*", ALL)).contains(RdfFormat.JSONLD);
        assertThat(Negotiation.choose("*/*", ALL)).contains(RdfFormat.HTML);
        assertThat(Negotiation.choose("application/*;q=0.9, text/html;q=0.1", ALL)).contains(RdfFormat.JSONLD);
        assertThat(Negotiation.choose("text/*;q=1, text/html;q=0", ALL)).contains(RdfFormat.TURTLE);
        assertThat(Negotiation.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ALL)).contains(RdfFormat.HTML);
        assertThat(Negotiation.choose("image/png", ALL)).isEmpty();
    }

    @Test
    void formatsAreFoundByExtensionAndName() {
        assertThat(RdfFormat.byName("ttl")).contains(RdfFormat.TURTLE);
        assertThat(RdfFormat.byName("json-ld")).contains(RdfFormat.JSONLD);
        assertThat(RdfFormat.byName("nt")).contains(RdfFormat.NTRIPLES);
        assertThat(RdfFormat.byName("docx")).isEmpty();
    }
}
