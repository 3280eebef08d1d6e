package org.directivegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.ingest.Ingester;
import org.directivegraph.query.QueryRunner;
import org.directivegraph.query.SavedQueries;
import org.directivegraph.query.SavedQuery;
import org.directivegraph.validate.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RemoteStore} against a real Fuseki process, side by side with an embedded in-memory store holding the
 * same data: both are loaded once per class with the reference data and the gold seed graphs, every write made in
 * a test is made to both, and the two must then answer alike.
 */
class RemoteStoreTests {

    static final Path SEEDS = Path.of("../data/seeds");

    static FusekiProcess fuseki;
    static RemoteStore remote;
    static KnowledgeStore embedded;
    static ReferenceData.LoadResult firstLoad;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        fuseki = FusekiProcess.start();
        remote = fuseki.store();
        firstLoad = ReferenceData.ensureLoaded(remote);
        SeedPlans.load(remote);
        embedded = KnowledgeStore.inMemory();
        ReferenceData.ensureLoaded(embedded);
        SeedPlans.load(embedded);
    }

    @AfterAll
    static void stop() {
        if (embedded != null) {
            embedded.close();
        }
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Test
    void referenceDataIsLoadedOnceAndRecognisedByItsFingerprint() {
        assertThat(firstLoad.loaded()).isTrue();
        assertThat(ReferenceData.loadedFingerprint(remote)).isEqualTo(ReferenceData.fingerprint());
        assertThat(ReferenceData.ensureLoaded(remote).loaded()).isFalse();
        assertThat((long) remote.graph(GraphNames.UNITS).size()).isEqualTo(firstLoad.triplesByGraph().get(GraphNames.UNITS))
                .isGreaterThan(100_000);
        remote.checkUnionDefaultGraph();
    }

    @Test
    void aDatasetWithoutTheUnionDefaultGraphIsToldApart() {
        try (RemoteStore plain = new RemoteStore(fuseki.plainDatasetUrl(), FusekiProcess.USER, FusekiProcess.PASSWORD)) {
            plain.putGraph("https://example.org/g", graphOf("https://example.org/s"));
            assertThatThrownBy(plain::checkUnionDefaultGraph).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(fuseki.plainDatasetUrl()).hasMessageContaining("tdb2:unionDefaultGraph true");
        }
    }

    @Test
    void wrongCredentialsAreRefused() {
        try (RemoteStore stranger = new RemoteStore(fuseki.datasetUrl(), FusekiProcess.USER, "wrong")) {
            assertThatThrownBy(stranger::size).satisfies(e -> assertThat(e.toString()).contains("401"));
        }
    }

    @Test
    void graphNamesAndSizeAreTheEmbeddedStoresOnTheSameData() {
        assertThat(remote.graphNames()).isEqualTo(embedded.graphNames()).contains(GraphNames.ONTOLOGY, GraphNames.META)
                .hasSize(12);
        assertThat(remote.size()).isEqualTo(embedded.size());
    }

    @Test
    void aGraphIsPutReadAndDeleted() {
        String name = "https://example.org/test/graph-life";
        long size = remote.size();
        Graph content = graphOf("https://example.org/test/a", "https://example.org/test/b");
        remote.putGraph(name, content);
        assertThat(remote.graphNames()).contains(name);
        assertThat(remote.graph(name).isIsomorphicWith(content)).isTrue();
        assertThat(remote.size()).isEqualTo(size + 2);

        Graph smaller = graphOf("https://example.org/test/c");
        remote.putGraph(name, smaller);
        assertThat(remote.graph(name).isIsomorphicWith(smaller)).as("a put replaces the graph").isTrue();

        remote.deleteGraph(name);
        assertThat(remote.graphNames()).doesNotContain(name);
        assertThat(remote.graph(name).isEmpty()).isTrue();
        assertThat(remote.size()).isEqualTo(size);
        remote.deleteGraph(name);
    }

    @Test
    void theDumpHoldsEveryQuad() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        remote.dump(out);
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(parsed);
        List<String> names = new ArrayList<>();
        parsed.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        names.sort(null);
        assertThat(names).isEqualTo(remote.graphNames());
        assertThat(parsed.stream().count()).isEqualTo(remote.size());
    }

    @Test
    void aDumpFileOfTheRemoteStoreLoadsIntoAnotherRemoteDataset() throws IOException {
        Path dump = dir.resolve("remote.nq.gz");
        DumpFiles.write(remote, dump);
        Map<String, Graph> graphs = RdfFiles.read(List.of(dump), null);
        try (RemoteStore other = new RemoteStore(fuseki.plainDatasetUrl(), FusekiProcess.USER, FusekiProcess.PASSWORD)) {
            other.graphNames().forEach(other::deleteGraph);
            other.putGraphs(graphs);
            assertThat(other.graphNames()).isEqualTo(remote.graphNames());
            assertThat(other.size()).isEqualTo(remote.size());
            other.graphNames().forEach(other::deleteGraph);
        }
    }

    @Test
    void savedQueriesWithBoundParametersAnswerAsOnTheEmbeddedStore() throws IOException {
        int withRows = 0;
        for (Map.Entry<String, Map<String, String>> c : savedQueryCases().entrySet()) {
            SavedQuery query = SavedQueries.packaged().find(c.getKey().split(" ")[0]).orElseThrow();
            List<String> onRemote = csv(new QueryRunner(remote), query, c.getValue());
            List<String> onEmbedded = csv(new QueryRunner(embedded), query, c.getValue());
            assertThat(onRemote).as(c.getKey()).isEqualTo(onEmbedded);
            withRows += onRemote.size() > 1 ? 1 : 0;
        }
        assertThat(withRows).as("queries that found something").isGreaterThanOrEqualTo(5);
    }

    @Test
    void ingestValidatesAgainstFetchedContextLikeTheEmbeddedStore() {
        Ingester intoRemote = new Ingester(remote);
        Ingester intoEmbedded = new Ingester(embedded);
        int findings = 0;
        for (String seed : List.of("000_10e9ab392167727b.txt", "001_09e8b167c0733129.txt", "002_e8343cfd8903a018.txt",
                "003_5e30993f3c594bd5.txt", "004_10255b9cbb26c87c.txt")) {
            Ingester.Result r = intoRemote.ingest(SEEDS.resolve(seed), false);
            Ingester.Result e = intoEmbedded.ingest(SEEDS.resolve(seed), false);
            assertThat(r.stored()).as(seed + " " + r.refusal()).isTrue();
            assertThat(e.stored()).isTrue();
            assertThat(describe(r.findings())).as(seed).isEqualTo(describe(e.findings()));
            String graph = GraphNames.ofDocument(r.documentIri());
            assertThat(remote.graph(graph).isIsomorphicWith(embedded.graph(graph))).as(seed).isTrue();
            findings += r.findings().size();
        }
        assertThat(findings).as("findings on the seeds").isGreaterThan(5);
        assertThat(remote.size()).isEqualTo(embedded.size());
    }

    @Test
    void aRefusedIngestLeavesTheRemoteStoreUnchanged() throws IOException {
        Path story = Files.writeString(dir.resolve("truyen-ngan.txt"),
                "Chiều hôm ấy, mưa rơi trên mái ngói cũ. Bà ngồi bên hiên, kể cho lũ trẻ nghe chuyện ngày xưa về "
                        + "những mùa lúa chín vàng và tiếng sáo diều vi vu trên cánh đồng làng.\n");
        long size = remote.size();
        List<String> names = remote.graphNames();
        Ingester.Result refused = new Ingester(remote).ingest(story, false);
        assertThat(refused.stored()).isFalse();
        assertThat(refused.refusal()).contains("violation");
        assertThat(remote.size()).isEqualTo(size);
        assertThat(remote.graphNames()).isEqualTo(names);
    }

    /** Findings without blank node labels, which differ from one extraction to the next. */
    static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.shapeName() + " " + label(f.focusNode()) + " "
                + label(f.value()) + " " + f.message("en")).sorted().toList();
    }

    private static String label(Node n) {
        return n == null ? "-" : n.isBlank() ? "_" : n.toString();
    }

    private static List<String> csv(QueryRunner runner, SavedQuery query, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsCSV(out, runner.select(query, params));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The query name and parameters of each case in {@code queries/tests/}, keyed "query (file)". */
    private static Map<String, Map<String, String>> savedQueryCases() throws IOException {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("../queries/tests"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String query = null;
                Map<String, String> params = new LinkedHashMap<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.startsWith("query:")) {
                        query = line.substring(6).strip();
                    } else if (line.startsWith("param:")) {
                        String[] kv = line.substring(6).strip().split("=", 2);
                        params.put(kv[0], kv[1]);
                    }
                }
                cases.put(query + " (" + f.getFileName() + ")", params);
            }
        }
        return cases;
    }

    private static Graph graphOf(String... subjects) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String s : subjects) {
            g.add(Triple.create(NodeFactory.createURI(s), NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("x")));
        }
        return g;
    }
}
