package org.directivegraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.directivegraph.units.AdminUnitsGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Regenerates the administrative-units RDF from the public CSVs. */
@Command(name = "generate-units", mixinStandardHelpOptions = true,
        description = "Regenerate data/units/admin-units.ttl.gz from the CSVs of data/sources/ (see data/units/README.md).")
public class GenerateUnitsCommand implements Callable<Integer> {

    @Option(names = "--sources", defaultValue = "data/sources", description = "Folder with the CSVs. Default: ${DEFAULT-VALUE}")
    Path sources;

    @Option(names = "--out", defaultValue = "data/units/admin-units.ttl.gz", description = "Output file. Default: ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() {
        System.out.println(AdminUnitsGenerator.generate(sources, out));
        return 0;
    }
}
