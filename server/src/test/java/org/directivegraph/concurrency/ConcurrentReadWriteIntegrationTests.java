package org.directivegraph.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.pages.QualityCache;
import org.directivegraph.pages.SiteIndex;
import org.directivegraph.publish.DocumentFindings;
import org.directivegraph.report.QualityReport;
import org.directivegraph.search.SearchEntry;
import org.directivegraph.search.SearchFilters;
import org.directivegraph.search.SearchIndex;
import org.directivegraph.search.SearchResult;
import org.directivegraph.search.SearchSource;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.validate.PlanShapes;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Concurrent readers and writers over real HTTP against an application of its own (a fresh embedded TDB2 store,
 * no seeds, closed after the class so the shared application of the other tests is untouched). Readers send SPARQL
 * queries, saved queries and page, Turtle and JSON-LD requests while writers ingest, replace and delete documents
 * that come in two versions differing in title, tasks and links ({@link Version}). Then: no read saw a mix of
 * versions or a state the document was not in during the read; no request failed; the store equals the same writes
 * applied one after another, quad for quad; and the search index, the quality cache and the pages agree with it.
 * {@code -Ddirectivegraph.concurrency.long=true} runs the long variant ({@link ConcurrentRun#LONG}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "directivegraph.store.location=target/concurrency-store/${random.uuid}",
    "directivegraph.writers.tester=$2a$10$j8ctaUenCcc37BJGxjwVxeaHrZqrFMOoI52dHvlqV7PGjLfAowmtS",
    "directivegraph.seeds.ingest-on-start=false",
    "directivegraph.sparql.timeout=30s"
})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConcurrentReadWriteIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentReadWriteIntegrationTests.class);

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    @Autowired
    SiteIndex siteIndex;

    @Autowired
    QualityCache quality;

    @Autowired
    DocumentFindings findings;

    @Test
    void readersSeeWholeDocumentsWhileWritersIngestReplaceAndDeleteAndTheStoreEndsAsIfSequential() throws Exception {
        ConcurrentRun run = ConcurrentRun.chosen();
        Http http = new Http(port);
        long prepared = System.nanoTime();
        TestDocuments docs = new TestDocuments(http, run.numbers());
        log.info("Both versions of {} documents checked in {} ms", run.documents(), (System.nanoTime() - prepared) / 1_000_000);
        int first = docs.numbers().get(0);
        assertThat(docs.expected(first, Version.A).tasks()).hasSizeGreaterThan(docs.expected(first, Version.B).tasks().size());
        assertThat(docs.expected(first, Version.A).implemented()).contains(Reads.KH_41);
        assertThat(docs.expected(first, Version.B).implemented()).doesNotContain(Reads.KH_41);

        Tally tally = new Tally();
        Reads reads = new Reads(http, docs, tally);
        Writers writers = new Writers(http, docs, tally, run.writesPerDocument(), run.seed());
        long start = System.nanoTime();
        run.execute(reads, writers, tally);
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<String> stale = History.unexplained(tally.observations(), writers);
        log.info("Concurrent run {}: {} ms, {} requests served {}, slowest answers (ms) {}, overloaded {}, {} observations of documents, {} failures, "
                        + "{} torn reads, {} reads of a state the document was not in",
                run, millis, tally.total(), tally.served(), tally.slowest(), tally.overloaded(), tally.observations().size(),
                tally.failures().size(), tally.torn().size(), stale.size());
        tally.failures().stream().limit(20).forEach(f -> log.warn("Failed: {}", f));
        tally.torn().stream().limit(20).forEach(f -> log.warn("Torn: {}", f));
        stale.stream().limit(20).forEach(f -> log.warn("Stale: {}", f));
        assertThat(tally.failures()).as("requests that failed").isEmpty();
        assertThat(tally.torn()).as("reads that saw a mix of versions").isEmpty();
        assertThat(stale).as("reads that saw a state the document was not in while they ran").isEmpty();
        assertThat(writers.done()).hasSize(run.documents() * run.writesPerDocument());

        DatasetGraph concurrent = StoreComparison.parse(http.get("/download/directivegraph.nq.gz", null).bytes());
        derivedStateAgreesWithTheStore(http, docs, writers.finalStates());

        docs.replay(writers.done());
        DatasetGraph sequential = StoreComparison.parse(http.get("/download/directivegraph.nq.gz", null).bytes());
        StoreComparison.Difference difference = StoreComparison.of(concurrent, sequential);
        log.info("Final store against the same {} writes applied one after another: {} quads differ ({} quads in {} graphs)",
                writers.done().size(), difference.quads(), sequential.stream().count(), sequential.size());
        assertThat(difference.examples()).as("quads that differ").isEmpty();
        assertThat(difference.quads()).isZero();
        List<String> notAsChecked = new ArrayList<>();
        writers.finalStates().forEach((number, state) -> {
            Graph stored = store.graph(GraphNames.ofDocument(docs.iri(number)));
            Graph wanted = state == State.ABSENT ? GraphFactory.createDefaultGraph()
                    : docs.expected(number, Version.valueOf(state.name())).graph();
            StoreComparison.of(stored, wanted, docs.iri(number), notAsChecked);
        });
        assertThat(notAsChecked).as("document graphs that differ from their final version as checked before the run").isEmpty();
    }

    /**
     * Several writers replace the same document at once, so their order is not known; whichever version the store
     * ends with, the search index, the findings and the pages must show that one (an update of the index that read
     * the store before the last write must not land after it).
     */
    @Test
    void derivedStateFollowsTheLastOfConcurrentWritesToOneDocument() throws Exception {
        Http http = new Http(port);
        int number = 9100;
        TestDocuments docs = new TestDocuments(http, List.of(number));
        String iri = docs.iri(number);
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                writes.add(pool.submit(() -> {
                    for (int round = 0; round < 3; round++) {
                        Version v = (writer + round) % 2 == 0 ? Version.A : Version.B;
                        Http.Answer a = http.ingest("kh-" + number + ".txt", v.text(number));
                        if (a.status() != 201) {
                            tally.failure("ingest", a.status() + " " + Reads.head(a.body()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : writes) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(tally.failures()).isEmpty();

        Graph stored = store.graph(GraphNames.ofDocument(iri));
        Version last = stored.isIsomorphicWith(docs.expected(number, Version.A).graph()) ? Version.A : Version.B;
        assertThat(stored.isIsomorphicWith(docs.expected(number, last).graph())).as("the stored graph is one whole version").isTrue();

        Tally after = new Tally();
        new Reads(http, docs, after).everyKind();
        assertThat(after.failures()).isEmpty();
        assertThat(after.torn()).isEmpty();
        for (Observation o : after.observations()) {
            assertThat(o.states()).as(o.kind() + " after concurrent writes of one document").contains(State.of(last));
        }
        Set<String> indexed = new TreeSet<>();
        siteIndex.index().search("", SearchFilters.kinds(SearchEntry.Kind.DOCUMENT, SearchEntry.Kind.TASK), 100_000).hits().stream()
                .filter(h -> h.iri().equals(iri) || iri.equals(h.parent()))
                .forEach(h -> indexed.add(h.kind() + " " + h.iri() + " " + h.label() + " | " + h.context() + " | " + h.parent()));
        Set<String> fresh = new TreeSet<>();
        new SearchSource(store).ofDocument(iri)
                .forEach(e -> fresh.add(e.kind() + " " + e.iri() + " " + e.label() + " | " + e.context() + " | " + e.parent()));
        assertThat(indexed).as("the search index against the document as stored").isEqualTo(fresh);
        assertThat(findings.of(iri)).as("the findings shown against a fresh validation")
                .isEqualTo(new DocumentFindings(store, PlanShapes.packaged()).of(iri));
        assertThat(http.delete(iri).status()).isEqualTo(200);
        log.info("Three writers replaced one document 9 times at once; it ended as version {}, and the index, the findings "
                + "and {} reads agree", last, after.total());
    }

    private void derivedStateAgreesWithTheStore(Http http, TestDocuments docs, Map<Integer, State> finalStates) {
        Tally after = new Tally();
        Reads reads = new Reads(http, docs, after);
        reads.everyKind();
        assertThat(after.failures()).as("requests after the run that failed").isEmpty();
        assertThat(after.torn()).as("reads after the run that saw a mix").isEmpty();
        for (Observation o : after.observations()) {
            assertThat(o.states()).as(o.kind() + " of " + o.number() + " after the run").contains(finalStates.get(o.number()));
        }

        SearchResult served = siteIndex.index().search("", SearchFilters.NONE, 100_000);
        try (SearchIndex fresh = SearchIndex.build(store)) {
            SearchResult rebuilt = fresh.search("", SearchFilters.NONE, 100_000);
            assertThat(hits(served)).as("the search index against one built from the store now").isEqualTo(hits(rebuilt));
        }
        assertThat(quality.current().items()).as("the quality cache against the quality of the store now")
                .isEqualTo(new QualityReport(store).compute().items());
        log.info("After the run: {} reads agree with the final state; search index {} entries; quality {} items",
                after.total(), served.total(), quality.current().items().size());
    }

    private static Set<String> hits(SearchResult result) {
        Set<String> out = new TreeSet<>();
        result.hits().forEach(h -> out.add(h.kind() + " " + h.iri() + " " + h.label() + " | " + h.context() + " | " + h.parent()));
        return out;
    }
}
