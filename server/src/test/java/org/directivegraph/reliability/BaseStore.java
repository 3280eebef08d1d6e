package org.directivegraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.ReferenceData;

/**
 * A TDB2 store folder holding only the packaged reference data, built once (in {@code target/reliability/}, named
 * by the reference data's fingerprint, so a later run reuses it) and copied for each store a test needs: loading
 * the reference data takes tens of seconds, copying the folder a fraction of one. The copy leaves out TDB2's lock
 * file, which names the process that built the folder.
 */
final class BaseStore {

    private static final Path ROOT = Path.of("target/reliability").toAbsolutePath();

    private BaseStore() {
    }

    /** The base folder, built if missing. */
    static synchronized Path folder() {
        Path base = ROOT.resolve("base-" + ReferenceData.fingerprint().substring(0, 16));
        if (Files.isDirectory(base)) {
            return base;
        }
        try {
            Path building = Files.createDirectories(ROOT.resolve("building-" + UUID.randomUUID()));
            KnowledgeStore store = KnowledgeStore.openTdb2(building);
            try {
                ReferenceData.ensureLoaded(store);
            } finally {
                // releases TDB2's files and lock of the folder, which is renamed next
                release(store);
            }
            // made under another name and renamed when whole, so that an interrupted build is never taken for a base
            Files.move(building, base, StandardCopyOption.ATOMIC_MOVE);
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of quads of each graph of the base (the reference data), by graph name. */
    static synchronized java.util.Map<String, Long> graphSizes() {
        Path copy = copyTo(ROOT.resolve("sizes-" + UUID.randomUUID()));
        KnowledgeStore store = KnowledgeStore.openTdb2(copy);
        try {
            return graphSizes(store);
        } finally {
            release(store);
            deleteTree(copy);
        }
    }

    /** The number of quads of each named graph of a store, by graph name, counted by a SPARQL query. */
    static java.util.Map<String, Long> graphSizes(KnowledgeStore store) {
        java.util.Map<String, Long> sizes = new java.util.TreeMap<>();
        store.query(org.apache.jena.query.QueryFactory.create("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"),
                java.util.Map.of(), qe -> {
                    qe.select().forEachRemaining(b -> sizes.put(b.get("g").getURI(), ((Number) b.get("n").getLiteralValue()).longValue()));
                    return null;
                });
        return sizes;
    }

    /** Closes a store opened by a test and releases its folder, so that its files are no longer held. */
    static void release(KnowledgeStore store) {
        var dsg = store.dataset().asDatasetGraph();
        store.close();
        TDBInternal.expel(dsg, true);
    }

    /** Deletes a folder and everything in it (a store no longer open). */
    static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new copy of the base in {@code target}, which must not exist yet. */
    static Path copyTo(Path target) {
        Path base = folder();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path from : files.toList()) {
                Path to = target.resolve(base.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else if (!List.of("tdb.lock").contains(from.getFileName().toString())) {
                    Files.copy(from, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
