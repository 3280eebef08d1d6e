package org.directivegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The ontology, vocabularies, shapes, reference data and saved queries packaged
 * in the application (copied from the top-level folders {@code ontology/},
 * {@code shapes/}, {@code data/} and {@code queries/} under
 * {@code classpath:directivegraph/}). Works the same from the build tree and
 * from the jar.
 */
public final class PackagedData {

    /** Classpath folder all packaged data lives under. */
    public static final String ROOT = "directivegraph/";

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    private PackagedData() {
    }

    /**
     * The packaged files matching an Ant-style pattern below {@link #ROOT},
     * e.g. {@code ontology/**}{@code /*.ttl}, sorted by path so that loading order is stable.
     */
    public static List<Resource> resources(String pattern) {
        try {
            Resource[] found = RESOLVER.getResources("classpath*:" + ROOT + pattern);
            return Arrays.stream(found)
                    .filter(Resource::isReadable)
                    .sorted(Comparator.comparing(PackagedData::pathOf))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list packaged data " + pattern, e);
        }
    }

    /** The path of a packaged resource relative to {@link #ROOT}. */
    public static String pathOf(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int i = url.lastIndexOf(ROOT);
            return i < 0 ? url : url.substring(i + ROOT.length());
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }

    /** Reads every RDF file matching the pattern into one graph. */
    public static Graph graph(String pattern) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Resource r : resources(pattern)) {
            read(r, graph);
        }
        return graph;
    }

    /** Parses one packaged RDF file into a graph; the syntax comes from the file name (.ttl, .ttl.gz, .trig, .nq …). */
    public static void read(Resource resource, Graph into) {
        String name = String.valueOf(resource.getFilename());
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        Lang lang = RDFLanguages.filenameToLang(plain, Lang.TURTLE);
        try (InputStream raw = resource.getInputStream();
             InputStream in = name.endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw) {
            RDFDataMgr.read(into, in, "http://base.invalid/", lang);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read packaged data " + pathOf(resource), e);
        }
    }
}
