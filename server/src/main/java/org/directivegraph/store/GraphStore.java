package org.directivegraph.store;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Where DirectiveGraph keeps its quads: one named graph per ingested document and one per kind of reference
 * data, queried through the union of the named graphs. Two kinds exist: the embedded TDB2 store
 * ({@link KnowledgeStore}) and a remote SPARQL 1.1 store reached by the protocol, the update language and the
 * graph store protocol ({@link RemoteStore}). Everything above this interface works with either.
 *
 * <p>Every write of one graph is atomic: readers see the whole old graph or the whole new one.
 */
public interface GraphStore extends AutoCloseable {

    /** Where the store lives, for messages: a folder, a URL, or {@code memory}. */
    String location();

    /**
     * Runs a query with variables bound to RDF terms (never pasted into the text) and hands the execution to
     * {@code action}, which must copy what it needs before returning.
     */
    <T> T query(Query query, Map<String, Node> bindings, Function<QueryExec, T> action);

    /** A copy of the named graph {@code name}; empty when there is none. */
    Graph graph(String name);

    /** Replaces (or creates) each named graph with its content; embedded stores do it in one transaction. */
    void putGraphs(Map<String, Graph> graphs);

    /** Replaces (or creates) one named graph, atomically. */
    default void putGraph(String name, Graph content) {
        putGraphs(Map.of(name, content));
    }

    /** Removes a named graph; nothing happens if it is absent. */
    void deleteGraph(String name);

    /** The names of every named graph, sorted. */
    List<String> graphNames();

    /** The number of quads in the store. */
    long size();

    /**
     * Replaces everything in the store with the quads of a backup, as one transaction on the embedded store (one
     * request a remote server applies as one): a backup that cannot be read leaves the store as it was.
     *
     * @return the number of quads restored
     * @throws RdfSyntaxException when the backup cannot be read (the store is unchanged)
     */
    long replaceAll(BackupReader backup);

    /** Writes every quad as N-Quads. */
    void dump(OutputStream out);

    /**
     * Validates a new version of a document graph against the rest of the store and stores it if
     * {@code decide} says so, as one step: on the embedded store inside one write transaction, so nothing
     * else is written between the check and the commit.
     *
     * @param graphName the document's graph name
     * @param content the new graph
     * @param decide given the rest of the store (every graph but {@code graphName}, or for a remote store the
     *     part of it the new graph refers to), returns the outcome and whether to store
     */
    <T> T checkAndPut(String graphName, Graph content, Function<Graph, Decision<T>> decide);

    /** What {@link #checkAndPut} should do. */
    record Decision<T>(T outcome, boolean store) {
    }

    @Override
    void close();
}
