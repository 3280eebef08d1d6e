package org.directivegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.directivegraph.search.Rows;
import org.directivegraph.store.FolderLoad;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.ReferenceData;

/**
 * The data the server benchmarks (4, 5, 7) run over: the TDB2 folder of DirectiveGraph's load of the generated
 * dataset (benchmark 1's last store, or built here the same way), with the packaged reference data, and a copy of
 * that closed folder for Fuseki (a TDB2 folder is open in one process at a time), so that both servers answer over
 * the same quads. Also picks, deterministically from the data and the seed, what the benchmarks ask for.
 *
 * @param directiveGraph the folder DirectiveGraph serves
 * @param fuseki         the byte-for-byte copy Fuseki serves
 * @param samples        what to ask for
 */
record ServedStore(Path directiveGraph, Path fuseki, Samples samples) {

    /** Commune plans traced up (at most). */
    static final int TRACE_UP_PLANS = 50;
    /** Documents and tasks whose pages are requested under load (at most). */
    static final int RESOURCES = 500;

    /**
     * What the server benchmarks request.
     *
     * @param communePlans   commune plans with a full chain of three "implements" links up to a document that implements
     *                       nothing (the Central directive), in a seeded random order
     * @param directive      the directive with themes implemented by the most plans (directly or not); only documents
     *                       that implement nothing are candidates (at national size, asking the path of every plan
     *                       and task with themes took longer than the whole benchmark)
     * @param directivePlans how many plans implement it
     * @param resources      documents and tasks under {@code https://w3id.org/directivegraph/id/}, in a seeded random order
     */
    record Samples(List<String> communePlans, String directive, int directivePlans, List<String> resources) {
    }

    private static final String COMMUNE_PLANS = """
            SELECT DISTINCT ?p WHERE {
              ?p a dg:Plan ; dg:implements/dg:implements/dg:implements ?d .
              FILTER NOT EXISTS { ?d dg:implements ?up }
            }
            """;

    private static final String DIRECTIVE = """
            SELECT ?d (COUNT(DISTINCT ?p) AS ?n) WHERE {
              { SELECT DISTINCT ?d WHERE { ?d dg:theme ?t ; dg:documentType ?type FILTER NOT EXISTS { ?d dg:implements ?up } } }
              ?p dg:implements+ ?d .
              ?p a dg:Plan .
            } GROUP BY ?d ORDER BY DESC(?n) STR(?d) LIMIT 1
            """;

    private static final String RESOURCE_QUERY = """
            SELECT DISTINCT ?s WHERE { VALUES ?c { dg:Plan dg:Document dg:Task } ?s a ?c .
              FILTER STRSTARTS(STR(?s), "https://w3id.org/directivegraph/id/") }
            """;

    /** DirectiveGraph's load of a dataset file into a fresh TDB2 folder (as {@code directivegraph load FILE} does). */
    static void build(Path dataset, Path folder) {
        FolderLoad.load(folder, List.of(dataset), null, 0);
        release(folder);
    }

    /**
     * Adds the reference data to the loaded folder (if not there yet), releases it, copies it for Fuseki and picks the
     * samples.
     *
     * @param loaded the TDB2 folder with the dataset
     * @param copy   where Fuseki's copy goes (an earlier one is replaced)
     */
    static ServedStore prepare(Path loaded, Path copy, long seed) {
        if (!Files.isDirectory(loaded)) {
            throw new IllegalStateException("no loaded store in " + loaded);
        }
        Samples samples;
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(loaded)) {
            ReferenceData.ensureLoaded(ks);
            samples = pick(ks, seed);
        }
        release(loaded);
        Benchmarks.deleteTree(copy);
        copyTree(loaded, copy);
        return new ServedStore(loaded, copy, samples);
    }

    private static Samples pick(KnowledgeStore ks, long seed) {
        List<String> plans = iris(Rows.select(ks, COMMUNE_PLANS, Map.of()), "p");
        List<Map<String, Node>> top = Rows.select(ks, DIRECTIVE, Map.of());
        List<String> resources = iris(Rows.select(ks, RESOURCE_QUERY, Map.of()), "s");
        if (plans.isEmpty() || top.isEmpty() || resources.isEmpty()) {
            throw new IllegalStateException("the dataset has no commune plan traced up to a directive with themes;"
                    + " the server benchmarks need at least one");
        }
        Collections.shuffle(plans, new Random(seed));
        Collections.shuffle(resources, new Random(seed + 1));
        return new Samples(List.copyOf(plans.subList(0, Math.min(TRACE_UP_PLANS, plans.size()))), top.get(0).get("d").getURI(),
                Integer.parseInt(top.get(0).get("n").getLiteralLexicalForm()),
                List.copyOf(resources.subList(0, Math.min(RESOURCES, resources.size()))));
    }

    private static List<String> iris(List<Map<String, Node>> rows, String var) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get(var).getURI()));
        out.sort(null);
        return out;
    }

    /** Closes this JVM's cached connection to the folder and its lock, so that another process can open it. */
    static void release(Path folder) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(folder.toString()), true);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the store " + from + " to " + to, e);
        }
    }
}
