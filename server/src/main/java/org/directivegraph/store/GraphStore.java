package org.directivegraph.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
