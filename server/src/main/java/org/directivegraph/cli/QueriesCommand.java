package org.directivegraph.cli;

import java.util.concurrent.Callable;

import org.directivegraph.query.SavedQueries;
import org.directivegraph.query.SavedQuery;

import picocli.CommandLine.Command;

/** Lists the saved queries with their descriptions and parameters. */
@Command(name = "queries", mixinStandardHelpOptions = true, description = "List the saved queries and their parameters.")
public class QueriesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        for (SavedQuery q : SavedQueries.packaged().all()) {
            System.out.println(q.name() + " — " + q.title());
            System.out.println("    " + q.description());
            for (SavedQuery.Parameter p : q.parameters()) {
                System.out.printf("    --param %s=… (%s, %s) %s%n", p.name(), p.type().name().toLowerCase(),
                        p.required() ? "required" : "optional", p.description());
            }
        }
        return 0;
    }
}
