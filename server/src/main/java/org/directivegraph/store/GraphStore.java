package org.directivegraph.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * Runs {@code action} so that the reads it makes through this store see one state of the store, when the store
     * can promise it: the embedded store runs it in one read transaction, in which the queries and graph copies of
     * {@code action} take part, so a page built from several queries never mixes two versions of a document. A
     * remote store cannot: each of its queries sees the store as it is then. {@code action} must not write.
     */
    default <T> T snapshot(Supplier<T> action) {
        return action.get();
    }

    /** A copy of the named graph {@code name}; empty when there is none. */
    Graph graph(String name);

    /** Replaces (or creates) each named graph with its content; embedded stores do it in one transaction. */
    void putGraphs(Map<String, Graph> graphs);

    /** Replaces (or creates) one named graph, atomically. */
    default void putGraph(String name, Graph content) {
        putGraphs(Map.of(name, content));
    }

    /**
     * Loads RDF files ({@link RdfFiles}: quad files keep their graphs; triples outside a graph go into
     * {@code defaultGraph}): each graph they hold replaces the store's graph of the same name, other graphs stay.
     * A syntax error in any file loads nothing. This default reads every file into memory first and then writes
     * with {@link #putGraphs}; the embedded store streams the files into one transaction instead.
     *
     * @return the number of triples loaded into each graph, in the order the graphs were first met
     * @throws RdfSyntaxException when a file cannot be parsed (nothing is loaded)
     * @throws IllegalArgumentException when a file is missing or unusable (nothing is loaded)
     */
    default Map<String, Long> load(List<Path> files, String defaultGraph) {
        Map<String, Graph> graphs = RdfFiles.read(files, defaultGraph);
        putGraphs(graphs);
        Map<String, Long> loaded = new LinkedHashMap<>();
        graphs.forEach((name, g) -> loaded.put(name, (long) g.size()));
        return loaded;
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
     * @param content the new graph (stored with the decision's {@link Decision#addition()})
     * @param decide given the rest of the store (every graph but {@code graphName}, or for a remote store the
     *     part of it the new graph refers to), returns the outcome and whether to store
     */
    <T> T checkAndPut(String graphName, Graph content, Function<Graph, Decision<T>> decide);

    /**
     * What {@link #checkAndPut} should do.
     *
     * @param outcome what {@code checkAndPut} returns
     * @param store whether to store the graph
     * @param addition triples stored in the same graph and the same atomic write as the content (the document's
     *     validation record, which only the check can make); empty for none
     */
    record Decision<T>(T outcome, boolean store, Graph addition) {

        /** A decision that adds nothing to the content. */
        public Decision(T outcome, boolean store) {
            this(outcome, store, Graph.emptyGraph);
        }

        public Decision {
            Objects.requireNonNull(addition, "addition");
        }
    }

    @Override
    void close();
}
