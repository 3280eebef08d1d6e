package org.directivegraph.concurrency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Compares two stores, as the gzip N-Quads dumps the application serves, quad for quad: every named graph whole
 * (document graphs and reference graphs alike), so the comparison stays right whatever a document graph comes to
 * hold. A graph with blank nodes (the shapes) is compared up to the renaming of its blank nodes.
 */
final class StoreComparison {

    /** The quads in one store and not the other, with a few of them described. */
    record Difference(long quads, List<String> examples) {
    }

    private StoreComparison() {
    }

    /** Reads a gzip N-Quads dump. */
    static DatasetGraph parse(byte[] gzipNQuads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipNQuads))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    /** The difference between two stores, graph by graph. */
    static Difference of(DatasetGraph actual, DatasetGraph expected) {
        Set<String> names = new TreeSet<>();
        actual.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        expected.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        long quads = 0;
        List<String> examples = new ArrayList<>();
        for (String name : names) {
            Node g = org.apache.jena.graph.NodeFactory.createURI(name);
            quads += of(actual.getGraph(g), expected.getGraph(g), name, examples);
        }
        return new Difference(quads, examples);
    }

    /** The difference between two graphs: triples in one and not the other (blank nodes compared by isomorphism). */
    static long of(Graph actual, Graph expected, String name, List<String> examples) {
        if (hasBlankNodes(actual) || hasBlankNodes(expected)) {
            if (actual.isIsomorphicWith(expected)) {
                return 0;
            }
            examples.add(name + " is not isomorphic: " + actual.size() + " triples against " + expected.size());
            return Math.max(1, Math.abs(actual.size() - expected.size()));
        }
        return missing(actual, expected, name, "only in the concurrent store", examples)
                + missing(expected, actual, name, "only in the sequential store", examples);
    }

    private static boolean hasBlankNodes(Graph g) {
        return g.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext();
    }

    private static long missing(Graph in, Graph notIn, String name, String what, List<String> examples) {
        long n = 0;
        for (Triple t : in.find().toList()) {
            if (!notIn.contains(t)) {
                n++;
                if (examples.size() < 10) {
                    examples.add(what + " in " + name + ": " + t);
                }
            }
        }
        return n;
    }
}
