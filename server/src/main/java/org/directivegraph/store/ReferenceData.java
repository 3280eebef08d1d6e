package org.directivegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.core.io.Resource;

/**
 * Loads the packaged reference data (ontology, vocabularies, shapes, administrative units, bodies,
 * reference documents) into their named graphs. It records a fingerprint of the packaged files, so a
 * store is upgraded when the packaged data changes and left alone otherwise; ingested document graphs are
 * never touched.
 */
public final class ReferenceData {

    /** Which packaged files go into which reference graph. */
    static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put(GraphNames.ONTOLOGY, "ontology/*.ttl");
        SOURCES.put(GraphNames.VOCABULARIES, "ontology/vocab/*.ttl");
        SOURCES.put(GraphNames.SHAPES, "shapes/*.ttl");
        SOURCES.put(GraphNames.UNITS, "data/units/*.ttl.gz");
        SOURCES.put(GraphNames.BODIES, "data/bodies/*.ttl");
        SOURCES.put(GraphNames.DOCUMENTS, "data/documents/*.ttl");
    }

    private static final Node META = NodeFactory.createURI(GraphNames.META);
    private static final Node FINGERPRINT = NodeFactory.createURI(GraphNames.BASE + "ontology#referenceDataFingerprint");

    private ReferenceData() {
    }

    /** The outcome of {@link #ensureLoaded}: whether anything was (re)loaded, and the graphs' sizes. */
    public record LoadResult(boolean loaded, String fingerprint, Map<String, Long> triplesByGraph) {
    }

    /** A digest of every packaged reference file (path and content): changes whenever the packaged data does. */
    public static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String pattern : SOURCES.values()) {
                for (Resource r : PackagedData.resources(pattern)) {
                    sha.update(PackagedData.pathOf(r).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = r.getInputStream()) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads the reference graphs if the store has none or an older version of them, in one transaction.
     * Document graphs are left as they are.
     */
    public static LoadResult ensureLoaded(GraphStore store) {
        String fingerprint = fingerprint();
        String current = loadedFingerprint(store);
        Map<String, Long> sizes = new LinkedHashMap<>();
        if (fingerprint.equals(current)) {
            return new LoadResult(false, fingerprint, sizes);
        }
        Map<String, Graph> graphs = new LinkedHashMap<>();
        SOURCES.forEach((name, pattern) -> {
            Graph graph = PackagedData.graph(pattern);
            graphs.put(name, graph);
            sizes.put(name, (long) graph.size());
        });
        Graph meta = GraphFactory.createDefaultGraph();
        meta.add(Triple.create(META, FINGERPRINT, NodeFactory.createLiteralString(fingerprint)));
        // the fingerprint goes last: a store that writes graph by graph and is interrupted is upgraded again
        graphs.put(GraphNames.META, meta);
        store.putGraphs(graphs);
        return new LoadResult(true, fingerprint, sizes);
    }

    /** The fingerprint of the reference data a store holds, or {@code null} if it holds none. */
    public static String loadedFingerprint(GraphStore store) {
        var it = store.graph(GraphNames.META).find(META, FINGERPRINT, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
