package org.directivegraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The store: an RDF dataset with one named graph per ingested document and one per kind of reference
 * data, queried through the union of its named graphs. Embedded Apache Jena TDB2 in a folder by default;
 * in memory for tests. Every write is one transaction: a failed write leaves nothing behind.
 */
public final class KnowledgeStore implements AutoCloseable {

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

    /** Where the store lives: a folder, or {@code memory}. */
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

    /** Replaces (or creates) the named graph {@code name} with the triples of {@code content}, atomically. */
    public void replaceGraph(String name, Graph content) {
        write(ds -> {
            replaceGraphInTxn(ds.asDatasetGraph(), name, content);
            return null;
        });
    }

    /** Replaces a named graph inside a write transaction the caller holds. */
    public static void replaceGraphInTxn(DatasetGraph dsg, String name, Graph content) {
        Node g = NodeFactory.createURI(name);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        content.find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
    }

    /** The names of all named graphs. */
    public List<String> graphNames() {
        return read(ds -> {
            List<String> names = new ArrayList<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }

    /** Number of quads in the store. */
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
