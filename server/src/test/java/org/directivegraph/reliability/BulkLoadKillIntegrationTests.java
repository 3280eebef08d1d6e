package org.directivegraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.directivegraph.bench.DatasetGenerator;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.KnowledgeStore;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL of the command line's bulk {@code load} of a large generated N-Quads file (the plans of a province's
 * districts and communes, about a hundred thousand quads by default) into a store that already holds the reference
 * data (one write transaction), and into an empty store (Jena's bulk loader into a fresh database, then one rename).
 * The load runs as a child JVM; a first load without a kill gives its duration and when it starts writing
 * (the store folder grows). Then each kill point loads into a fresh copy of the store and kills the process after a
 * random delay over the whole run, or a random delay after writing began and before the load says it has committed
 * (inside the write transaction). The store is
 * then opened in the test's JVM, must answer a SPARQL query, keep its reference graphs as they were, and hold either
 * every quad of the file (the same set of quads) or none of them.
 *
 * <p>{@code -Dreliability.loadKillPoints=N} runs more kill points (default 3); {@code -Dreliability.loadLimit=N} loads
 * more communes per district (default 8, about 50,000 quads; 0 for all,
 * about 114,000 quads), {@code -Dreliability.loadYears=N} more years of plans (default 1; 3 with a limit of 0 gives
 * about 340,000 quads), {@code -Dreliability.seed=N} other delays.
 */
class BulkLoadKillIntegrationTests {

    static final int KILL_POINTS = Integer.getInteger("reliability.loadKillPoints", 3);
    static final int LIMIT = Integer.getInteger("reliability.loadLimit", 8);
    static final int YEARS = Integer.getInteger("reliability.loadYears", 1);
    static final long SEED = Long.getLong("reliability.seed", 7);

    /** What the load prints once its transaction is committed. */
    static final String LOADED = "Loaded ";

    enum Outcome { ALL, NONE }

    @Test
    void theStoreHoldsEveryQuadOfTheFileOrNoneAfterEverySigkill() throws Exception {
        killLoads("into the store with the reference data (one write transaction)", BaseStore::copyTo, BaseStore.graphSizes());
    }

    /** Into an empty store the load takes Jena's bulk loader into a fresh database, swapped in once complete. */
    @Test
    void anEmptyStoreHoldsEveryQuadOfTheFileOrNoneAfterEverySigkillOfTheBulkLoader() throws Exception {
        killLoads("into an empty store (bulk loader, then one rename)", folder -> {
            BaseStore.release(KnowledgeStore.openTdb2(folder));
            return folder;
        }, Map.of());
    }

    private void killLoads(String what, java.util.function.Function<Path, Path> freshStore, Map<String, Long> reference)
            throws Exception {
        Path root = Files.createDirectories(Path.of("target/reliability", "load-" + UUID.randomUUID())).toAbsolutePath();
        Path file = root.resolve("province.nq.gz");
        DatasetGenerator.packaged().generate(new DatasetGenerator.Options("01", 42, YEARS, LIMIT), file, g -> { });
        Set<Quad> fileQuads = quadsOf(file);

        // one load without a kill: it must hold everything, and it tells how long a load takes and when it writes
        Path full = freshStore.apply(root.resolve("full"));
        long baseBytes = bytes(full);
        long t0 = System.nanoTime();
        long writeStart = -1;
        long committed = -1;
        try (ChildJvm load = load(full, file, root.resolve("full.log"))) {
            while (load.isAlive()) {
                if (writeStart < 0 && bytes(full) > baseBytes) {
                    writeStart = millisSince(t0);
                }
                if (committed < 0 && load.output().contains(LOADED)) {
                    committed = millisSince(t0);
                }
                Thread.sleep(10);
            }
            assertThat(load.waitFor(10)).as(load.tail()).isZero();
        }
        long total = millisSince(t0);
        assertThat(inspect(full, fileQuads, reference)).isEqualTo(Outcome.ALL);
        BaseStore.deleteTree(full);
        // the write transaction: from the first growth of the store folder to the line the load prints after its commit
        long writing = writeStart < 0 || committed < writeStart ? total / 2 : committed - writeStart;

        Random random = new Random(SEED);
        int all = 0;
        int none = 0;
        int inWrite = 0;
        for (int point = 0; point < KILL_POINTS; point++) {
            Path store = freshStore.apply(root.resolve("kill-" + point));
            long before = bytes(store);
            try (ChildJvm load = load(store, file, root.resolve("kill-" + point + ".log"))) {
                if (point % 2 == 0) {
                    Thread.sleep(random.nextLong(total + 1));
                } else {
                    while (load.isAlive() && bytes(store) <= before) {
                        Thread.sleep(5);
                    }
                    Thread.sleep(random.nextLong(writing + 1));
                }
                if (load.isAlive() && bytes(store) > before && !load.output().contains(LOADED)) {
                    inWrite++;
                }
                load.kill();
            }
            Outcome outcome = inspect(store, fileQuads, reference);
            if (outcome == Outcome.ALL) {
                all++;
            } else {
                none++;
            }
            BaseStore.deleteTree(store);
        }
        System.out.println("[reliability] bulk load " + what + " of " + fileQuads.size() + " quads (" + total + " ms; writing from " + writeStart
                + " ms to the commit at " + committed + " ms): " + KILL_POINTS + " kill points survived (" + inWrite
                + " inside the write transaction), " + all
                + " with every quad, " + none + " with none, 0 partial");
        assertThat(all + none).isEqualTo(KILL_POINTS);
    }

    private static ChildJvm load(Path store, Path file, Path log) {
        return ChildJvm.start(log, List.of("load", "--store", store.toString(), file.toString()));
    }

    /**
     * Opens the store after the kill: it answers SPARQL, its reference graphs are whole, and the quads outside them
     * are all those of the file or none.
     */
    private static Outcome inspect(Path folder, Set<Quad> fileQuads, Map<String, Long> reference) {
        KnowledgeStore store = KnowledgeStore.openTdb2(folder);
        try {
            Map<String, Long> sizes = BaseStore.graphSizes(store);
            Set<Quad> loaded = new HashSet<>();
            store.read(ds -> {
                sizes.keySet().stream().filter(g -> !GraphNames.isReference(g)).forEach(g -> ds.asDatasetGraph()
                        .find(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> loaded.add(canonical(q))));
                return null;
            });
            reference.forEach((g, n) -> assertThat(sizes.get(g)).as("reference graph " + g).isEqualTo(n));
            assertThat(sizes.values().stream().mapToLong(Long::longValue).sum()).as("quads counted by SPARQL")
                    .isEqualTo(loaded.size() + reference.values().stream().mapToLong(Long::longValue).sum());
            if (loaded.isEmpty()) {
                return Outcome.NONE;
            }
            if (!loaded.equals(fileQuads)) {
                Set<Quad> missing = new HashSet<>(fileQuads);
                missing.removeAll(loaded);
                throw new AssertionError("the store holds " + loaded.size() + " quads of the file's " + fileQuads.size() + " ("
                        + missing.size() + " missing, e.g. " + missing.stream().limit(3).toList() + "; extra e.g. "
                        + loaded.stream().filter(q -> !fileQuads.contains(q)).limit(3).toList() + "): a partial load");
            }
            return Outcome.ALL;
        } finally {
            BaseStore.release(store);
            try (Stream<Path> entries = Files.list(folder)) {
                assertThat(entries.map(p -> p.getFileName().toString())).as("what a killed bulk load left, removed on open")
                        .noneMatch(n -> n.startsWith(".loading-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Set<Quad> quadsOf(Path file) {
        Set<Quad> quads = new HashSet<>();
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(org.apache.jena.riot.Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    quads.add(canonical(quad));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(quads).isNotEmpty().noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()
                || Node.ANY.equals(q.getGraph()) || q.isDefaultGraph());
        return quads;
    }

    /**
     * A quad with its literal in canonical form: TDB2 keeps some literals by value (an {@code xsd:decimal} "100" comes
     * back as "100.0"), which is the same RDF term value, not a loss.
     */
    private static Quad canonical(Quad q) {
        Node o = q.getObject();
        return o.isLiteral() ? Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), CanonicalizeLiteral.get().apply(o)) : q;
    }

    private static long bytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
