package org.directivegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application started in remote mode against a real Fuseki process that demands a password: the store
 * is a {@link RemoteStore}, and Fuseki itself, asked directly, holds the reference data and the five seed plans
 * ingested on start. That it answers at all proves {@code remote-user} and {@code remote-password} are sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "directivegraph.seeds.ingest-on-start=true",
    "directivegraph.store.location=target/it-store/remote-mode-unused-${random.uuid}"
})
@DirtiesContext
class RemoteModeIntegrationTests {

    static FusekiProcess fuseki;

    @DynamicPropertySource
    static void remoteStore(DynamicPropertyRegistry registry) {
        if (fuseki == null) {
            fuseki = FusekiProcess.start();
        }
        registry.add("directivegraph.store.remote-url", fuseki::datasetUrl);
        registry.add("directivegraph.store.remote-user", () -> FusekiProcess.USER);
        registry.add("directivegraph.store.remote-password", () -> FusekiProcess.PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.close();
            fuseki = null;
        }
    }

    @Autowired
    GraphStore store;

    @LocalServerPort
    int port;

    @Test
    void theApplicationServesOverHttpFromTheRemoteStore() throws Exception {
        assertThat(store).isInstanceOf(RemoteStore.class);
        assertThat(store.location()).isEqualTo(fuseki.datasetUrl());
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("the application answers HTTP").isEqualTo(404);
    }

    @Test
    void fusekiHoldsTheReferenceDataAndTheFiveIngestedSeedPlans() {
        List<String> graphs = new ArrayList<>();
        try (var qe = QueryExecHTTP.service(fuseki.datasetUrl() + "/query")
                .httpHeader("Authorization", FusekiProcess.basicAuth())
                .query("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g").build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(b -> graphs.add(b.get("g").getURI()));
        }
        assertThat(graphs).contains(GraphNames.ONTOLOGY, GraphNames.SHAPES, GraphNames.UNITS, GraphNames.META);
        List<String> documents = graphs.stream().filter(g -> !GraphNames.isReference(g)).toList();
        assertThat(documents).hasSize(5).contains("https://w3id.org/directivegraph/id/doc/11429/ubnd/2024/kh-10/graph");
        assertThat(ReferenceData.loadedFingerprint(store)).isEqualTo(ReferenceData.fingerprint());

        // a seed plan in its own graph, linked to the directive it implements
        try (var qe = QueryExecHTTP.service(fuseki.datasetUrl() + "/query")
                .httpHeader("Authorization", FusekiProcess.basicAuth())
                .query("ASK { GRAPH <https://w3id.org/directivegraph/id/doc/11429/ubnd/2024/kh-10/graph> { "
                        + "<https://w3id.org/directivegraph/id/doc/11429/ubnd/2024/kh-10> "
                        + "<https://w3id.org/directivegraph/ontology#implements> "
                        + "<https://w3id.org/directivegraph/id/doc/VN/ttg/2021/ct-33> } }").build()) {
            assertThat(qe.ask()).isTrue();
        }
    }
}
