package org.directivegraph.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;
import org.directivegraph.store.FolderLoad;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.RdfSyntaxException;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.store.SeedPlans;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * With no file: creates or upgrades the store with the reference data and the five seed plans. With files: loads
 * them, all or nothing.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Without FILE: create or upgrade the store with the packaged ontology, vocabularies, shapes and",
            "reference data, and load the five seed plans (hand-checked gold data), one named graph each.",
            "",
            "With FILEs: load RDF files. N-Quads (.nq) and TriG (.trig) keep their named graphs; Turtle (.ttl),",
            "N-Triples (.nt), RDF/XML (.rdf) and JSON-LD (.jsonld) hold no graph names, so --graph IRI must say which",
            "graph their triples go into. Any name may end in .gz. Each graph loaded replaces the graph of the same",
            "name in the store; other graphs are left alone. The load is all or nothing: a",
            "syntax error in any file is reported with its file, line and column (exit code 2) and nothing is loaded:",
            "the embedded store streams every file into one transaction (any size loads in little memory); when it",
            "is empty, Jena's bulk loader fills a fresh database beside it that replaces it only once complete",
            "(about twice as fast on two cores); a remote store gets the files parsed in memory first, then one",
            "request per graph."},
        footer = {"", "Examples:",
            "  java -jar directivegraph.jar load",
            "  java -jar directivegraph.jar load store.nq.gz",
            "  java -jar directivegraph.jar load --graph https://example.org/graph/notes notes.ttl"})
public class LoadCommand implements Callable<Integer> {

    @Mixin
    DirectiveGraphCommand.StoreOption store;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "Named graph for the triples of triple files (and of triples outside a graph in quad files).")
    String graph;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files to load (.nq .trig .ttl .nt .rdf .jsonld, optionally .gz).")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if (files.isEmpty()) {
            if (graph != null) {
                System.err.println("--graph names the graph of loaded files; give the files too");
                return 2;
            }
            return loadPackaged();
        }
        try {
            if (graph != null) {
                IRIs.checkEx(graph);
                if (!graph.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    throw new IllegalArgumentException("--graph must be an absolute IRI, got '" + graph + "'");
                }
            }
        } catch (IRIException e) {
            System.err.println("--graph must be an absolute IRI: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        Map<String, Long> loaded;
        try {
            loaded = local() ? FolderLoad.load(store.folder, files, graph, store.minFreeMiB * 1024 * 1024) : loadRemote();
        } catch (RdfSyntaxException | IllegalArgumentException | UncheckedIOException e) {
            System.err.println("Nothing loaded: " + e.getMessage());
            return 2;
        }
        try (GraphStore ks = store.open()) {
            long triples = loaded.values().stream().mapToLong(Long::longValue).sum();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Loaded %,d triples in %d graphs from %d files into %s in %.1f s:%n", triples, loaded.size(),
                    files.size(), ks.location(), seconds);
            if (loaded.size() <= LISTED_GRAPHS) {
                loaded.forEach((name, n) -> System.out.printf("  %-70s %,10d triples%n", name, n));
            } else {
                System.out.printf("  (%,d graphs; the %d largest:)%n", loaded.size(), LISTED_GRAPHS);
                loaded.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(LISTED_GRAPHS)
                        .forEach(e -> System.out.printf("  %-70s %,10d triples%n", e.getKey(), e.getValue()));
            }
            System.out.printf("Store now holds %,d quads in %d graphs.%n", ks.size(), ks.graphNames().size());
        }
        return 0;
    }

    private boolean local() {
        return store.remote == null || store.remote.isBlank();
    }

    private Map<String, Long> loadRemote() {
        try (GraphStore ks = store.open()) {
            return ks.load(files, graph);
        }
    }

    /** Most graphs listed one by one after a load. */
    private static final int LISTED_GRAPHS = 20;

    private int loadPackaged() {
        try (GraphStore ks = store.open()) {
            var result = ReferenceData.ensureLoaded(ks);
            if (result.loaded()) {
                System.out.println("Reference data loaded into " + ks.location());
                result.triplesByGraph().forEach((g, n) -> System.out.printf("  %-60s %,10d triples%n", g, n));
            } else {
                System.out.println("Reference data already up to date in " + ks.location());
            }
            var seeds = SeedPlans.load(ks);
            System.out.println("Seed plans loaded:");
            for (var s : seeds) {
                System.out.printf("  %-40s %6d triples  %s%n", s.file(), s.graph().size(), s.documentIri());
            }
            System.out.printf("Store now holds %,d quads in %d graphs.%n", ks.size(), ks.graphNames().size());
        }
        return 0;
    }
}
