package org.directivegraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Loads RDF files into the embedded store of a folder, all or nothing, as {@code directivegraph load} does.
 *
 * <p>When the store holds something, the files go through {@link KnowledgeStore#load}: one write transaction, each
 * graph they name replacing the store's graph of that name. When it is empty (a first load, the way a national
 * dataset comes in), they go through Jena's TDB2 bulk loader, which builds its indexes on several threads and is
 * about twice as fast on two cores. That loader commits each index on its own, so it never writes into the store:
 * it fills a fresh database in a {@code .loading-…} folder inside the store's folder, and only a complete one
 * replaces the store's empty database, by one rename. A syntax error deletes the fresh database; a process killed
 * before the rename leaves the store empty, and the next open deletes what the load left.
 *
 * <pre>
 * Map&lt;String, Long&gt; triplesPerGraph = FolderLoad.load(folder, List.of(file), null, minFreeBytes);
 * </pre>
 */
public final class FolderLoad {

    /** The prefix of the folder a bulk load fills before it replaces the store's empty database. */
    static final String LOADING = ".loading-";

    private FolderLoad() {
    }

    /**
     * Loads {@code files} into the store of {@code folder}; see the class comment for how.
     *
     * @param defaultGraph the graph for triples outside a named graph, or {@code null} (then such triples are refused)
     * @param minFreeBytes the free space the folder's file system must keep
     * @return the number of triples read into each graph
     * @throws IllegalArgumentException  a missing file, an unknown syntax, triples without a graph and no default
     * @throws RdfSyntaxException        a file that does not parse; nothing is loaded
     * @throws StoreNotWritableException the folder has no room or cannot be written
     */
    public static Map<String, Long> load(Path folder, List<Path> files, String defaultGraph, long minFreeBytes) {
        long expected = 0;
        for (Path file : files) {
            RdfFiles.langOf(file); // an unusable name fails before anything is written
            expected += file.toFile().length() * (file.getFileName().toString().endsWith(".gz") ? 20 : 2);
        }
        // the store stays open (and locked against other processes) while its replacement is loaded
        KnowledgeStore store = KnowledgeStore.openTdb2(folder, minFreeBytes);
        boolean closed = false;
        try {
            if (!store.isEmpty()) {
                return store.load(files, defaultGraph);
            }
            store.checkWritable(expected);
            Path fresh = folder.resolve(LOADING + UUID.randomUUID());
            Map<String, Long> loaded = bulkLoad(fresh, files, defaultGraph);
            TDBInternal.expel(store.dataset().asDatasetGraph());
            closed = true;
            replace(folder, fresh);
            return loaded;
        } finally {
            if (!closed) {
                store.close();
            }
        }
    }

    /** Deletes what a bulk load killed before its rename left in the store's folder (call with the store locked). */
    static void removeLeftovers(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(LOADING)).toList()) {
                deleteTree(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the store folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> bulkLoad(Path fresh, List<Path> files, String defaultGraph) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(fresh.toString());
        Map<String, Long> loaded = new LinkedHashMap<>();
        try {
            DataLoader loader = LoaderFactory.createLoader(dsg, (format, args) -> { });
            loader.startBulk();
            try {
                StreamRDF into = loader.stream();
                into.start();
                String[] lastName = {null};
                Node[] lastNode = {null};
                for (Path file : files) {
                    RdfFiles.stream(file, defaultGraph, (name, triple) -> {
                        if (!name.equals(lastName[0])) {
                            lastName[0] = name;
                            lastNode[0] = NodeFactory.createURI(name);
                        }
                        into.quad(Quad.create(lastNode[0], triple));
                        loaded.merge(name, 1L, Long::sum);
                    });
                }
                into.finish();
            } catch (RuntimeException | Error e) {
                loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                throw e;
            }
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            TDBInternal.expel(dsg, true);
            deleteTree(fresh);
            throw e;
        }
        TDBInternal.expel(dsg);
        return loaded;
    }

    /**
     * Puts the fresh database in place of the store's empty one: the empty one is deleted, then the fresh one renamed
     * into the folder. A kill between the two leaves a folder without a database, which opens as an empty store.
     */
    private static void replace(Path folder, Path fresh) {
        try {
            List<Path> databases = databases(fresh);
            if (databases.size() != 1) {
                throw new IllegalStateException("the bulk load in " + fresh + " made " + databases.size() + " databases, not one");
            }
            for (Path old : databases(folder)) {
                deleteTree(old);
            }
            Path database = databases.get(0);
            Files.move(database, folder.resolve(database.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(folder);
            deleteTree(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the loaded database in place in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** TDB2's database folders ({@code Data-0001}, …) in a store folder. */
    private static List<Path> databases(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-")).sorted().toList();
        }
    }

    private static void syncDirectory(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the rename itself is atomic
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
