package org.directivegraph.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store: an Apache Jena TDB2 dataset in a folder (or in memory for tests) with one named graph
 * per ingested document and one per kind of reference data, queried through the union of its named graphs.
 * Every write is one transaction: a failed write, or a process killed during one, leaves nothing behind.
 *
 * <p>A store in a folder has a {@link StoreGuard}: before each write it checks that the folder is writable and
 * has the configured free space, so that a full disk or a read-only folder refuses the write before TDB2 writes
 * anything ({@link StoreNotWritableException}). If a write still fails in the storage (the disk filled up during
 * the transaction, the file system turned read-only), the store is <em>faulted</em>: the transaction is aborted
 * and every later read and write is refused until the store is opened again (the application restarted). TDB2
 * cannot be trusted in the same process after such a failure: in trials (see {@code docs/reliability.md}) it
 * showed the aborted transaction's quads to later reads, and later commits in the same process were lost or
 * broke the node table, while a new process opened the store at its last commit every time.
 */
public final class KnowledgeStore implements GraphStore {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeStore.class);

    private final Dataset dataset;
    private final String location;
    /** Checks the folder before writes; {@code null} in memory. */
    private final StoreGuard guard;
    /** Why the store refuses everything, after a write failed in the storage; {@code null} while healthy. */
    private volatile StoreNotWritableException fault;

    private KnowledgeStore(Dataset dataset, String location, StoreGuard guard) {
        this.dataset = dataset;
        this.location = location;
        this.guard = guard;
    }

    /** Opens (or creates) an embedded TDB2 store in a folder, requiring the default free space before writes. */
    public static KnowledgeStore openTdb2(Path folder) {
        return openTdb2(folder, StoreGuard.DEFAULT_MIN_FREE_BYTES);
    }

    /**
     * Opens (or creates) an embedded TDB2 store in a folder.
     *
     * @param minFreeBytes the free space its file system must have before each write (0: no minimum)
     */
    public static KnowledgeStore openTdb2(Path folder, long minFreeBytes) {
        folder.toFile().mkdirs();
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(folder.toString());
        } catch (RuntimeException e) {
            throw StoreGuard.storageFailure(e).<RuntimeException>map(f -> new StoreNotWritableException(f.reason(),
                    "cannot open the store in " + folder.toAbsolutePath() + ": " + f.cause(), e)).orElse(e);
        }
        ds.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        FolderLoad.removeLeftovers(folder); // the store is locked now: a load that left these is over
        return new KnowledgeStore(ds, folder.toAbsolutePath().toString(), new StoreGuard(folder, minFreeBytes));
    }

    /** An in-memory TDB2 store, with the same transactions and union default graph (tests, one-off validation). */
    public static KnowledgeStore inMemory() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        return new KnowledgeStore(ds, "memory", null);
    }

    /** The underlying dataset; use within a transaction ({@link #read}, {@link #write}). */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public String location() {
        return location;
    }

    /** Runs {@code action} in a read transaction; refused once the store is faulted. */
    public <T> T read(Function<Dataset, T> action) {
        checkNotFaulted();
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /** {@inheritDoc} The reads of {@code action} join one read transaction. */
    @Override
    public <T> T snapshot(Supplier<T> action) {
        checkNotFaulted();
        return Txn.calculateRead(dataset, action);
    }

    /**
     * Runs {@code action} in one write transaction, committed only if it returns normally. Refused before anything
     * is written when the folder is read-only or short of space; a failure of the storage during the transaction
     * faults the store.
     *
     * @throws StoreNotWritableException when the store cannot take the write
     */
    public <T> T write(Function<Dataset, T> action) {
        return write(action, 0);
    }

    private <T> T write(Function<Dataset, T> action, long moreBytes) {
        checkNotFaulted();
        if (guard != null) {
            guard.checkWritable(moreBytes);
        }
        try {
            return Txn.calculateWrite(dataset, () -> action.apply(dataset));
        } catch (RuntimeException | Error e) {
            if (guard == null || e instanceof RdfSyntaxException || e instanceof StoreNotWritableException) {
                throw e;
            }
            var failure = StoreGuard.storageFailure(e);
            if (failure.isEmpty()) {
                throw e;
            }
            if (e instanceof InternalError) {
                // a mapped page could not be written: ask the folder why (full, or read-only)
                var probed = guard.probe().flatMap(m -> StoreGuard.storageFailure(new java.io.IOException(m)));
                if (probed.isPresent()) {
                    failure = probed;
                }
            }
            StoreNotWritableException faulted = new StoreNotWritableException(StoreNotWritableException.Reason.FAULTED,
                    "the store in " + location + " could not write (" + failure.get().cause() + "), so the write was undone;"
                            + " the store now refuses every request until the application is restarted, which opens it at"
                            + " its last complete write", e);
            fault = faulted;
            log.error("Store write failed in the storage: {}", faulted.getMessage(), e);
            throw new StoreNotWritableException(failure.get().reason(), "the store in " + location + " could not write ("
                    + failure.get().cause() + "); the write was undone, and the store refuses every request until the"
                    + " application is restarted", e);
        }
    }

    /** Why the store refuses everything since a write failed in the storage, if it does. */
    public java.util.Optional<StoreNotWritableException> fault() {
        return java.util.Optional.ofNullable(fault);
    }

    private void checkNotFaulted() {
        StoreNotWritableException f = fault;
        if (f != null) {
            throw new StoreNotWritableException(StoreNotWritableException.Reason.FAULTED, f.getMessage(), null);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>One write transaction: every quad is removed, then the backup's quads are added as they are read, so a
     * large backup is never held in memory. Any problem in the file aborts the transaction.
     */
    @Override
    public long replaceAll(BackupReader backup) {
        // TDB2 takes several times the N-Quads' size; a gzip backup is about a tenth of them
        long expected = backup.fileSize() * (backup.gzipped() ? 20 : 2);
        return write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            dsg.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            return backup.forEachQuad(dsg::add);
        }, expected);
    }


    /** Replaces a named graph inside a write transaction the caller holds. */
    public static void replaceGraphInTxn(DatasetGraph dsg, String name, Graph content) {
        Node g = NodeFactory.createURI(name);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        content.find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
    }

    @Override
    public <T> T query(Query query, Map<String, Node> bindings, Function<QueryExec, T> action) {
        return read(ds -> {
            var builder = QueryExec.dataset(ds.asDatasetGraph()).query(query);
            bindings.forEach(builder::substitution);
            try (QueryExec qe = builder.build()) {
                return action.apply(qe);
            }
        });
    }

    @Override
    public Graph graph(String name) {
        return read(ds -> {
            Graph copy = GraphFactory.createDefaultGraph();
            ds.asDatasetGraph().getGraph(NodeFactory.createURI(name)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Override
    public void putGraphs(Map<String, Graph> graphs) {
        write(ds -> {
            graphs.forEach((name, content) -> replaceGraphInTxn(ds.asDatasetGraph(), name, content));
            return null;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here the files are streamed into one write transaction, nothing held in memory but the names of the
     * graphs met so far: the first triple of a graph empties the store's graph of that name, then every triple is
     * added. A syntax error, a missing file or any other failure aborts the transaction, so the store is as before;
     * a process killed during the load leaves it as before too (TDB2 commits or discards the whole transaction).
     */
    @Override
    public Map<String, Long> load(List<Path> files, String defaultGraph) {
        long expected = 0;
        for (Path file : files) {
            RdfFiles.langOf(file); // an unusable name fails before the transaction starts
            // TDB2 takes several times the text's size; gzip text is about a tenth of it
            expected += file.toFile().length() * (file.getFileName().toString().endsWith(".gz") ? 20 : 2);
        }
        return write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Map<String, Long> loaded = new LinkedHashMap<>();
            GraphTarget target = new GraphTarget();
            for (Path file : files) {
                RdfFiles.stream(file, defaultGraph, (name, triple) -> {
                    if (!name.equals(target.name)) {
                        target.name = name;
                        target.node = NodeFactory.createURI(name);
                        if (!loaded.containsKey(name)) {
                            dsg.deleteAny(target.node, Node.ANY, Node.ANY, Node.ANY);
                            loaded.put(name, 0L);
                        }
                    }
                    dsg.add(target.node, triple.getSubject(), triple.getPredicate(), triple.getObject());
                    loaded.merge(name, 1L, Long::sum);
                });
            }
            return loaded;
        }, expected);
    }

    /** The graph the last streamed triple went into, so that consecutive triples of a graph reuse its node. */
    private static final class GraphTarget {
        private String name;
        private Node node;
    }

    @Override
    public void deleteGraph(String name) {
        write(ds -> {
            ds.asDatasetGraph().deleteAny(NodeFactory.createURI(name), Node.ANY, Node.ANY, Node.ANY);
            return null;
        });
    }

    @Override
    public void dump(OutputStream out) {
        read(ds -> {
            RDFDataMgr.write(out, ds.asDatasetGraph(), Lang.NQUADS);
            return null;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Inside one write transaction the document's earlier graph is removed, the new one is validated against
     * TDB2's own union of the remaining graphs (indexed, so the cost does not grow with the number of graphs, as
     * a union view over every graph would), and then either stored with the decision's addition, or the
     * transaction is aborted and the earlier graph is back as it was.
     */
    @Override
    public <T> T checkAndPut(String graphName, Graph content, Function<Graph, Decision<T>> decide) {
        try {
            return write(ds -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                Node g = NodeFactory.createURI(graphName);
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                Decision<T> decision = decide.apply(dsg.getUnionGraph());
                if (!decision.store()) {
                    throw new NotStored(decision.outcome());
                }
                content.find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
                decision.addition().find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
                return decision.outcome();
            });
        } catch (NotStored refused) {
            @SuppressWarnings("unchecked")
            T outcome = (T) refused.outcome;
            return outcome;
        }
    }

    /** Aborts the write transaction of a document that is not to be stored, carrying the outcome out. */
    private static final class NotStored extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Object outcome;

        NotStored(Object outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    @Override
    public List<String> graphNames() {
        return read(ds -> {
            List<String> names = new ArrayList<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }

    /**
     * Compacts the store's files (TDB2 compaction): the live data is copied into a new generation of the files, which
     * replaces the old one once complete; the old one is deleted.
     *
     * @param liveBytes about how much the copy will write, checked against the folder's free space first
     * @throws StoreNotWritableException when the folder has no room for the copy or cannot be written
     */
    public void compact(long liveBytes) {
        if (guard == null) {
            throw new IllegalStateException("an in-memory store has no files to compact");
        }
        checkWritable(liveBytes);
        org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** Whether the store holds no quad at all (no graph, nothing in the default graph). */
    public boolean isEmpty() {
        return read(ds -> !ds.asDatasetGraph().find().hasNext());
    }

    /** Refuses, as a write would, when the folder cannot take {@code moreBytes} more. */
    void checkWritable(long moreBytes) {
        checkNotFaulted();
        if (guard != null) {
            guard.checkWritable(moreBytes);
        }
    }

    @Override
    public long size() {
        return read(ds -> {
            long[] n = {0};
            ds.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
