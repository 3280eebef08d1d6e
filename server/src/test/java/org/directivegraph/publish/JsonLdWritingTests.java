package org.directivegraph.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Graph;
import org.directivegraph.store.PackagedData;
import org.junit.jupiter.api.Test;

/** JSON-LD compacted with the published context reads back into the same triples, and names fields readably. */
class JsonLdWritingTests {

    @Test
    void everySeedGraphRoundTripsThroughCompactedJsonLd() {
        StringBuilder all = new StringBuilder();
        for (var seed : PackagedData.resources("data/seeds/*.ttl")) {
            Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            PackagedData.read(seed, graph);
            String json = JsonLdWriting.write(graph);
            Graph back = JsonLdWriting.read(json);
            assertThat(back.size()).as(seed.getFilename()).isEqualTo(graph.size());
            assertThat(back.isIsomorphicWith(graph)).as(seed.getFilename()).isTrue();
            assertThat(json).containsPattern("\"@context\":\\s*\"" + JsonLdContext.currentIri() + "\"");
            all.append(json);
        }
        assertThat(all).contains("\"tasks\"", "\"title\"", "\"number\"", "\"issuer\"", "\"implements\"");
    }

    @Test
    void theLoaderServesOnlyThePublishedContexts() {
        assertThatThrownBy(() -> JsonLdWriting.read("{\"@context\": \"https://example.org/ctx.jsonld\", \"@id\": \"https://example.org/a\", \"https://example.org/p\": 1}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
