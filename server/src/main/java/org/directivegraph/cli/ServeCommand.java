package org.directivegraph.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Starts the web application (what {@code java -jar directivegraph.jar} with no arguments does). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the server: SPARQL endpoint on /sparql, linked data, pages and the ingest API on one port",
            "(default 8080). Any Spring Boot option works, e.g. --server.port=8081,",
            "--directivegraph.store.location=DIR, --directivegraph.store.remote-url=http://host:3030/dg.",
            "With no arguments at all, java -jar directivegraph.jar does the same."})
public class ServeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OPTION", arity = "0..*", description = "Spring Boot options, --name=value.")
    List<String> options = List.of();

    @Override
    public Integer call() {
        SpringApplication.run(org.directivegraph.DirectiveGraphApplication.class, options.toArray(String[]::new));
        return 0;
    }
}
