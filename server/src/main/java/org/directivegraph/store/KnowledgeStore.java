package org.directivegraph.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

/**
 * The embedded store: an Apache Jena TDB2 dataset in a folder (or in memory for tests) with one named graph
 * per ingested document and one per kind of reference data, queried through the union of its named graphs.
 * Every write is one transaction: a failed write, or a process killed during one, leaves nothing behind.
 */
public final class KnowledgeStore implements GraphStore {

    private final Dataset dataset;
    private final String location;

    private KnowledgeStore(Dataset dataset, String location) {
        this.dataset = dataset;
        this.location = location;
    }

    /** Opens (or creates) an embedded TDB2 store in a folder. */
    public static KnowledgeStore openTdb2(Path folder) {
        folder.toFile().mkdirs();
        Dataset ds = TDB2Factory.connectDataset(folder.toString());
        ds.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        return new KnowledgeStore(ds, folder.toAbsolutePath().toString());
    }

    /** An in-memory TDB2 store, with the same transactions and union default graph (tests, one-off validation). */
    public static KnowledgeStore inMemory() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        return new KnowledgeStore(ds, "memory");
    }

    /** The underlying dataset; use within a transaction ({@link #read}, {@link #write}). */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public String location() {
        return location;
    }

    /** Runs {@code action} in a read transaction. */
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /** Runs {@code action} in one write transaction, committed only if it returns normally. */
    public <T> T write(Function<Dataset, T> action) {
        return Txn.calculateWrite(dataset, () -> action.apply(dataset));
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
        for (Path file : files) {
            RdfFiles.langOf(file); // an unusable name fails before the transaction starts
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
        });
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
     * a union view over every graph would), and then either stored, or the transaction is aborted and the earlier
     * graph is back as it was.
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
