package org.directivegraph.cli;

import picocli.CommandLine;

/** Runs the command line; returns the exit code. */
public final class Cli {

    private Cli() {
    }

    /** Executes {@code args} as a DirectiveGraph command. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new DirectiveGraphCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl.execute(args);
    }
}
