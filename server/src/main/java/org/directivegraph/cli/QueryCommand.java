package org.directivegraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.directivegraph.query.QueryRunner;
import org.directivegraph.query.SavedQueries;
import org.directivegraph.query.SavedQuery;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.ReferenceData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a saved query by name with bound parameters. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query (see 'queries') with its parameters bound, never pasted into the SPARQL.")
public class QueryCommand implements Callable<Integer> {

    enum Format { text, csv, tsv, json, xml }

    @Mixin
    DirectiveGraphCommand.StoreOption store;

    @Parameters(index = "0", paramLabel = "NAME", description = "The saved query's name, e.g. trace-up.")
    String name;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter value; repeat for several.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "text", description = "text, csv, tsv, json or xml. Default: ${DEFAULT-VALUE}")
    Format format;

    @Override
    public Integer call() {
        SavedQuery query = SavedQueries.packaged().find(name).orElse(null);
        if (query == null) {
            System.err.println("No saved query named '" + name + "'. Run 'queries' to list them.");
            return 2;
        }
        try (GraphStore ks = store.open()) {
            ReferenceData.ensureLoaded(ks);
            ResultSetRewindable rows;
            try {
                rows = new QueryRunner(ks).select(query, params);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(System.out, rows);
                case tsv -> ResultSetFormatter.outputAsTSV(System.out, rows);
                case json -> ResultSetFormatter.outputAsJSON(System.out, rows);
                case xml -> ResultSetFormatter.outputAsXML(System.out, rows);
                default -> ResultSetFormatter.out(System.out, rows);
            }
        }
        return 0;
    }
}
