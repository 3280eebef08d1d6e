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
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist or is not a file");
        }
        Lang lang = langOf(file);
        if (defaultGraph == null && !RDFLanguages.isQuads(lang)) {
            throw new IllegalArgumentException(file + " is " + lang.getLabel() + ", which holds triples but no graph names; "
                    + "give --graph IRI to name the graph its triples go into");
        }
        long[] outside = {0};
        StreamRDFBase sink = new StreamRDFBase() {
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
                    outside[0]++;
                    name = defaultGraph;
                } else if (graph.isURI()) {
                    name = graph.getURI();
                } else {
                    throw new RdfSyntaxException(file.toString(), -1, -1, "a graph named by a blank node (" + graph + ") cannot be stored");
                }
                if (name != null) {
                    graphs.computeIfAbsent(name, n -> GraphFactory.createDefaultGraph()).add(triple);
                }
            }
        };
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(lang).base(file.toAbsolutePath().toUri().toString())
                    .errorHandler(stopAtFirstError(file.toString())).parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RdfSyntaxException e) {
            throw e;
        } catch (RiotException e) {
            throw new RdfSyntaxException(file.toString(), -1, -1, e.getMessage());
        }
        if (outside[0] > 0 && defaultGraph == null) {
            throw new IllegalArgumentException(file + " has " + outside[0] + " triple(s) outside any named graph; "
                    + "give --graph IRI to name the graph they go into");
        }
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
