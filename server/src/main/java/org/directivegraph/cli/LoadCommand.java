package org.directivegraph.cli;

import java.util.concurrent.Callable;

import org.directivegraph.store.GraphStore;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.store.SeedPlans;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Creates or upgrades the store: reference data, then the five seed plans, each in its own graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Create or upgrade the embedded store with the packaged ontology, vocabularies, shapes and",
            "reference data, and load the five seed plans (hand-checked gold data), one named graph each."})
public class LoadCommand implements Callable<Integer> {

    @Mixin
    DirectiveGraphCommand.StoreOption store;

    @Override
    public Integer call() {
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
