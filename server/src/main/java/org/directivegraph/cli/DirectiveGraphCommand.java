package org.directivegraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: {@code java -jar directivegraph.jar COMMAND …}. */
@Command(name = "directivegraph", mixinStandardHelpOptions = true, version = "DirectiveGraph 0.1.0",
        description = {
            "A knowledge graph of Vietnamese government directives, plans and obligations.",
            "Data lives in an embedded Apache Jena TDB2 store (default folder ./directivegraph-data)."
        },
        subcommands = {LoadCommand.class, QueryCommand.class, QueriesCommand.class, ValidateCommand.class, ExtractCommand.class, IngestCommand.class, GenerateUnitsCommand.class},
        footer = {"", "Examples:",
            "  java -jar server/target/directivegraph.jar load",
            "  java -jar server/target/directivegraph.jar queries",
            "  java -jar server/target/directivegraph.jar query trace-down --param directive=https://w3id.org/directivegraph/id/doc/VN/ttg/2021/ct-33"})
public class DirectiveGraphCommand implements Runnable {

    /** Shared option: the store folder. */
    public static class StoreOption {
        @Option(names = "--store", paramLabel = "DIR", defaultValue = "directivegraph-data",
                description = "Folder of the embedded TDB2 store (created if missing). Default: ${DEFAULT-VALUE}")
        public java.nio.file.Path folder;
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
