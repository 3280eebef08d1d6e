package org.directivegraph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads RDF files into named graphs, in memory, before anything is written: quad files (N-Quads, TriG) keep
 * their graphs; the triples of triple files (Turtle, N-Triples, RDF/XML, JSON-LD), and the triples outside any
 * named graph of a quad file, go into the graph given as {@code defaultGraph}, which is then required. The
 * syntax comes from the file name ({@code .nq .trig .ttl .nt .rdf .owl .jsonld}), optionally followed by
 * {@code .gz}. The first syntax error stops the reading with an {@link RdfSyntaxException} naming the file, the
 * line and the column.
 */
public final class RdfFiles {

    private RdfFiles() {
    }

    /**
     * The content of every file, by graph name (graphs that several files fill are merged).
     *
     * @param defaultGraph the graph that triples outside a named graph go into, or {@code null}
     * @throws RdfSyntaxException when a file cannot be parsed
     * @throws IllegalArgumentException when a file is missing, its syntax is unknown, or it holds triples outside a
     *     named graph and no {@code defaultGraph} is given
     */
    public static Map<String, Graph> read(List<Path> files, String defaultGraph) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        for (Path file : files) {
            readInto(file, defaultGraph, graphs);
        }
        return graphs;
    }

    /** The RDF syntax of a file, from its name without {@code .gz}. */
    public static Lang langOf(Path file) {
        String name = file.getFileName().toString();
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        Lang lang = RDFLanguages.filenameToLang(plain);
        if (lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang)) {
            throw new IllegalArgumentException(file + ": cannot tell its RDF syntax from its name; use .nq or .trig (quads), "
                    + ".ttl, .nt, .rdf or .jsonld (triples), optionally followed by .gz");
        }
        return lang;
    }

    private static void readInto(Path file, String defaultGraph, Map<String, Graph> graphs) {
        long outside = parse(file, defaultGraph, true,
                (name, triple) -> graphs.computeIfAbsent(name, n -> GraphFactory.createDefaultGraph()).add(triple));
        if (outside > 0 && defaultGraph == null) {
            throw new IllegalArgumentException(file + " has " + outside + " triple(s) outside any named graph; "
                    + "give --graph IRI to name the graph they go into");
        }
    }

    /**
     * Streams the triples of one file, each with the name of the graph it belongs in, to {@code sink}, without
     * holding them. Stops at the first syntax error ({@link RdfSyntaxException}); a triple outside any named graph
     * when no {@code defaultGraph} is given stops it too ({@link IllegalArgumentException}), so that a caller
     * writing as it reads can abort its transaction.
     *
     * @param defaultGraph the graph that triples outside a named graph go into, or {@code null}
     * @throws IllegalArgumentException when the file is missing, its syntax is unknown, or it holds a triple
     *     outside a named graph and no {@code defaultGraph} is given
     */
    public static void stream(Path file, String defaultGraph, BiConsumer<String, Triple> sink) {
        parse(file, defaultGraph, false, sink);
    }

    /** Parses one file into {@code sink}; returns the number of triples outside a named graph that were skipped. */
    private static long parse(Path file, String defaultGraph, boolean countOutside, BiConsumer<String, Triple> sink) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist or is not a file");
        }
        Lang lang = langOf(file);
        if (defaultGraph == null && !RDFLanguages.isQuads(lang)) {
            throw new IllegalArgumentException(file + " is " + lang.getLabel() + ", which holds triples but no graph names; "
                    + "give --graph IRI to name the graph its triples go into");
        }
        long[] outside = {0};
        StreamRDFBase parsed = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                add(Quad.defaultGraphNodeGenerated, triple);
            }

            @Override
            public void quad(Quad quad) {
                add(quad.getGraph(), quad.asTriple());
            }

            private void add(Node graph, Triple triple) {
                String name;
                if (graph == null || Quad.isDefaultGraph(graph)) {
                    if (defaultGraph == null && !countOutside) {
                        throw new IllegalArgumentException(file + " has a triple outside any named graph (" + triple
                                + "); give --graph IRI to name the graph it goes into");
                    }
                    outside[0]++;
                    name = defaultGraph;
                } else if (graph.isURI()) {
                    name = graph.getURI();
                } else {
                    throw new RdfSyntaxException(file.toString(), -1, -1, "a graph named by a blank node (" + graph + ") cannot be stored");
                }
                if (name != null) {
                    sink.accept(name, triple);
                }
            }
        };
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(lang).base(file.toAbsolutePath().toUri().toString())
                    .errorHandler(stopAtFirstError(file.toString())).parse(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RdfSyntaxException | IllegalArgumentException e) {
            throw e;
        } catch (RiotException e) {
            throw new RdfSyntaxException(file.toString(), -1, -1, e.getMessage());
        }
        return outside[0];
    }

    private static ErrorHandler stopAtFirstError(String file) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                // warnings (an odd IRI, an unusual language tag) do not stop a load
            }

            @Override
            public void error(String message, long line, long col) {
                throw new RdfSyntaxException(file, line, col, message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new RdfSyntaxException(file, line, col, message);
            }
        };
    }
}
