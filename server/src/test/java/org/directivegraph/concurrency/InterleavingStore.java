package org.directivegraph.concurrency;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.KnowledgeStore;

/**
 * A real embedded store with a scripted interleaving: just before its {@code k}-th read (a query or a graph copy),
 * a write is made to the same store by another thread, as a concurrent request would, and committed before the read
 * goes on. Trying every {@code k} puts a write between every two reads of a page or report, which is where a page
 * built from several reads could mix two versions of a document.
 */
final class InterleavingStore implements GraphStore {

    private final KnowledgeStore store;
    private final int writeBefore;
    private final Consumer<KnowledgeStore> write;
    private int reads;

    /** A store that runs {@code write} (in another thread) before its read number {@code writeBefore} (from 1). */
    InterleavingStore(KnowledgeStore store, int writeBefore, Consumer<KnowledgeStore> write) {
        this.store = store;
        this.writeBefore = writeBefore;
        this.write = write;
    }

    /** How many reads were made. */
    int reads() {
        return reads;
    }

    /** Whether the write was made (the reader made at least {@code writeBefore} reads). */
    boolean wrote() {
        return reads >= writeBefore;
    }

    private void beforeRead() {
        reads++;
        if (reads != writeBefore) {
            return;
        }
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            other.submit(() -> write.accept(store)).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the interleaved write failed", e);
        } finally {
            other.shutdownNow();
        }
    }

    @Override
    public String location() {
        return store.location();
    }

    @Override
    public <T> T query(Query query, Map<String, Node> bindings, Function<QueryExec, T> action) {
        beforeRead();
        return store.query(query, bindings, action);
    }

    @Override
    public Graph graph(String name) {
        beforeRead();
        return store.graph(name);
    }

    @Override
    public <T> T snapshot(Supplier<T> action) {
        return store.snapshot(action);
    }

    @Override
    public void putGraphs(Map<String, Graph> graphs) {
        store.putGraphs(graphs);
    }

    @Override
    public long replaceAll(org.directivegraph.store.BackupReader backup) {
        return store.replaceAll(backup);
    }

    @Override
    public void deleteGraph(String name) {
        store.deleteGraph(name);
    }

    @Override
    public List<String> graphNames() {
        beforeRead();
        return store.graphNames();
    }

    @Override
    public long size() {
        return store.size();
    }

    @Override
    public void dump(OutputStream out) {
        store.dump(out);
    }

    @Override
    public <T> T checkAndPut(String graphName, Graph content, Function<Graph, Decision<T>> decide) {
        return store.checkAndPut(graphName, content, decide);
    }

    @Override
    public void close() {
        store.close();
    }
}
