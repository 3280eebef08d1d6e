package org.directivegraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: {@code java -jar directivegraph.jar COMMAND …}. */
@Command(name = "directivegraph", mixinStandardHelpOptions = true, version = "DirectiveGraph 0.1.0",
        description = {
            "A knowledge graph of Vietnamese government directives, plans and obligations.",
            "Data lives in an embedded Apache Jena TDB2 store (default folder ./directivegraph-data, or --store DIR),",
            "or in a remote SPARQL 1.1 store such as Apache Jena Fuseki (--remote URL; see docs/scaling.md).",
            "Start with 'load' (reference data and the seed plans), then 'queries' and 'query', or 'serve'.",
            "Run 'COMMAND --help' for a command's options."
        },
        subcommands = {ServeCommand.class, LoadCommand.class, DumpCommand.class, CompactCommand.class, BackupCommand.class, RestoreCommand.class, QueryCommand.class, QueriesCommand.class, ValidateCommand.class, ExtractCommand.class, IngestCommand.class, GenerateUnitsCommand.class, GenerateDatasetCommand.class, BenchCommand.class, HashPasswordCommand.class},
        footer = {"", "Examples:",
            "  java -jar server/target/directivegraph.jar load",
            "  java -jar server/target/directivegraph.jar queries",
            "  java -jar server/target/directivegraph.jar dump --out store.nq.gz",
            "  java -jar server/target/directivegraph.jar load --store other-store store.nq.gz",
            "  java -jar server/target/directivegraph.jar query trace-down --param directive=https://w3id.org/directivegraph/id/doc/VN/ttg/2021/ct-33"})
public class DirectiveGraphCommand implements Runnable {

    /** Shared options: the store, an embedded folder or a remote SPARQL store. */
    public static class StoreOption {
        @Option(names = "--store", paramLabel = "DIR", defaultValue = "directivegraph-data",
                description = "Folder of the embedded TDB2 store (created if missing). Default: ${DEFAULT-VALUE}")
        public java.nio.file.Path folder;

        @Option(names = "--remote", paramLabel = "URL",
                description = {"Use a remote SPARQL 1.1 store instead, by its Fuseki dataset URL (e.g. http://localhost:3030/dg):",
                    "queries go to URL/query, graphs to URL/data; the dataset must have tdb2:unionDefaultGraph true.",
                    "Credentials (HTTP basic) from the environment variables DIRECTIVEGRAPH_REMOTE_USER and",
                    "DIRECTIVEGRAPH_REMOTE_PASSWORD."})
        public String remote;

        @Option(names = "--min-free-space", paramLabel = "MB", defaultValue = "64",
                description = "Free space (MiB) the embedded store's disk must have before each write; less refuses the write. Default: ${DEFAULT-VALUE}")
        public long minFreeMiB;

        /** Opens the store these options name. */
        public org.directivegraph.store.GraphStore open() {
            if (remote != null && !remote.isBlank()) {
                return new org.directivegraph.store.RemoteStore(remote, System.getenv("DIRECTIVEGRAPH_REMOTE_USER"),
                        System.getenv("DIRECTIVEGRAPH_REMOTE_PASSWORD"));
            }
            return org.directivegraph.store.KnowledgeStore.openTdb2(folder, minFreeMiB * 1024 * 1024);
        }
    }

    /** Shared options: how much a document file may hold. */
    public static class ReadingLimits {
        @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "20",
                description = "Largest file read, in MiB. Default: ${DEFAULT-VALUE}")
        public long maxFileMiB;

        @Option(names = "--max-chars", paramLabel = "N", defaultValue = "5000000",
                description = "Most characters of text a file may give. Default: ${DEFAULT-VALUE}")
        public int maxChars;

        @Option(names = "--convert-timeout", paramLabel = "SECONDS", defaultValue = "60",
                description = "Longest a Word or PDF conversion may take. Default: ${DEFAULT-VALUE}")
        public long convertTimeoutSeconds;

        /** A reader with these limits. */
        public org.directivegraph.extract.source.DocumentReader reader() {
            return new org.directivegraph.extract.source.DocumentReader(new org.directivegraph.extract.source.DocumentReader.Limits(
                    maxFileMiB * 1024 * 1024, maxChars, java.time.Duration.ofSeconds(convertTimeoutSeconds)));
        }
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
